// The "état annuel récapitulatif": the figures of the annual declaration (the same as the
// JARE working copy) on paper, in the common page frame — establishment name and address
// on every page. Per substance in its declared unit, per product in units of intake,
// then every difference the JARE columns do not hold, with its explanation.
import { formatDay } from '../../register/dates';
import type { AnnualStatement, Flows } from '../../jare/annual';
import { JARE_ENTRY_KINDS, JARE_ENTRY_LABELS, JARE_EXIT_KINDS, JARE_EXIT_LABELS } from '../../jare/categories';
import { exactDecimal, frenchDecimal, milliDecimal } from '../../jare/units';
import { WORKING_COPY_TITLE } from '../../jare/working-copy';
import { EditionDocument, type EditionContext } from './document';

export const ANNUAL_STATEMENT_TITLE = 'État annuel récapitulatif';
const NAME_WIDTH = 33;
const UNIT_WIDTH = 12;

const FLOW_HEADERS = [
  'Stock au 1er janvier',
  ...JARE_ENTRY_KINDS.map((kind) => JARE_ENTRY_LABELS[kind]),
  ...JARE_EXIT_KINDS.map((kind) => JARE_EXIT_LABELS[kind]),
  'Stock au 31 décembre',
  'Écarts expliqués',
  'Écart non expliqué',
];

function flowCells<T>(flows: Flows<T>, write: (value: T) => string): string[] {
  return [
    write(flows.opening),
    ...JARE_ENTRY_KINDS.map((kind) => write(flows.entries[kind])),
    ...JARE_EXIT_KINDS.map((kind) => write(flows.exits[kind])),
    write(flows.closing),
    write(flows.explained),
    write(flows.unexplained),
  ];
}

export function annualStatementPdf(statement: AnnualStatement, context: EditionContext): Uint8Array {
  const year = statement.year;
  const edition = new EditionDocument(context, { title: ANNUAL_STATEMENT_TITLE, period: `année ${year} (du 01/01/${year} au 31/12/${year})` }, 'landscape');
  // The figures share what the two first columns leave of the page: widths that do not add
  // up to the page's make the table library complain, in English, on the command line.
  const flowWidths = FLOW_HEADERS.map(() => (edition.contentWidth - NAME_WIDTH - UNIT_WIDTH) / FLOW_HEADERS.length);
  const figures = Object.fromEntries(FLOW_HEADERS.map((_, index) => [index + 2, { halign: 'right' as const }]));

  edition.heading(WORKING_COPY_TITLE, 11);
  edition.paragraph(
    `Entrées et sorties de l’année ${year} d’après le registre, classées comme le fichier JARE de l’ANSM (feuilles S et P). Pour chaque ligne : stock au 31 décembre = stock au 1er janvier + entrées − sorties + écarts expliqués ; l’écart non expliqué doit être nul. Les quantités sont exactes, sans arrondi.`,
  );
  if (statement.closedMonths.length > 0)
    edition.paragraph(`Mois repris de leur clôture scellée : ${statement.closedMonths.join(', ')} ; les autres mois sont calculés depuis le journal.`);

  edition.heading('Substances (feuille S)');
  if (statement.substances.length === 0) edition.paragraph('Aucune substance déclarée pour les produits mouvementés.');
  else
    edition.table({
      columnWidths: [NAME_WIDTH, UNIT_WIDTH, ...flowWidths],
      head: [['Substance (forme détenue)', 'Unité', ...FLOW_HEADERS]],
      body: statement.substances.map((substance) => [
        `${substance.key}\nproduits ${substance.productIds.join(', ')}`,
        substance.unit,
        ...flowCells(substance.flows, (value) => frenchDecimal(exactDecimal(value, substance.unit))),
      ]),
      columnStyles: figures,
      headStyles: { fontSize: 6 },
    });
  if (statement.withoutSubstance.length > 0) {
    edition.paragraph(
      `Produits sans substance déclarée (absents des substances) : ${statement.withoutSubstance.join(', ')}. Déclarez leur substance dans la fiche du produit.`,
      { bold: true },
    );
  }

  edition.heading('Préparations (feuille P), en unités de prise');
  edition.table({
    columnWidths: [NAME_WIDTH, UNIT_WIDTH, ...flowWidths],
    head: [['Produit', 'Unité', ...FLOW_HEADERS]],
    body: statement.products.map((product) => [
      `${product.definition.designation} (${product.productId})${product.definition.cip13 ? `\nCIP ${product.definition.cip13}` : ''}`,
      product.definition.unit,
      ...flowCells(product.flows, (value) => frenchDecimal(milliDecimal(value))),
    ]),
    columnStyles: figures,
    headStyles: { fontSize: 6 },
  });

  edition.heading('Écarts expliqués');
  if (statement.differences.length === 0) edition.paragraph('Aucun écart : chaque mouvement de l’année est dans une colonne.');
  else
    edition.table({
      columnWidths: [14, 20, 50, 22, 171],
      head: [['N°', 'Date', 'Produit', 'Quantité', 'Explication']],
      body: statement.differences.map((difference) => {
        const product = statement.products.find((candidate) => candidate.productId === difference.productId);
        return [
          String(difference.seq),
          formatDay(difference.operationDate),
          product ? `${product.definition.designation} (${product.productId})` : difference.productId,
          `${difference.quantity > 0 ? '+' : ''}${frenchDecimal(milliDecimal(difference.quantity))} ${product?.definition.unit ?? ''}`.trim(),
          difference.explanation,
        ];
      }),
      columnStyles: { 3: { halign: 'right' } },
    });

  const unexplained = [...statement.products.filter((product) => product.flows.unexplained !== 0).map((product) => product.productId)];
  edition.paragraph(
    unexplained.length === 0
      ? 'Contrôle : chaque ligne est justifiée (écart non expliqué nul).'
      : `Contrôle : écart non expliqué pour ${unexplained.join(', ')} — les clôtures scellées ne concordent pas avec le journal ; à examiner avant de déclarer.`,
    { bold: true },
  );
  return edition.finish();
}

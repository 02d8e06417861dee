// Edition (c): the monthly balance of every product (R. 5132-36, "balance mensuelle").
import type { RowInput } from 'jspdf-autotable';
import type { RegisterEvent } from '../../register/events';
import { movementLabels } from '../../register/labels';
import { formatQuantity, toMilli, type Milli } from '../../register/quantity';
import { monthBalance, monthName } from '../month-balance';
import { productLabel, productsOf } from '../products';
import { describePeriod } from '../period';
import { formatInteger } from '../../french';
import { formatEditionInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';

export const MONTH_BALANCE_TITLE = 'Balance mensuelle des stupéfiants';

const right = { halign: 'right' as const };

function quantity(value: Milli | undefined): string {
  return formatQuantity(value ?? toMilli(0));
}

export function monthBalancePdf(events: readonly RegisterEvent[], month: string, context: EditionContext): Uint8Array {
  const products = productsOf(events);
  const balance = monthBalance(events, month, context.establishment.kind);
  const edition = new EditionDocument(context, { title: MONTH_BALANCE_TITLE, period: `${monthName(month)} (${describePeriod(balance.period)})` }, 'landscape');

  const figureColumns = 6 + balance.exitKinds.length;
  const fixedWidth = 20;
  const productWidth = edition.contentWidth - fixedWidth * figureColumns;
  const exitHeaders = balance.exitKinds.map((kind) =>
    kind === 'correction' ? 'Contre-\npassation d’entrée' : movementLabels(context.establishment.kind)[kind],
  );
  const body: RowInput[] = balance.rows.map((row) => [
    productLabel(products.get(row.productId), row.productId),
    formatQuantity(row.opening),
    formatQuantity(row.openingQuarantine),
    formatQuantity(row.entries),
    ...balance.exitKinds.map((kind) => quantity(row.exitsByKind[kind])),
    formatQuantity(row.exits),
    { content: formatQuantity(row.closing), styles: { fontStyle: 'bold' } },
    formatQuantity(row.closingQuarantine),
  ]);
  if (body.length === 0)
    body.push([{ content: 'Aucun produit en stock ni aucun mouvement ce mois.', colSpan: 7 + balance.exitKinds.length, styles: { halign: 'center' } }]);

  edition.table({
    columnWidths: [productWidth, ...Array<number>(figureColumns).fill(fixedWidth)],
    head: [
      [
        { content: 'Produit (unité de prise)', rowSpan: 2 },
        { content: 'Stock initial', colSpan: 2 },
        { content: 'Entrées', rowSpan: 2 },
        { content: 'Sorties', colSpan: balance.exitKinds.length + 1 },
        { content: 'Stock final', colSpan: 2 },
      ],
      ['Solde', 'dont\nquarantaine', ...exitHeaders, 'Total des sorties', 'Solde', 'dont\nquarantaine'],
    ],
    body,
    headStyles: { fontSize: 6.5 },
    columnStyles: Object.fromEntries(Array.from({ length: figureColumns }, (_, index) => [index + 1, right])),
  });
  edition.paragraph(
    'Quantités dans l’unité de prise de chaque produit. Stock initial : solde du registre à la fin du mois précédent, quarantaine comprise. ' +
      'Une contre-passation compte là où elle agit : celle d’une sortie est une entrée, celle d’une entrée une sortie. ' +
      'Stock final = stock initial + entrées − sorties.',
    { size: 7.5 },
  );
  const { sealedBy } = balance;
  edition.paragraph(
    sealedBy
      ? `Mois clos : ces chiffres sont ceux que la clôture a scellés au registre, événement n° ${formatInteger(sealedBy.seq)} inscrit le ${formatEditionInstant(new Date(sealedBy.recordedAt))} (empreinte ${sealedBy.hash.slice(0, 16)}), qui couvre le registre jusqu’au n° ${formatInteger(sealedBy.head.seq)}.`
      : 'Mois non clos : balance calculée à l’édition à partir du journal ; elle sera scellée au registre après la fin du mois.',
    { size: 8.5 },
  );
  if (balance.disagreements.length > 0) {
    const names = balance.disagreements.map((productId) => productLabel(products.get(productId), productId)).join(', ');
    edition.paragraph(
      `Attention : recalculés à partir du journal, les chiffres diffèrent de la balance scellée pour ${names}. Faire vérifier l’intégrité du registre.`,
      { size: 9, bold: true },
    );
  }
  edition.space(6);
  edition.paragraph('Date, nom et signature du pharmacien ou du vétérinaire responsable :', { size: 8.5 });
  return edition.finish();
}

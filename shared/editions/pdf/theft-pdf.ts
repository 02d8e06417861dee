// The summary of a theft or diversion (R. 5132-80), to attach to the declarations made
// without delay to the police or gendarmerie, the ARS and the ANSM (an officine) or the
// DDPP and the ANSES (a veterinarian): every theft the register records on the day or
// period asked for, as the register has it — product, quantity, circumstances, the
// references of each declaration — and a signature block.
import type { RowInput } from 'jspdf-autotable';
import { formatInteger } from '../../french';
import { countOf } from '../../format/plural';
import { quantityWithUnit } from '../../format/quantity-with-unit';
import { formatDay } from '../../register/dates';
import type { EstablishmentKind, Practitioner, RegisterEvent, Theft } from '../../register/events';
import { COMPARTMENT_LABELS, datedReference } from '../../register/labels';
import { formatQuantity, toMilli, addMilli, type Milli } from '../../register/quantity';
import { describePeriod, isWithin, type Period } from '../period';
import { holderAt } from '../../register/holder';
import { productsOf, type EditionProduct } from '../products';
import { formatInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';

export const THEFT_TITLE = 'Vol ou détournement de stupéfiants';

type TheftEvent = Extract<RegisterEvent, Theft>;

/** Who each declaration goes to, by kind of establishment. */
export const THEFT_AUTHORITIES: Record<EstablishmentKind, { regional: string; agency: string }> = {
  officine: { regional: 'l’ARS', agency: 'l’ANSM' },
  veterinaire: { regional: 'la DDPP', agency: 'l’ANSES' },
};

export interface TheftSummary {
  thefts: TheftEvent[];
  /** Order number of the correction that cancels a theft, if one does. */
  correctedBy: Map<number, { seq: number; operationDate: string }>;
  holder: Practitioner | null;
  products: Map<string, EditionProduct>;
}

/** The thefts dated within the period, in register order, with what the summary says of each. */
export function theftSummary(events: readonly RegisterEvent[], period: Period): TheftSummary {
  const correctedBy = new Map<number, { seq: number; operationDate: string }>();
  for (const event of events) {
    if (event.type === 'correction') correctedBy.set(event.corrects, { seq: event.seq, operationDate: event.operationDate });
  }
  // The holder at the end of the period: after a cession, the buyer.
  const holder = holderAt(events);
  const thefts = events.filter((event): event is TheftEvent => event.type === 'theft' && isWithin(event.operationDate, period)).sort((a, b) => a.seq - b.seq);
  return { thefts, correctedBy, holder, products: productsOf(events) };
}

function productCell(product: EditionProduct | undefined, productId: string): string {
  if (!product) return `Produit ${productId}`;
  const { designation, form, strength, cip13 } = product.definition;
  return [designation, `${form}, ${strength}`, cip13 ? `CIP ${cip13}` : ''].filter(Boolean).join(' — ');
}

/** "12 comprimés, soit 2 boîtes de 6" — boxes when the quantity is a whole number of them. */
function quantityCell(quantity: Milli, product: EditionProduct | undefined): string {
  if (!product) return formatQuantity(quantity);
  const { unit, perBox } = product.definition;
  const boxes = perBox > 0 && quantity % perBox === 0 ? quantity / perBox : null;
  const inBoxes = boxes === null ? '' : `, soit ${countOf(boxes, 'boîte', 'boîtes')} de ${formatQuantity(perBox)}`;
  return `${quantityWithUnit(quantity, unit)}${inBoxes}`;
}

export function theftPdf(events: readonly RegisterEvent[], period: Period, context: EditionContext): Uint8Array {
  const { establishment } = context;
  const authorities = THEFT_AUTHORITIES[establishment.kind];
  const summary = theftSummary(events, period);
  const edition = new EditionDocument(context, { title: THEFT_TITLE, period: describePeriod(period) }, 'portrait');
  const keyColumn = { 0: { fontStyle: 'bold' as const } };
  const wide = [55, 135];

  edition.heading('Récapitulatif à joindre aux déclarations', 12);
  edition.paragraph(
    `Extrait du registre des stupéfiants (art. R. 5132-36 du code de la santé publique). Un vol ou un détournement est déclaré sans délai aux services de police ou de gendarmerie, à ${authorities.regional} et à ${authorities.agency} (art. R. 5132-80) ; les quantités volées ou détournées sont inscrites au registre.`,
    { size: 9 },
  );
  edition.table({
    columnWidths: wide,
    body: [
      ['Établissement', `${establishment.name}\n${establishment.address}`],
      [
        establishment.kind === 'officine' ? 'Pharmacien titulaire' : 'Vétérinaire responsable',
        summary.holder ? `${summary.holder.name} (n° RPPS ou Ordre ${summary.holder.orderNumber})` : '',
      ],
      ['Période', describePeriod(period)],
      ['Vols ou détournements inscrits', summary.thefts.length === 0 ? 'aucun' : formatInteger(summary.thefts.length)],
    ],
    styles: { fontSize: 9, cellPadding: 1.6 },
    columnStyles: keyColumn,
  });

  if (summary.thefts.length === 0) {
    edition.paragraph('Aucun vol ni détournement n’est inscrit au registre sur la période.', { size: 10, bold: true });
  }

  summary.thefts.forEach((theft, index) => {
    const product = summary.products.get(theft.productId);
    const corrected = summary.correctedBy.get(theft.seq);
    edition.heading(`${index + 1}. Constaté le ${formatDay(theft.operationDate)} — n° d’ordre ${theft.seq} au registre`, 10.5);
    const rows: RowInput[] = [
      ['Produit', productCell(product, theft.productId)],
      ['Quantité volée ou détournée', quantityCell(theft.quantity, product)],
      ['Stock concerné', COMPARTMENT_LABELS[theft.compartment]],
      ['Date du constat', formatDay(theft.operationDate)],
      ['Circonstances', theft.circumstances],
      ['Dépôt de plainte (police ou gendarmerie)', datedReference(theft.policeReportRef, theft.policeReportDate)],
      [`Déclaration à ${authorities.regional}`, datedReference(theft.regionalDeclarationRef, theft.regionalDeclarationDate)],
      [`Déclaration à ${authorities.agency}`, datedReference(theft.agencyDeclarationRef, theft.agencyDeclarationDate)],
      ['Inscrit au registre', `le ${formatInstant(new Date(theft.recordedAt))}, validé par ${theft.validatedBy.name} (n° ${theft.validatedBy.orderNumber})`],
    ];
    if (theft.observation) rows.push(['Observation', theft.observation]);
    if (corrected) {
      rows.push([
        { content: 'Contre-passation', styles: { fontStyle: 'bold' } },
        {
          content: `Cette inscription a été annulée par le n° ${corrected.seq} du ${formatDay(corrected.operationDate)} : elle ne compte plus dans le stock.`,
          styles: { fontStyle: 'bold' },
        },
      ]);
    }
    edition.table({ columnWidths: wide, body: rows, styles: { fontSize: 9, cellPadding: 1.6 }, columnStyles: keyColumn });
  });

  if (summary.thefts.length > 1) {
    const totals = new Map<string, Milli>();
    for (const theft of summary.thefts) {
      if (summary.correctedBy.has(theft.seq)) continue;
      totals.set(theft.productId, addMilli(totals.get(theft.productId) ?? toMilli(0), theft.quantity));
    }
    edition.heading('Total par produit (hors inscriptions annulées)', 10.5);
    edition.table({
      columnWidths: [130, 60],
      head: [['Produit', 'Quantité']],
      body: [...totals].map(([productId, quantity]) => [
        productCell(summary.products.get(productId), productId),
        quantityCell(quantity, summary.products.get(productId)),
      ]),
      styles: { fontSize: 9, cellPadding: 1.6 },
    });
  }

  edition.space(4);
  edition.paragraph('Je certifie l’exactitude des informations ci-dessus, conformes au registre des stupéfiants.', { size: 9 });
  edition.space(3);
  edition.table({
    columnWidths: [95, 95],
    body: [[`Fait à :\n\nle :`, `Nom, qualité et signature ${establishment.kind === 'officine' ? 'du pharmacien titulaire' : 'du vétérinaire'} :\n\n\n\n\n`]],
    styles: { fontSize: 9, cellPadding: 2.5, minCellHeight: 28 },
  });
  return edition.finish();
}

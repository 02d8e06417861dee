// The transfer inventory of a cession (art. R. 5132-37 §1): taken by the seller in the
// buyer's presence, annexed to the editions and countersigned by both. Both identities,
// the cut-off, what the register expected and what was counted per product (each
// compartment apart) with the lots the register estimates, the head of the register as
// frozen at the cut-off, and a signature block for each party.
import type { RowInput } from 'jspdf-autotable';
import { formatInteger } from '../../french';
import { formatDay, formatMonth } from '../../register/dates';
import type { Practitioner, RegisterEvent } from '../../register/events';
import { holderAt } from '../../register/holder';
import { formatQuantity } from '../../register/quantity';
import { foldEvents } from '../../register/fold';
import { heldLots } from '../../stock/lots';
import { productsOf } from '../products';
import { formatEditionInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';
import { shelfLabel, signedQuantity } from './inventory-pdf';

export const TRANSFER_INVENTORY_TITLE = 'Inventaire contradictoire de cession';

const COMPARTMENTS = { dispensable: 'Stock disponible', quarantine: 'Quarantaine (à détruire)' } as const;
const right = { halign: 'right' as const };

function person(practitioner: Practitioner | null | undefined): string {
  return practitioner ? `${practitioner.name}\nn° RPPS ou Ordre ${practitioner.orderNumber}` : '';
}

/**
 * The contradictory inventory `seq`, from the register's events up to the cut-off (the
 * inventory and its écarts, the last of which is the frozen head).
 */
export function transferInventoryPdf(events: readonly RegisterEvent[], seq: number, context: EditionContext): Uint8Array {
  const inventory = events.find((event) => event.seq === seq);
  if (inventory?.type !== 'inventory.taken' || !inventory.counterParty) throw new RangeError(`Le n° d’ordre ${seq} n’est pas un inventaire contradictoire.`);
  const upToCutOff = events.filter((event) => event.seq <= seq || (event.type === 'inventory.adjustment' && event.inventory === seq));
  const frozen = upToCutOff.reduce((last, event) => (event.seq > last.seq ? event : last), inventory);
  const seller = holderAt(upToCutOff, seq);
  const products = productsOf(events);
  // The lots as the register estimated them at the cut-off: the fold of the events up to it.
  const lots = heldLots(foldEvents([...upToCutOff].sort((a, b) => a.seq - b.seq)).products);
  const adjustments = new Map(
    upToCutOff.flatMap((event) =>
      event.type === 'inventory.adjustment' && event.inventory === seq ? [[`${event.productId}|${event.compartment}`, event.seq] as const] : [],
    ),
  );
  const edition = new EditionDocument(context, { title: TRANSFER_INVENTORY_TITLE, period: `arrêté le ${formatDay(inventory.operationDate)}` }, 'landscape');

  edition.paragraph(
    'Inventaire des stupéfiants dressé par le cédant en présence du cessionnaire (art. R. 5132-37 du code de la santé publique), ' +
      'annexé aux éditions du registre et contresigné par les deux parties.',
    { size: 9 },
  );
  edition.table({
    columnWidths: [138.5, 138.5],
    head: [['Cédant (titulaire jusqu’à la cession)', 'Cessionnaire (repreneur)']],
    body: [[person(seller), person(inventory.counterParty)]],
    styles: { fontSize: 9, cellPadding: 2 },
    headStyles: { halign: 'left' },
  });
  edition.paragraph(
    `Date d’arrêté : ${formatDay(inventory.operationDate)}. Inventaire inscrit au registre sous le n° d’ordre ${formatInteger(seq)} le ${formatEditionInstant(new Date(inventory.recordedAt))} ; compté par : ${inventory.countedBy}.`,
    { size: 9 },
  );
  edition.paragraph(`Registre arrêté au n° d’ordre ${formatInteger(frozen.seq)}, empreinte de tête (SHA-256) : ${frozen.hash}`, { size: 9, bold: true });

  const body: RowInput[] = [];
  for (const line of inventory.lines) {
    const differs = line.counted !== line.expected;
    const adjustment = adjustments.get(`${line.productId}|${line.compartment}`);
    body.push([
      shelfLabel(products.get(line.productId), line.productId),
      COMPARTMENTS[line.compartment],
      { content: formatQuantity(line.expected), styles: right },
      { content: formatQuantity(line.counted), styles: { ...right, fontStyle: 'bold' } },
      { content: signedQuantity(line), styles: differs ? { ...right, fontStyle: 'bold' } : right },
      [line.reason ?? '', differs && adjustment !== undefined ? `Écart inscrit n° ${formatInteger(adjustment)}` : ''].filter(Boolean).join('\n'),
    ]);
    for (const lot of lots.filter((candidate) => candidate.productId === line.productId && candidate[line.compartment] > 0)) {
      body.push([
        { content: `    lot ${lot.lot} (péremption ${formatMonth(lot.expiry)})`, styles: { textColor: 80 } },
        '',
        '',
        { content: `${formatQuantity(lot[line.compartment])} (estimé)`, styles: { ...right, textColor: 80 } },
        '',
        '',
      ]);
    }
  }
  edition.table({
    columnWidths: [97, 38, 27, 30, 20, 65],
    head: [['Produit (unité de prise) et lots', 'Stock', 'Attendu\n(registre)', 'Compté', 'Écart', 'Motif de l’écart']],
    body,
    styles: { fontSize: 8 },
  });
  edition.paragraph(
    'Quantités dans l’unité de prise de chaque produit. Le détail par lot est une estimation du registre (premier périmé, premier sorti) à la date d’arrêté ; seul le total compté par produit et par stock fait foi. ' +
      'Chaque écart est inscrit au registre comme « écart d’inventaire » : le stock repris par le cessionnaire est le stock compté.',
    { size: 7.5 },
  );
  edition.space(2);
  edition.table({
    columnWidths: [138.5, 138.5],
    head: [['Le cédant', 'Le cessionnaire']],
    body: [
      [person(seller), person(inventory.counterParty)],
      [
        { content: 'Lu et approuvé, date et signature :', styles: { minCellHeight: 26 } },
        { content: 'Lu et approuvé, date et signature :', styles: { minCellHeight: 26 } },
      ],
    ],
    styles: { fontSize: 9, cellPadding: 2 },
    headStyles: { halign: 'left' },
  });
  return edition.finish();
}

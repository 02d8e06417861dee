// The inventory (art. R. 5132-36): what the register expected, what was counted or
// weighed, each compartment apart, the variance and its reason, and the "écart
// d'inventaire" that brought the balance to the count. Every variance is flagged for
// the inspector, who checks it at the first visit after the inventory. Signature lines
// for whoever counted and for the pharmacist or veterinarian in charge.
import type { CellInput, RowInput } from 'jspdf-autotable';
import { formatInteger } from '../../french';
import { countOf } from '../../format/plural';
import { formatDay } from '../../register/dates';
import type { InventoryLine, InventoryMethod, RegisterEvent, StockCompartment } from '../../register/events';
import { formatQuantity } from '../../register/quantity';
import { variance } from '../../register/validate-inventory';
import { productsOf, type EditionProduct } from '../products';
import { formatEditionInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';

export const INVENTORY_TITLE = 'Inventaire des stupéfiants';

export const INSPECTOR_FLAG = 'À présenter à l’inspecteur';

const METHOD_LABELS: Record<InventoryMethod, string> = { count: 'Décompte', weight: 'Pesée' };

const SECTIONS: [StockCompartment, string][] = [
  ['dispensable', 'Stock disponible'],
  ['quarantine', 'Quarantaine (à détruire), comptée à part'],
];

const right = { halign: 'right' as const };

/** "Skenan LP — gélule LP, 30 mg (gélule)": what is on the shelf, and the unit it is counted in. */
export function shelfLabel(product: EditionProduct | undefined, productId: string): string {
  if (!product) return `Produit ${productId}`;
  const { designation, form, strength, unit } = product.definition;
  return `${designation} — ${form}, ${strength} (${unit})`;
}

/** A variance with its sign: "+0,5", "−2", "0". */
export function signedQuantity(line: Pick<InventoryLine, 'expected' | 'counted'>): string {
  const difference = variance(line);
  return difference > 0 ? `+${formatQuantity(difference)}` : formatQuantity(difference);
}

/** The inventory of order number `seq`, from the events the edition is built from: it, its adjustments, the products. */
export function inventoryPdf(events: readonly RegisterEvent[], seq: number, context: EditionContext): Uint8Array {
  const inventory = events.find((event) => event.seq === seq);
  if (inventory?.type !== 'inventory.taken') throw new RangeError(`Le n° d’ordre ${seq} n’est pas un inventaire.`);
  const products = productsOf(events);
  const adjustments = new Map<string, number>();
  for (const event of events) {
    if (event.type === 'inventory.adjustment' && event.inventory === seq) adjustments.set(`${event.productId}|${event.compartment}`, event.seq);
  }
  const { kind } = context.establishment;
  const edition = new EditionDocument(context, { title: INVENTORY_TITLE, period: `le ${formatDay(inventory.operationDate)}` }, 'landscape');

  const variances = inventory.lines.filter((line) => line.counted !== line.expected);
  edition.paragraph(
    `Inventaire par pesées et décomptes (art. R. 5132-36 du code de la santé publique), inscrit au registre sous le n° d’ordre ${formatInteger(seq)} ` +
      `le ${formatEditionInstant(new Date(inventory.recordedAt))}. Compté par : ${inventory.countedBy}. ` +
      `Validé par : ${inventory.validatedBy.name} (n° ${inventory.validatedBy.orderNumber}).`,
    { size: 9 },
  );
  if (inventory.observation) edition.paragraph(`Observation : ${inventory.observation}`, { size: 8.5 });

  const head: RowInput[] = [
    ['Produit (unité de prise)', 'Attendu\n(solde du registre)', 'Compté', 'Méthode', 'Écart', 'Motif de l’écart', 'Écart d’inventaire inscrit'],
  ];
  const body: RowInput[] = [];
  for (const [compartment, title] of SECTIONS) {
    const lines = inventory.lines.filter((line) => line.compartment === compartment);
    if (lines.length === 0) continue;
    body.push([{ content: title, colSpan: 7, styles: { fontStyle: 'bold', fillColor: 242 } }]);
    for (const line of lines) {
      const differs = line.counted !== line.expected;
      const adjustment = adjustments.get(`${line.productId}|${line.compartment}`);
      const flag: CellInput = differs
        ? { content: `${adjustment === undefined ? 'non inscrit' : `n° ${formatInteger(adjustment)}`}\n${INSPECTOR_FLAG}`, styles: { fontStyle: 'bold' } }
        : '—';
      body.push([
        shelfLabel(products.get(line.productId), line.productId),
        { content: formatQuantity(line.expected), styles: right },
        { content: formatQuantity(line.counted), styles: { ...right, fontStyle: 'bold' } },
        METHOD_LABELS[line.method],
        { content: signedQuantity(line), styles: differs ? { ...right, fontStyle: 'bold' } : right },
        line.reason ?? '',
        flag,
      ]);
    }
  }
  edition.table({ columnWidths: [92, 24, 22, 18, 18, 60, 43], head, body, styles: { fontSize: 8 } });

  edition.paragraph(
    variances.length === 0
      ? 'Aucun écart : le stock compté est égal au solde du registre pour chaque produit et chaque compartiment.'
      : `${countOf(variances.length, 'écart constaté', 'écarts constatés')}, chacun inscrit au registre comme « écart d’inventaire » qui renvoie à cet inventaire : ` +
          `le solde du registre est désormais égal au stock compté. Écarts à présenter à l’inspecteur ${kind === 'veterinaire' ? '(ou au vétérinaire officiel) ' : ''}lors de sa première visite suivant l’inventaire.`,
    { size: 9, bold: variances.length > 0 },
  );
  edition.paragraph(
    'Quantités dans l’unité de prise de chaque produit (les produits pesés ou mesurés, en g ou en mL). Attendu : solde du registre de ce compartiment au moment de la validation. ' +
      'Écart = compté − attendu : positif, il est inscrit comme une entrée ; négatif, comme une sortie.',
    { size: 7.5 },
  );
  edition.space(3);
  const responsible = kind === 'veterinaire' ? 'Le vétérinaire responsable' : 'Le pharmacien titulaire ou responsable';
  edition.table({
    columnWidths: [138.5, 138.5],
    head: [['Compté par', responsible]],
    body: [
      [inventory.countedBy, `${inventory.validatedBy.name} (n° ${inventory.validatedBy.orderNumber})`],
      [
        { content: 'Date et signature :', styles: { minCellHeight: 24 } },
        { content: 'Date et signature :', styles: { minCellHeight: 24 } },
      ],
    ],
    styles: { fontSize: 9, cellPadding: 2 },
    headStyles: { halign: 'left' },
  });
  return edition.finish();
}

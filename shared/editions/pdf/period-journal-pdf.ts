// Edition (b): every product over a period, one line per movement in register order,
// with the balance of that product after it, after the armed forces' 620-8 model
// (movement, entry, exit, balance), framed by the balances carried in and the totals.
import { formatDay } from '../../register/dates';
import type { RegisterEvent } from '../../register/events';
import { counterpartyHeading, movementCounterparty } from '../../register/labels';
import { formatQuantity, type Milli } from '../../register/quantity';
import { buildLedger, type LedgerLine } from '../ledger';
import { dayBefore, describePeriod, type Period } from '../period';
import { productLabel, productsOf } from '../products';
import { formatInstant, formatMaybe, natureCell, observationsCell } from '../wording';
import { EditionDocument, type EditionContext } from './document';
import type { LongRow } from './long-table';
import { printLifecycleSteps } from './lifecycle-table';

export const PERIOD_JOURNAL_TITLE = 'Registre des stupéfiants — tous produits';

const MOVEMENT_COLUMNS = [14, 17, 17, 40, 25, 61, 15, 15, 15, 58];
const TOTAL_COLUMNS = [117, 32, 32, 32, 32, 32];
const right = { halign: 'right' as const };

function quarantine(quantity: Milli): string {
  return quantity === 0 ? '' : formatQuantity(quantity);
}

export function periodJournalPdf(events: readonly RegisterEvent[], period: Period, context: EditionContext): Uint8Array {
  const products = productsOf(events);
  const label = (productId: string) => productLabel(products.get(productId), productId);
  const ledger = buildLedger(events, period);
  const { kind } = context.establishment;
  const edition = new EditionDocument(context, { title: PERIOD_JOURNAL_TITLE, period: describePeriod(period) }, 'landscape');

  edition.heading(`Soldes reportés au ${formatDay(dayBefore(period.from))}`);
  edition.table({
    columnWidths: [117, 40, 40],
    tableWidth: 197,
    head: [['Produit (unité de prise)', 'Solde reporté', 'dont quarantaine']],
    body:
      ledger.products.length === 0
        ? [[{ content: 'Aucun produit en stock.', colSpan: 3 }]]
        : ledger.products.map((product) => [label(product.productId), formatQuantity(product.opening.total), quarantine(product.opening.quarantine)]),
    columnStyles: { 1: right, 2: right },
  });

  edition.heading('Mouvements de la période, dans l’ordre du registre');
  const movementRow = (line: LedgerLine): LongRow => [
    String(line.event.seq),
    formatDay(line.event.operationDate),
    formatInstant(new Date(line.event.recordedAt)),
    label(line.event.productId),
    // A movement reversed later is set in bold, so that its correction is looked for.
    { content: natureCell(line, kind), bold: line.correctedBy !== null },
    movementCounterparty(line.event),
    formatMaybe(line.effect.direction === 'entry' ? line.effect.quantity : null),
    formatMaybe(line.effect.direction === 'exit' ? line.effect.quantity : null),
    formatQuantity(line.balance.total),
    observationsCell(line, kind),
  ];
  edition.longTable({
    columnWidths: MOVEMENT_COLUMNS,
    head: [
      'N° d’ordre',
      'Date de l’opération',
      'Inscrit le',
      'Produit (unité de prise)',
      'Nature',
      counterpartyHeading(kind),
      'Entrée (E)',
      'Sortie (S)',
      'Solde du produit (B)',
      'Observations',
    ],
    body:
      ledger.lines.length === 0
        ? [[{ content: 'Aucun mouvement sur la période.', colSpan: MOVEMENT_COLUMNS.length, align: 'center' }]]
        : ledger.lines.map(movementRow),
    rightAligned: [6, 7, 8],
  });

  edition.heading(`Totaux de la période et soldes au ${formatDay(period.to)}`);
  edition.table({
    columnWidths: TOTAL_COLUMNS,
    head: [['Produit (unité de prise)', 'Solde reporté', 'Entrées', 'Sorties', `Solde au ${formatDay(period.to)}`, 'dont quarantaine']],
    body: ledger.products.map((product) => [
      label(product.productId),
      formatQuantity(product.opening.total),
      formatQuantity(product.entries),
      formatQuantity(product.exits),
      formatQuantity(product.closing.total),
      quarantine(product.closing.quarantine),
    ]),
    columnStyles: { 1: right, 2: right, 3: right, 4: right, 5: right },
  });
  edition.paragraph(
    'Chaque quantité est comptée dans l’unité de prise de son produit. Le solde est celui du registre, quarantaine comprise ; une contre-passation annule le mouvement qu’elle nomme et les deux lignes restent au registre.',
    { size: 7.5 },
  );
  printLifecycleSteps(edition, events, period);
  return edition.finish();
}

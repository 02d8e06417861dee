// Edition (a): the register of one product over a period, in the paper register's
// columns, with the balance carried in from every operation dated before the period.
import { formatDay } from '../../register/dates';
import type { EstablishmentKind, RegisterEvent } from '../../register/events';
import { counterpartyHeading } from '../../register/labels';
import { formatQuantity, type Milli } from '../../register/quantity';
import { productLedger, type LedgerLine } from '../ledger';
import { dayBefore, describePeriod, type Period } from '../period';
import { productIdentity, productsOf } from '../products';
import { counterpartyCell, formatInstant, formatMaybe, natureCell, observationsCell, prescriptionReference } from '../wording';
import { EditionDocument, type EditionContext } from './document';
import type { LongRow } from './long-table';
import { printLifecycleSteps } from './lifecycle-table';

export const PRODUCT_REGISTER_TITLE = 'Registre des stupéfiants';

const COLUMNS = [14, 17, 17, 27, 63, 21, 17, 17, 17, 67];
const QUANTITY_COLUMNS = [6, 7, 8];

function quarantineNote(quarantine: Milli): string {
  return quarantine === 0 ? '' : `dont ${formatQuantity(quarantine)} en quarantaine`;
}

function lineRow(line: LedgerLine, kind: EstablishmentKind): LongRow {
  const { event, balance } = line;
  return [
    String(event.seq),
    formatDay(event.operationDate),
    formatInstant(new Date(event.recordedAt)),
    // A movement reversed later is set in bold, so that its correction is looked for.
    { content: natureCell(line, kind), bold: line.correctedBy !== null },
    counterpartyCell(event),
    prescriptionReference(event),
    formatMaybe(line.effect.direction === 'entry' ? line.effect.quantity : null),
    formatMaybe(line.effect.direction === 'exit' ? line.effect.quantity : null),
    formatQuantity(balance.total),
    observationsCell(line, kind),
  ];
}

export function productRegisterPdf(events: readonly RegisterEvent[], productId: string, period: Period, context: EditionContext): Uint8Array {
  const product = productsOf(events).get(productId);
  if (!product) throw new RangeError(`Produit inconnu : ${productId}`);
  const ledger = productLedger(events, productId, period);
  const edition = new EditionDocument(context, { title: PRODUCT_REGISTER_TITLE, period: describePeriod(period) }, 'landscape');
  edition.setSubtitle(productIdentity(product));
  const unit = product.definition.unit;
  const spanBeforeBalance = 8;

  const body: LongRow[] = [
    [
      {
        content: `Solde reporté au ${formatDay(dayBefore(period.from))} (opérations antérieures à la période)`,
        colSpan: spanBeforeBalance,
        bold: true,
      },
      { content: formatQuantity(ledger.opening.total), bold: true, align: 'right' },
      quarantineNote(ledger.opening.quarantine),
    ],
    ...ledger.lines.map((line) => lineRow(line, context.establishment.kind)),
  ];
  if (ledger.lines.length === 0) body.push([{ content: 'Aucun mouvement sur la période.', colSpan: COLUMNS.length, align: 'center' }]);

  edition.longTable({
    columnWidths: COLUMNS,
    head: [
      'N° d’ordre',
      'Date de l’opération',
      'Inscrit le',
      'Nature',
      counterpartyHeading(context.establishment.kind),
      context.establishment.kind === 'veterinaire' ? 'N° d’ordonnance' : 'N° ordonnancier ou ordonnance',
      `Entrée\n(${unit})`,
      `Sortie\n(${unit})`,
      `Solde\n(${unit})`,
      'Observations',
    ],
    body,
    foot: [
      { content: `Totaux de la période ; solde au ${formatDay(period.to)}`, colSpan: 6 },
      { content: formatQuantity(ledger.entries), align: 'right' },
      { content: formatQuantity(ledger.exits), align: 'right' },
      { content: formatQuantity(ledger.closing.total), align: 'right' },
      quarantineNote(ledger.closing.quarantine),
    ],
    rightAligned: QUANTITY_COLUMNS,
  });
  edition.paragraph(
    `Quantités en ${unit} (unité de prise). Le solde est celui du registre, quarantaine comprise. Une contre-passation annule le mouvement qu’elle nomme ; les deux lignes restent au registre.`,
    { size: 7.5 },
  );
  printLifecycleSteps(edition, events, period, productId);
  return edition.finish();
}

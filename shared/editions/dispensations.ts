// The ordonnancier's three classifications (R. 5132-10 for an officine, R. 5141-112 for
// a veterinarian): the same dispensations of a period, by patient (or animal keeper),
// by medicine, and chronologically.
import { isMovement, type Dispensation, type MovementEvent, type RegisterEvent, type VetDispensing } from '../register/events';
import { recipientLabel } from '../register/labels';
import { productLabel, productsOf } from './products';
import { inRegisterOrder } from './ledger';
import { checkedPeriod, isWithin, type Period } from './period';

export type DispensationEvent = Extract<MovementEvent, Dispensation | VetDispensing>;

export interface DispensationRow {
  event: DispensationEvent;
  /** Patient, anonymous patient, practitioner (usage professionnel) or animal keeper: the first classification. */
  recipient: string;
  recipientAddress: string;
  /** The medicine, by its current definition: the second classification. */
  product: string;
  /** Order number of the correction that cancelled this dispensation, if any. */
  correctedBy: number | null;
}

export interface DispensationViews {
  period: Period;
  byRecipient: DispensationRow[];
  byProduct: DispensationRow[];
  chronological: DispensationRow[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function recipientOf(event: DispensationEvent): { recipient: string; recipientAddress: string } {
  if (event.type === 'vet.dispensing') return { recipient: event.owner.name, recipientAddress: event.owner.address };
  const { recipient } = event;
  return { recipient: recipientLabel(recipient), recipientAddress: recipient.kind === 'anonymous' ? '' : recipient.address };
}

function chronologically(a: DispensationRow, b: DispensationRow): number {
  return a.event.operationDate.localeCompare(b.event.operationDate) || a.event.seq - b.event.seq;
}

export function dispensationViews(events: readonly RegisterEvent[], period: Period): DispensationViews {
  checkedPeriod(period);
  const products = productsOf(events);
  const corrected = new Map<number, number>();
  const dispensations: DispensationEvent[] = [];
  for (const event of inRegisterOrder(events)) {
    if (!isMovement(event)) continue;
    if (event.type === 'correction') corrected.set(event.corrects, event.seq);
    if ((event.type === 'dispensation' || event.type === 'vet.dispensing') && isWithin(event.operationDate, period)) dispensations.push(event);
  }
  const rows: DispensationRow[] = dispensations.map((event) => ({
    event,
    ...recipientOf(event),
    product: productLabel(products.get(event.productId), event.productId),
    correctedBy: corrected.get(event.seq) ?? null,
  }));
  const chronological = [...rows].sort(chronologically);
  return {
    period,
    byRecipient: [...chronological].sort((a, b) => collator.compare(a.recipient, b.recipient) || collator.compare(a.recipientAddress, b.recipientAddress)),
    byProduct: [...chronological].sort((a, b) => collator.compare(a.product, b.product)),
    chronological,
  };
}

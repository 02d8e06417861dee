// The point look-ups a draft declares besides the register's state (decide.ts): what the
// state does not keep on purpose, read by the storage (an index, a primary key) or, in
// the replay of a journal, from what it has read so far.
import { historySince, patientKey } from '../prescription/history';
import { lotKey } from '../stock/lot-ledger';
import { isIsoDay } from './dates';
import type { Dispensation } from './events-movements';
import type { Draft, DraftBody } from './validate';

/** A lot of a product, as a draft names it. */
export interface NamedLot {
  productId: string;
  lot: string;
}

/**
 * The point look-ups a draft needs besides the state: the event a correction names;
 * the lots a mise en quarantaine or a destruction plan names, of which the rules ask
 * only whether the register received them for that product (the state keeps only the
 * lots still holding units; a ten-year register has received a hundred thousand); for a
 * dispensation on a prescription, the patient's earlier ones (by name, prescriptions
 * dated from `since`), which follow the number of dispensations.
 */
export interface Lookups {
  event?: number;
  lots?: NamedLot[];
  patient?: { name: string; since: string };
}

export function lookupsFor(draft: Draft): Lookups {
  const { body } = draft;
  // A number that cannot be an order number names nothing: the rule says so, nothing is read.
  if (body.type === 'correction') return Number.isSafeInteger(body.corrects) && body.corrects >= 1 ? { event: body.corrects } : {};
  if (body.type === 'dispensation') return patientLookup(body);
  const lots = namedLots(body);
  return lots.length > 0 ? { lots } : {};
}

function patientLookup(body: Dispensation): Lookups {
  const name = patientKey(body);
  const date = body.prescription?.date;
  // A malformed date is refused by the rule; nothing is read for it.
  if (name === undefined || typeof date !== 'string' || !isIsoDay(date)) return {};
  return { patient: { name, since: historySince(date) } };
}

/** The lots a draft names, as the rules will read them (trimmed); what is not text names nothing. */
export function namedLots(body: DraftBody): NamedLot[] {
  const named = (productId: unknown, lot: unknown): NamedLot[] =>
    typeof productId === 'string' && typeof lot === 'string' && lot.trim() !== '' ? [{ productId, lot: lot.trim() }] : [];
  if (body.type === 'quarantine.moved') return named(body.productId, body.lot);
  if (body.type === 'destruction.planned' && Array.isArray(body.items))
    return body.items.flatMap((item: unknown) => (item && typeof item === 'object' ? named((item as NamedLot).productId, (item as NamedLot).lot) : []));
  return [];
}

/** The key under which `Fetched.receivedLots` answers for a named lot. */
export function receivedLotKey({ productId, lot }: NamedLot): string {
  return lotKey(productId, lot);
}

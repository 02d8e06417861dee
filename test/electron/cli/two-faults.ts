// Journals with two faults far apart, one that only the hash thread of `verify` sees (a
// content changed behind the chain's back) and one that only the rule thread sees (an
// exit beyond the stock, every link recomputed by the forger): the verdict must name the
// earlier one, as a single reader would. Long enough for the two threads to overlap.
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { loose, rechain, sealAll } from '../../fixtures/events';

export const TWO_FAULTS_LENGTH = 3_000;

/** Line `ruleLine` breaks a rule (intact chain), line `hashLine` no longer matches its hash. */
export function twoFaults(ruleLine: number, hashLine: number): string {
  const receipts = Array.from({ length: TWO_FAULTS_LENGTH - 3 }, () => receiptDraft());
  const events = loose(sealAll([openingDraft(), productDraft(), ...receipts, dispensationDraft()]));
  // An exit of far more than was ever received, in place of a receipt: the forger rechains.
  events[ruleLine - 1] = { ...events.at(-1), quantity: units(1_000_000) };
  const lines = rechain(events).map((event: RegisterEvent) => serializeLine(event));
  // A delivery note changed by hand: its hash no longer matches, its links still do.
  lines[hashLine - 1] = lines[hashLine - 1]!.replace('"quantity":', '"quantity":1');
  return lines.join('');
}

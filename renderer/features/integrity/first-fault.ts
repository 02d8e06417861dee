// Puts together the verdicts of the two halves of a whole check (check-whole.ts): the
// verdict is the one a single pass making every check would give. A single pass checks
// each event's link and hash before its rules, event after event, and the state row last.
import type { PagesFault, PagesVerdict } from './check-pages';
import type { HashesVerdict } from './hash-handoff';

const CHAIN_CODES = new Set(['integrity.gap', 'integrity.prevHash', 'integrity.hash']);

/** Where a single pass would have stopped: the event, then the chain before the rules; the state row after every event. */
function position(fault: PagesFault): [number, number] {
  return [fault.at ?? Number.POSITIVE_INFINITY, CHAIN_CODES.has(fault.error.code) ? 0 : 1];
}

/** `hashes`: the half that recomputed every hash; `rules`: the half that checked the rest (its summary is kept). */
export function firstFault(hashes: HashesVerdict, rules: PagesVerdict): PagesVerdict {
  if (hashes.ok) return rules;
  if (rules.ok) return hashes;
  const [a, b] = [position(hashes), position(rules)];
  return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? hashes : rules;
}

// Puts together the verdicts of two readers of the same journal that split the checks
// between two threads (one recomputes every hash, the other checks the links and replays
// the rules): the verdict is the one a single reader making every check would give.
import type { JournalFault, JournalVerdict } from './read';

/** The order in which one reader checks a line: the first failing check names it. */
const CHECK_ORDER: readonly JournalFault[] = ['json', 'shape', 'format', 'gap', 'prevHash', 'hash', 'rule', 'empty'];

/** `hashes`: the reader that recomputed every hash; `rules`: the one that replayed the rules (its summary is kept). */
export function firstBreak(hashes: JournalVerdict, rules: JournalVerdict): JournalVerdict {
  if (hashes.ok) return rules;
  if (rules.ok) return hashes;
  if (hashes.line !== rules.line) return hashes.line < rules.line ? hashes : rules;
  return CHECK_ORDER.indexOf(hashes.reason) < CHECK_ORDER.indexOf(rules.reason) ? hashes : rules;
}

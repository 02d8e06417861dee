// The confirmed matches the app remembers per register (decision 0012), changed one
// confirmation at a time (pure): confirming a row for an item replaces what was
// remembered for it; forgetting drops it. The tables are new objects: what the window
// holds and what it sends the main process are never the same object changed in place.
import type { ConfirmedMatches, MatchItem } from './matching';

type ItemRef = Pick<MatchItem, 'sheet' | 'key'>;

const tableOf = (sheet: MatchItem['sheet']): keyof ConfirmedMatches => (sheet === 'S' ? 'substances' : 'products');

/** `remembered` with `item` going to the row named `rowKey` from now on. */
export function confirmMatch(remembered: ConfirmedMatches, item: ItemRef, rowKey: string): ConfirmedMatches {
  const table = tableOf(item.sheet);
  return { ...remembered, [table]: { ...remembered[table], [item.key]: rowKey } };
}

/** `remembered` without any confirmation for `item`: it is matched by its keys or proposed again. */
export function forgetMatch(remembered: ConfirmedMatches, item: ItemRef): ConfirmedMatches {
  const table = tableOf(item.sheet);
  const { [item.key]: _forgotten, ...rest } = remembered[table];
  return { ...remembered, [table]: rest };
}

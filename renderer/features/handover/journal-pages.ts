// The register as journal bytes, read from the window's database page by page: the copy
// the main process verifies again and puts in a package. The database, not the reserve,
// is the source: the reserve may lag behind it (a key unplugged).
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterStore } from '../../db/register-store';

const PAGE = 2_000;

/** Each page's canonical lines, in order: a caller that sends them on never holds the whole journal. */
export async function* journalPages(store: RegisterStore): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let after = 0; ;) {
    const events = await store.eventsAfter(after, PAGE);
    if (events.length === 0) return;
    yield encoder.encode(events.map(serializeLine).join(''));
    after = events.at(-1)!.seq;
  }
}

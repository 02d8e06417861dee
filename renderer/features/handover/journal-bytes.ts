// The register as journal bytes, read from the window's database page by page: the copy
// the main process verifies again and puts in a package. The database, not the reserve,
// is the source: the reserve may lag behind it (a key unplugged).
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterStore } from '../../db/register-store';

const PAGE = 2_000;

export async function journalBytes(store: RegisterStore): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let after = 0; ;) {
    const events = await store.eventsAfter(after, PAGE);
    if (events.length === 0) break;
    const chunk = encoder.encode(events.map(serializeLine).join(''));
    chunks.push(chunk);
    size += chunk.length;
    after = events.at(-1)!.seq;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

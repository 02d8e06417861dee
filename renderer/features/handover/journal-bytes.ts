// The register as one block of journal bytes, for a hand-over package (sent whole, once,
// at the seller's request); the yearly archive sends its pages instead (create-archive.ts).
import type { RegisterStore } from '../../db/register-store';
import { journalPages } from './journal-pages';

export async function journalBytes(store: RegisterStore): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of journalPages(store)) {
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

// Writes the bench's register as a sealed journal of N events, streamed to disk, for the
// command line's verification: the same register the window's bench builds
// (page/register-generator.ts), decided and sealed by the register's own rules.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { serializeLine } from '../../shared/journal/line';
import { sealedPages } from '../page/register-generator';

export async function writeJournal(path: string, count: number, products = 1): Promise<void> {
  const out = createWriteStream(path);
  for (const { events } of sealedPages({ events: count, products }, 1_000)) {
    if (!out.write(events.map(serializeLine).join(''))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

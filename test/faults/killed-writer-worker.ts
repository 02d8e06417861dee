// A writer killed mid-append: it takes the journal's lock as the real append does, gets
// the first bytes of a line onto the medium (flushed), then is killed (SIGKILL) — no
// chance to release the lock or finish the line. Run with `node --import tsx`.
import { open } from 'node:fs/promises';
import { acquireJournalLock } from '../../electron/reserve/journal-lock';

async function main(): Promise<void> {
  const [journal, registerId, partial] = process.argv.slice(2);
  if (!journal || !registerId || partial === undefined) throw new Error('usage: killed-writer-worker <journal> <registerId> <bytes>');
  const lock = await acquireJournalLock(journal, registerId);
  if (!lock.ok) throw new Error(JSON.stringify(lock.error));
  const handle = await open(journal, 'a');
  await handle.write(partial);
  await handle.sync();
  process.kill(process.pid, 'SIGKILL');
}

void main();

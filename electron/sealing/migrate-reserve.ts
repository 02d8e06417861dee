// An existing clear reserve journal becomes the encrypted one (decision 0042). Nothing in
// clear is removed until its encrypted copy is read back and verified, and then only with
// the person's consent. Every step can be interrupted and run again:
//   1. the sealed lines are built in `<journal chiffré>.migration`, appended, flushed and
//      read back like any reserve line; a torn end is set aside as the reserve does, and
//      the next run resumes after the last whole line (its seq and hash must be the clear
//      journal's);
//   2. under the clear journal's lock, the copy catches up with lines appended meanwhile,
//      is verified whole with the key (each line opened, the chain checked), must end on
//      the clear journal's head, and is renamed to its final name in one step: from then
//      on the register's appends go to it;
//   3. with consent, under the same lock: the encrypted journal must hold the clear head's
//      seq with the same hash (the chain then proves it holds every clear line); the clear
//      torn ends set aside earlier are sealed too (each read back and compared), and only
//      then is every clear file removed.
import { access, rename, unlink, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { appError, type AppError } from '../../shared/errors';
import { journalFileName } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import { err, ok, type Result } from '../../shared/result';
import { createOnce, readIfPresent, syncFolder } from '../files/write-once';
import { healJournal } from '../reserve/heal-journal';
import { appendJournalText, readJournalEvents, readJournalHead } from '../reserve/journal-file';
import { acquireJournalLock, type LockOptions } from '../reserve/journal-lock';
import { inspectJournal } from '../reserve/journal-tail';
import type { StoredKey } from './key-store';
import { verifySealedJournal } from './sealed-journal';
import { sealedJournalFileName, sealedLineHead, sealLines } from './sealed-line';

export interface MigrationTarget {
  folder: string;
  registerId: string;
  key: StoredKey;
  now: () => Date;
  lock?: Omit<LockOptions, 'onTakeover'>;
  /** Lines sealed and appended at a time; each batch is flushed and read back. */
  batch?: number;
  /** Told after each batch is on the medium (tests interrupt the migration here). */
  afterBatch?: (seq: number) => Promise<void>;
}

export interface MigrationOutcome {
  /** Events in the encrypted journal when the migration ended. */
  events: number;
  clearRemoved: boolean;
}

export const MIGRATION_SUFFIX = '.migration';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

class MigrationMismatch extends Error {
  constructor(readonly seq: number) {
    super(`La copie chiffrée en cours ne suit pas le journal en clair au n° d’ordre ${seq}`);
  }
}

/** Seals the clear events after the work copy's head into it; returns the head reached. */
async function extend(target: MigrationTarget, work: string, clear: string, clearEnd: number): Promise<ChainHead | null> {
  const batch = target.batch ?? 200;
  await healJournal(work, target.now(), sealedLineHead); // an interrupted run's torn line, set aside
  let head = await readJournalHead(work, sealedLineHead);
  for (let cursor = 0, done = false; !done;) {
    const page = await readJournalEvents(clear, cursor, batch, clearEnd);
    for (const event of page.events) if (head !== null && event.seq === head.seq && event.hash !== head.hash) throw new MigrationMismatch(event.seq);
    const fresh = page.events.filter((event) => event.seq > (head?.seq ?? 0));
    if (fresh.length > 0) {
      if (fresh[0]!.seq !== (head?.seq ?? 0) + 1) throw new MigrationMismatch(fresh[0]!.seq);
      await appendJournalText(work, await sealLines(fresh, target.key.recipient));
      const last = fresh[fresh.length - 1]!;
      head = { seq: last.seq, hash: last.hash };
      await target.afterBatch?.(last.seq);
    }
    cursor = page.nextCursor;
    done = page.done || page.events.length === 0;
  }
  return head;
}

/** Seals a clear side file (a torn end set aside) as one age file, read back and opened before the clear one goes. */
async function sealFragment(folder: string, name: string, key: StoredKey): Promise<void> {
  const clearBytes = await readIfPresent(join(folder, name));
  if (clearBytes === null) return;
  const encrypter = new Encrypter();
  encrypter.addRecipient(key.recipient);
  const sealed = await encrypter.encrypt(clearBytes);
  const target = join(folder, `${name}.age`);
  const written = await createOnce(target, sealed);
  const onMedium = written.state === 'written' ? Buffer.from(sealed) : await readIfPresent(target);
  const decrypter = new Decrypter();
  decrypter.addIdentity(key.identity);
  const opened = onMedium === null ? null : Buffer.from(await decrypter.decrypt(onMedium));
  if (opened === null || !opened.equals(clearBytes)) throw new Error(`Copie chiffrée de ${name} différente de l’original`);
  await unlink(join(folder, name));
}

function mismatch(seq: number): Result<never, AppError> {
  return err(appError('sealing.migrationMismatch', undefined, { seq: String(seq) }));
}

export async function migrateReserve(target: MigrationTarget, removeClearCopy: boolean): Promise<Result<MigrationOutcome, AppError>> {
  const { folder, registerId, key } = target;
  const clear = join(folder, journalFileName(registerId));
  const sealed = join(folder, sealedJournalFileName(registerId));
  const work = `${sealed}${MIGRATION_SUFFIX}`;
  if (!(await exists(clear))) return ok({ events: (await readJournalHead(sealed, sealedLineHead))?.seq ?? 0, clearRemoved: false });
  try {
    if (!(await exists(sealed))) {
      // Step 1, without the lock: appends go on meanwhile, and are caught up in step 2.
      await extend(target, work, clear, (await inspectJournal(clear)).soundEnd);
      const lock = await acquireJournalLock(clear, registerId, target.lock ?? {});
      if (!lock.ok) return lock;
      try {
        const clearShape = await inspectJournal(clear);
        const head = await extend(target, work, clear, clearShape.soundEnd);
        const verdict = await verifySealedJournal(work, key.identity, (await inspectJournal(work, sealedLineHead)).soundEnd);
        if (!verdict.ok) return err(appError('sealing.lineUnreadable', undefined, { seq: String(verdict.seq ?? verdict.line), reason: verdict.reason }));
        if (head?.seq !== clearShape.head?.seq || verdict.lastSeq !== clearShape.head?.seq || verdict.headHash !== clearShape.head?.hash)
          return mismatch(verdict.lastSeq);
        await rename(work, sealed);
        await syncFolder(folder);
      } finally {
        await lock.value.release().catch(() => undefined);
      }
    }
    if (!removeClearCopy) return ok({ events: (await readJournalHead(sealed, sealedLineHead))?.seq ?? 0, clearRemoved: false });
    const lock = await acquireJournalLock(clear, registerId, target.lock ?? {});
    if (!lock.ok) return lock;
    try {
      const clearHead = (await inspectJournal(clear)).head;
      let hashAtClearHead: string | null = clearHead === null ? '' : null;
      const sealedShape = await inspectJournal(sealed, sealedLineHead);
      const verdict = await verifySealedJournal(sealed, key.identity, sealedShape.soundEnd, (event) => {
        if (event.seq === clearHead?.seq) hashAtClearHead = event.hash;
      });
      if (!verdict.ok) return err(appError('sealing.lineUnreadable', undefined, { seq: String(verdict.seq ?? verdict.line), reason: verdict.reason }));
      // Lines appended to the clear journal after the switch are sent again by the window: wait for them.
      if (hashAtClearHead !== (clearHead?.hash ?? '')) return mismatch(clearHead?.seq ?? 0);
      const prefix = journalFileName(registerId);
      for (const name of (await readdir(folder)).filter((file) => file.startsWith(`${prefix}.fragment-`) && !file.endsWith('.age')).sort())
        await sealFragment(folder, name, key);
      await unlink(clear);
      await syncFolder(folder);
      return ok({ events: verdict.lastSeq, clearRemoved: true });
    } finally {
      await lock.value.release().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof MigrationMismatch) return mismatch(error.seq);
    throw error;
  }
}

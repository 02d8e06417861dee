// A new recovery sheet while the register is open (decision 0047): the reserve's
// encrypted journal is sealed again to a new key, without losing a line, and the old
// copy is kept until the new one is read back and verified. Two phases, written in the
// data folder (`rechiffrement-en-cours.json`) so that an interruption resumes:
//   building  — the new key waits in the data folder beside the current one; the lines
//               of the journal are opened with the current key and sealed to the new one
//               in `<journal chiffré>.rechiffrement`, appended, flushed and read back in
//               batches; a torn end is set aside and the next run continues after the
//               last whole line (its seq and hash must be the journal's). The register
//               keeps appending to the journal with the current key meanwhile.
//   switching — under the journal's lock, once the new copy has caught up and is
//               verified whole with the new key and ends on the journal's head: the
//               journal is renamed `….ancienne-cle` (the old copy), the new copy takes its
//               name, the medium's `cle-de-reserve.age` and the PC's key become the new
//               ones, and only then is the old copy removed. Each step is done again or
//               skipped on resumption, according to which files are there. The editions
//               and archives copied to the medium are sealed again the same way
//               (rekey-copies.ts).
// The appends of the register go through the same queue as the switch, and finish an
// interrupted switch before they write: no line is ever sealed to the other key.
import { access, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { replaceWhole } from '../files/replace-whole';
import { readIfPresent, syncFolder } from '../files/write-once';
import { healJournal } from '../reserve/heal-journal';
import { appendJournalText, readJournalHead, readJournalRecords } from '../reserve/journal-file';
import { acquireJournalLock, type LockOptions } from '../reserve/journal-lock';
import { inspectJournal } from '../reserve/journal-tail';
import { forgetPendingKey, loadLocalKey, loadPendingKey, saveLocalKey, SEALED_KEY_FILE, type StoredKey } from './key-store';
import { sealCopiesAgain, switchCopies } from './rekey-copies';
import { verifySealedJournal } from './sealed-journal';
import { createLineOpener, parseSealedLine, sealedJournalFileName, sealedLineHead, sealLines } from './sealed-line';

export const REKEYING_SUFFIX = '.rechiffrement';
export const OLD_COPY_SUFFIX = '.ancienne-cle';
const STATE_FILE = 'rechiffrement-en-cours.json';

interface RekeyingState {
  phase: 'building' | 'switching';
  folder: string;
  registerId: string;
}

export interface RekeyingTarget {
  dataFolder: string;
  now: () => Date;
  lock?: Omit<LockOptions, 'onTakeover'>;
  /** Lines sealed again and appended at a time; each batch is flushed and read back. */
  batch?: number;
  /** Told after each batch is on the medium, and after each step of the switch (tests interrupt here). */
  afterStep?: (step: string) => Promise<void>;
  /** Runs the locked part in the register's append queue: no append of this process is between its reading and its switch. */
  exclusive?: <T>(journal: string, task: () => Promise<T>) => Promise<T>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function readRekeyingState(dataFolder: string): Promise<RekeyingState | null> {
  const bytes = await readIfPresent(join(dataFolder, STATE_FILE));
  return bytes === null ? null : (JSON.parse(bytes.toString('utf8')) as RekeyingState);
}

async function writeState(dataFolder: string, state: RekeyingState): Promise<void> {
  await replaceWhole(join(dataFolder, STATE_FILE), Buffer.from(JSON.stringify(state), 'utf8'));
}

/**
 * The torn ends an interrupted copy set aside (healJournal): a piece of a line the
 * journal holds whole, sealed for the copy only. Unlike a torn end of the journal
 * itself, it holds nothing the register lacks, so it goes with the copy rather than
 * leave a « fragment » on the medium for the holder or an inspector to wonder about.
 */
async function removeCopyFragments(folder: string, registerId: string): Promise<void> {
  const prefix = `${sealedJournalFileName(registerId)}${REKEYING_SUFFIX}.fragment-`;
  for (const name of await readdir(folder)) if (name.startsWith(prefix)) await unlink(join(folder, name));
}

/**
 * Drops a copy still being built for an earlier new key (a sheet printed again before it
 * ended): its lines are sealed to a key that will never be used. The journal is untouched.
 */
export async function abandonBuilding(dataFolder: string): Promise<void> {
  const state = await readRekeyingState(dataFolder);
  if (state === null || state.phase !== 'building') return;
  await unlink(join(state.folder, `${sealedJournalFileName(state.registerId)}${REKEYING_SUFFIX}`)).catch(() => undefined);
  await removeCopyFragments(state.folder, state.registerId).catch(() => undefined);
  await unlink(join(dataFolder, STATE_FILE));
}

/** Starts a re-keying of `registerId`'s journal on `folder`; the new key is already waiting (savePendingKey). */
export async function beginRekeying(dataFolder: string, folder: string, registerId: string): Promise<void> {
  const current = await readRekeyingState(dataFolder);
  // An interrupted one is resumed as it was: its copy is already partly built for that key.
  if (current === null) await writeState(dataFolder, { phase: 'building', folder, registerId });
}

/** Seals the journal's lines after the copy's head into the copy, with the new key; returns the head reached. */
async function extend(target: RekeyingTarget, journal: string, copy: string, end: number, oldKey: StoredKey, newKey: StoredKey) {
  const batch = target.batch ?? 200;
  await healJournal(copy, target.now(), sealedLineHead); // an interrupted run's torn line, set aside
  let head = await readJournalHead(copy, sealedLineHead);
  const open = createLineOpener(oldKey.identity);
  for (let cursor = 0, done = false; !done;) {
    const page = await readJournalRecords(journal, cursor, batch, end, parseSealedLine);
    const fresh = [];
    for (const line of page.records) {
      if (head !== null && line.seq === head.seq && line.hash !== head.hash) throw new RekeyingMismatch(line.seq);
      if (line.seq > (head?.seq ?? 0)) fresh.push((await open(line)).event);
    }
    if (fresh.length > 0) {
      if (fresh[0]!.seq !== (head?.seq ?? 0) + 1) throw new RekeyingMismatch(fresh[0]!.seq);
      await appendJournalText(copy, await sealLines(fresh, newKey.recipient));
      const last = fresh[fresh.length - 1]!;
      head = { seq: last.seq, hash: last.hash };
      await target.afterStep?.(`lot:${last.seq}`);
    }
    cursor = page.nextCursor;
    done = page.done || page.records.length === 0;
  }
  return head;
}

class RekeyingMismatch extends Error {
  constructor(readonly seq: number) {
    super(`La copie rechiffrée ne suit pas le journal au n° d’ordre ${seq}`);
  }
}

/** The switch's steps, each skipped when already done: safe to run again after any interruption. */
async function finishSwitch(target: RekeyingTarget, state: RekeyingState, newKey: StoredKey): Promise<void> {
  const journal = join(state.folder, sealedJournalFileName(state.registerId));
  const copy = `${journal}${REKEYING_SUFFIX}`;
  const old = `${journal}${OLD_COPY_SUFFIX}`;
  if ((await exists(copy)) && (await exists(journal)) && !(await exists(old))) {
    await rename(journal, old);
    await syncFolder(state.folder);
    await target.afterStep?.('ancienne-copie-gardee');
  }
  if (await exists(copy)) {
    await rename(copy, journal);
    await syncFolder(state.folder);
    await target.afterStep?.('nouvelle-copie-en-place');
  }
  await switchCopies(state.folder, state.registerId);
  await replaceWhole(join(state.folder, SEALED_KEY_FILE), newKey.sealedIdentity);
  await saveLocalKey(target.dataFolder, newKey.identity, newKey.sealedIdentity);
  await target.afterStep?.('nouvelle-cle-en-place');
  await unlink(old).catch(() => undefined);
  await removeCopyFragments(state.folder, state.registerId);
  await syncFolder(state.folder);
  await unlink(join(target.dataFolder, STATE_FILE));
  // Last: until here, a resumption needs the new key where it waited.
  await forgetPendingKey(target.dataFolder);
}

/**
 * Runs, or resumes, the re-keying under way: builds the new copy, then switches under
 * the journal's lock. Nothing is done when none is under way.
 */
export async function runRekeying(target: RekeyingTarget): Promise<Result<{ events: number } | null, AppError>> {
  const state = await readRekeyingState(target.dataFolder);
  if (state === null) {
    await forgetPendingKey(target.dataFolder); // a switch cut after its state was removed
    return ok(null);
  }
  const oldKey = await loadLocalKey(target.dataFolder);
  if (state.phase === 'switching') {
    // Once promoted, the new key is the PC's own.
    const newKey = (await loadPendingKey(target.dataFolder)) ?? oldKey;
    if (newKey === null) return err(appError('sealing.keyNeeded'));
    await finishSwitch(target, state, newKey);
    return ok({ events: (await readJournalHead(join(state.folder, sealedJournalFileName(state.registerId)), sealedLineHead))?.seq ?? 0 });
  }
  const newKey = await loadPendingKey(target.dataFolder);
  if (newKey === null) return err(appError('sealing.noSetUp'));
  if (oldKey === null) return err(appError('sealing.keyNeeded'));
  const journal = join(state.folder, sealedJournalFileName(state.registerId));
  const copy = `${journal}${REKEYING_SUFFIX}`;
  try {
    // Without the lock: the register appends meanwhile, caught up under the lock below.
    await extend(target, journal, copy, (await inspectJournal(journal, sealedLineHead)).soundEnd, oldKey, newKey);
    const exclusive = target.exclusive ?? (<T>(_path: string, task: () => Promise<T>) => task());
    return await exclusive(journal, () => catchUpAndSwitch(target, state, oldKey, newKey));
  } catch (error) {
    if (error instanceof RekeyingMismatch) return err(appError('sealing.migrationMismatch', undefined, { seq: String(error.seq) }));
    throw error;
  }
}

async function catchUpAndSwitch(
  target: RekeyingTarget,
  state: RekeyingState,
  oldKey: StoredKey,
  newKey: StoredKey,
): Promise<Result<{ events: number }, AppError>> {
  const journal = join(state.folder, sealedJournalFileName(state.registerId));
  const copy = `${journal}${REKEYING_SUFFIX}`;
  const lock = await acquireJournalLock(journal, state.registerId, target.lock ?? {});
  if (!lock.ok) return lock;
  try {
    const shape = await inspectJournal(journal, sealedLineHead);
    const head = await extend(target, journal, copy, shape.soundEnd, oldKey, newKey);
    // Read back whole with the new key: every line opens, the chain holds, it ends on the journal's head.
    const verdict = await verifySealedJournal(copy, newKey.identity, (await inspectJournal(copy, sealedLineHead)).soundEnd);
    if (!verdict.ok) return err(appError('sealing.lineUnreadable', undefined, { seq: String(verdict.seq ?? verdict.line), reason: verdict.reason }));
    if (head?.seq !== shape.head?.seq || verdict.lastSeq !== shape.head?.seq || verdict.headHash !== shape.head?.hash)
      return err(appError('sealing.migrationMismatch', undefined, { seq: String(verdict.lastSeq) }));
    // The editions and archives copied to the medium, sealed again and opened before the switch.
    await sealCopiesAgain(state.folder, state.registerId, oldKey, newKey);
    const switching: RekeyingState = { ...state, phase: 'switching' };
    await writeState(target.dataFolder, switching);
    await target.afterStep?.('bascule');
    await finishSwitch(target, switching, newKey);
    return ok({ events: verdict.lastSeq });
  } finally {
    await lock.value.release().catch(() => undefined);
  }
}

/**
 * Before an append, in the append queue: a re-keying cut short (the app closed, a crash)
 * is resumed and finished first, so that the append seals to the key the medium carries.
 */
export async function resumeInterruptedRekeying(target: Omit<RekeyingTarget, 'exclusive'>): Promise<Result<unknown, AppError>> {
  const state = await readRekeyingState(target.dataFolder);
  if (state === null) return ok(null);
  // A switch begun must end before anything is written: the journal may already be the new key's.
  if (state.phase === 'switching') return runRekeying(target);
  // A copy still being built: the journal is the current key's, and the append may go on
  // with it even if the copy cannot be finished now; the next append tries again.
  try {
    await runRekeying(target);
  } catch {
    // Said by the re-keying itself when it is run from the screen; the reserve is not held up for it.
  }
  // Unless it failed half-way through its switch: then the switch must end first, as above.
  if ((await readRekeyingState(target.dataFolder))?.phase === 'switching') return runRekeying(target);
  return ok(null);
}

// The reserve copy seen from the window: choose the folder, ask where it stands, append
// the events it lacks, and read it back for a verification or a restore. Reading needs a
// readable folder only (a write-protected key can be verified and restored from);
// writing needs a writable folder that is recognised as the reserve medium. An append
// must continue the reserve's own chain exactly: the reserve never accepts a fork, a gap
// or an altered event (append-to-reserve.ts).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { MainHandlers, ReserveJournal, ReserveRepair, ReserveStatus } from '../../shared/ipc/contract';
import { JOURNAL_EXTENSION } from '../../shared/journal/line';
import type { JournalVerdict } from '../../shared/journal/read';
import { err, ok, type Result } from '../../shared/result';
import { readJournal } from '../files/read-journal';
import { appendToReserve } from './append-to-reserve';
import { readJournalEvents } from './journal-file';
import type { LockOptions } from './journal-lock';
import { inspectJournal, JournalDamagedError, type JournalShape, type LineHead } from './journal-tail';
import { loadLocalKey, placeKeyOnMedium } from '../sealing/key-store';
import { reserveJournalOf, writingFormat } from '../sealing/reserve-journal';
import { readSealedEvents, verifySealedJournal } from '../sealing/sealed-journal';
import { SEALED_JOURNAL_SUFFIX, SealedLineError, sealedLineHead } from '../sealing/sealed-line';
import { isReadableFolder, isWritableFolder, reachableReserveFolder } from './reserve-folder';
import { adoptMedium, recogniseMedium } from './reserve-medium';
import { createSerialQueue, type SerialQueue } from '../../shared/serial-queue';
import { resumeInterruptedRekeying } from '../sealing/rekey-reserve';
import { placeVerifierPage } from './reserve-verifier-page';
import { loadSettings } from './settings';

export interface ReserveContext {
  dataFolder: string;
  /** Asks the person for a folder (a dialog in Electron); null when they cancel. */
  chooseFolder: () => Promise<string | null>;
  /** The clock (tests fix it); the machine's otherwise. */
  now?: () => Date;
  /** How long a second writer waits for the journal's lock, and when a lock is stale. */
  lock?: Omit<LockOptions, 'onTakeover'>;
  /** The append queue, shared with a re-keying of the reserve (sealing-handlers.ts); one of its own without it. */
  queue?: SerialQueue;
  /** The offline verifier page this build carries (null without one): written beside the reserve journal. */
  verifierPage?: () => Promise<Uint8Array | null>;
}

// A reserve with no event yet is intact: nothing has been duplicated, nothing altered.
const EMPTY_JOURNAL: JournalVerdict = { ok: true, events: 0, movements: 0, products: 0, lastSeq: 0, headHash: '' };

type ReserveHandlers = Pick<
  MainHandlers,
  'reserve:chooseFolder' | 'reserve:status' | 'reserve:append' | 'reserve:verify' | 'reserve:listJournals' | 'reserve:readEvents' | 'reserve:confirmMedium'
>;

export async function isSameDevice(folder: string, dataFolder: string): Promise<boolean> {
  try {
    return (await stat(folder)).dev === (await stat(dataFolder)).dev;
  } catch {
    return false;
  }
}

/** The journal's shape, or the French error for damage before its last line (never repaired alone). */
async function shapeOf(path: string, headOf?: LineHead): Promise<Result<JournalShape, AppError>> {
  try {
    return ok(await inspectJournal(path, headOf));
  } catch (error) {
    if (error instanceof JournalDamagedError) return err(appError('reserve.damaged', undefined, { offset: String(error.offset) }));
    throw error;
  }
}

export function createReserveHandlers({
  dataFolder,
  chooseFolder,
  now = () => new Date(),
  lock,
  queue,
  verifierPage = async () => null,
}: ReserveContext): ReserveHandlers {
  // One queue per handler set: the main process creates one for the life of the app. It
  // orders this process's appends (and a re-keying's switch between them); the journal's
  // lock orders them between processes.
  const oneAtATime = queue ?? createSerialQueue();
  const repairs = new Map<string, ReserveRepair>();
  const journalIn = async (folder: string, registerId: string) => reserveJournalOf(folder, registerId, await loadLocalKey(dataFolder));
  // The page is checked when a medium is set up, and at the first synchronisation to it in
  // this run of the app: not at every append, which must stay a matter of milliseconds.
  const pageChecked = new Set<string>();
  const placePage = async (folder: string) => {
    if ((await placeVerifierPage(folder, await verifierPage())) !== 'failed') pageChecked.add(folder);
  };

  return {
    'reserve:chooseFolder': async () => {
      const folder = await chooseFolder();
      if (folder === null) return err(appError('reserve.cancelled'));
      if (!(await isReadableFolder(folder))) return err(appError('reserve.unreachable', undefined, { folder }));
      // Choosing a folder is the person's own say-so: it becomes the reserve medium.
      const writable = await isWritableFolder(folder);
      await adoptMedium(dataFolder, folder, null, writable, now());
      if (writable) await placePage(folder);
      return ok({ folder });
    },

    'reserve:confirmMedium': async ({ registerId }) => {
      // Not reachableReserveFolder(…, 'write'): it refuses precisely the medium being confirmed.
      const { reserveFolder: folder } = await loadSettings(dataFolder);
      if (folder === null) return err(appError('reserve.notConfigured'));
      if (!(await isReadableFolder(folder))) return err(appError('reserve.unreachable', undefined, { folder }));
      if (!(await isWritableFolder(folder))) return err(appError('reserve.readOnly', undefined, { folder }));
      await adoptMedium(dataFolder, folder, registerId, true, now());
      await placePage(folder);
      return ok({ folder });
    },

    'reserve:status': async ({ registerId }) => {
      const { reserveFolder: folder } = await loadSettings(dataFolder);
      const checkedAt = now().toISOString();
      const repair = repairs.get(registerId) ?? null;
      const status: ReserveStatus = { folder, reachable: false, head: null, sameDevice: false, writable: false, recognised: false, repair, checkedAt };
      if (folder === null || !(await isReadableFolder(folder))) return ok(status);
      const writable = await isWritableFolder(folder);
      const journal = await journalIn(folder, registerId);
      const shape = await shapeOf(journal.path, journal.headOf);
      if (!shape.ok) return shape;
      return ok({
        ...status,
        reachable: true,
        writable,
        recognised: (await recogniseMedium(dataFolder, folder, registerId, writable, now())) === 'recognised',
        head: shape.value.head,
        sameDevice: await isSameDevice(folder, dataFolder),
      });
    },

    'reserve:verify': async ({ registerId }) => {
      const { reserveFolder: folder } = await loadSettings(dataFolder);
      if (folder === null) return ok({ state: 'notConfigured' });
      if (!(await isReadableFolder(folder))) return ok({ state: 'unreachable', folder });
      const journal = await journalIn(folder, registerId);
      const shape = await shapeOf(journal.path, journal.headOf);
      if (!shape.ok) return shape;
      if (shape.value.head === null) return ok({ state: 'checked', folder, verdict: EMPTY_JOURNAL });
      // Only the complete lines: a torn end was never acknowledged and is not an event.
      if (!journal.sealed) return ok({ state: 'checked', folder, verdict: await readJournal(journal.path, undefined, shape.value.soundEnd) });
      const key = await loadLocalKey(dataFolder);
      if (key === null) return err(appError('sealing.keyNeeded'));
      return ok({ state: 'checked', folder, verdict: await verifySealedJournal(journal.path, key.identity, shape.value.soundEnd) });
    },

    'reserve:listJournals': async () => {
      const reachable = await reachableReserveFolder(dataFolder, 'read');
      if (!reachable.ok) return reachable;
      const folder = reachable.value;
      const journals: ReserveJournal[] = [];
      const names = (await readdir(folder)).sort();
      const key = await loadLocalKey(dataFolder);
      // An encrypted journal is named here only once the recovery code has opened its key on this PC.
      const sealed = names.filter((file) => file.endsWith(SEALED_JOURNAL_SUFFIX));
      if (sealed.length > 0 && key === null) return err(appError('sealing.keyNeeded'));
      const sealedIds = new Set(sealed.map((name) => name.slice(0, -SEALED_JOURNAL_SUFFIX.length)));
      // A clear journal whose encrypted copy exists is the copy being migrated: the encrypted one is the reserve.
      const clear = names.filter((file) => file.endsWith(JOURNAL_EXTENSION) && !sealedIds.has(file.slice(0, -JOURNAL_EXTENSION.length)));
      for (const name of [...clear, ...sealed].sort()) {
        const path = join(folder, name);
        const isSealed = name.endsWith(SEALED_JOURNAL_SUFFIX);
        const shape = await inspectJournal(path, isSealed ? sealedLineHead : undefined).catch(() => null);
        if (shape === null || shape.head === null) continue; // unreadable, or no complete event
        const first = isSealed ? readSealedEvents(path, key!.identity, 0, 1, shape.soundEnd) : readJournalEvents(path, 0, 1, shape.soundEnd);
        const opening = (await first.catch(() => null))?.events[0];
        if (opening?.type !== 'register.opened') continue; // not a register journal
        journals.push({
          registerId: opening.registerId,
          establishmentName: opening.establishment.name,
          lastSeq: shape.head.seq,
          tornTailBytes: shape.tail?.bytes ?? 0,
        });
      }
      return ok({ folder, journals });
    },

    'reserve:readEvents': async ({ registerId, cursor, limit }) => {
      const reachable = await reachableReserveFolder(dataFolder, 'read');
      if (!reachable.ok) return reachable;
      const journal = await journalIn(reachable.value, registerId);
      const shape = await shapeOf(journal.path, journal.headOf);
      if (!shape.ok) return shape;
      if (!journal.sealed) return ok(await readJournalEvents(journal.path, cursor, limit, shape.value.soundEnd));
      const key = await loadLocalKey(dataFolder);
      if (key === null) return err(appError('sealing.keyNeeded'));
      try {
        return ok(await readSealedEvents(journal.path, key.identity, cursor, limit, shape.value.soundEnd));
      } catch (error) {
        if (!(error instanceof SealedLineError)) throw error;
        return err(appError('sealing.lineUnreadable', undefined, { seq: String(error.seq), reason: error.message }));
      }
    },

    'reserve:append': async ({ registerId, events }) => {
      const reachable = await reachableReserveFolder(dataFolder, 'write');
      if (!reachable.ok) return reachable;
      const folder = reachable.value;
      // An empty mount folder or another key is never written to without the person's word.
      if ((await recogniseMedium(dataFolder, folder, registerId, true, now())) !== 'recognised')
        return err(appError('reserve.mediumUnknown', undefined, { folder }));
      const { path } = await journalIn(folder, registerId);
      if (!pageChecked.has(folder)) await placePage(folder);
      return oneAtATime(path, async () => {
        // In the queue: a re-keying cut short is finished first, and the key is read after it.
        const resumed = await resumeInterruptedRekeying({ dataFolder, now, ...(lock === undefined ? {} : { lock }) });
        if (!resumed.ok) return resumed;
        const key = await loadLocalKey(dataFolder);
        const journal = await reserveJournalOf(folder, registerId, key);
        const format = writingFormat(journal, key);
        if (format === null) return err(appError('sealing.keyNeeded'));
        // The medium carries the key its lines are sealed to: the recovery code opens it there.
        if (journal.sealed && key !== null && (await placeKeyOnMedium(folder, key.sealedIdentity)) === 'different')
          return err(appError('sealing.otherKey', undefined, { folder }));
        try {
          return await appendToReserve({ folder, registerId, path, now, format, ...(lock === undefined ? {} : { lock }) }, events, (repair) =>
            repairs.set(registerId, repair),
          );
        } catch (error) {
          if (error instanceof JournalDamagedError) return err(appError('reserve.damaged', undefined, { offset: String(error.offset) }));
          throw error;
        }
      });
    },
  };
}

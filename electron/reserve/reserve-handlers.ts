// The reserve copy seen from the window: choose the folder, ask where it stands,
// append the events it lacks. An append must continue the reserve's own chain exactly
// (next order number, matching previous hash, every hash recomputed): the reserve never
// accepts a fork, a gap or an altered event.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appError } from '../../shared/errors';
import type { MainHandlers, ReserveJournal, ReserveStatus } from '../../shared/ipc/contract';
import { JOURNAL_EXTENSION, journalFileName } from '../../shared/journal/line';
import type { JournalVerdict } from '../../shared/journal/read';
import { createChainVerifier } from '../../shared/register/chain';
import { err, ok } from '../../shared/result';
import { readJournal } from '../cli/read-journal';
import { appendJournal, readJournalEvents, readJournalHead, readJournalOpening } from './journal-file';
import { isWritableFolder, reachableReserveFolder } from './reserve-folder';
import { createSerialQueue } from './serial-queue';
import { loadSettings, updateSettings } from './settings';

export interface ReserveContext {
  dataFolder: string;
  /** Asks the person for a folder (a dialog in Electron); null when they cancel. */
  chooseFolder: () => Promise<string | null>;
}

// A reserve with no event yet is intact: nothing has been duplicated, nothing altered.
const EMPTY_JOURNAL: JournalVerdict = { ok: true, events: 0, movements: 0, products: 0, lastSeq: 0, headHash: '' };

type ReserveHandlers = Pick<
  MainHandlers,
  'reserve:chooseFolder' | 'reserve:status' | 'reserve:append' | 'reserve:verify' | 'reserve:listJournals' | 'reserve:readEvents'
>;

export async function isSameDevice(folder: string, dataFolder: string): Promise<boolean> {
  try {
    return (await stat(folder)).dev === (await stat(dataFolder)).dev;
  } catch {
    return false;
  }
}

/** The configured reserve folder, if it can be written to right now. */
export function createReserveHandlers({ dataFolder, chooseFolder }: ReserveContext): ReserveHandlers {
  // One queue per handler set: the main process creates one for the life of the app.
  const oneAtATime = createSerialQueue();
  return {
    'reserve:chooseFolder': async () => {
      const folder = await chooseFolder();
      if (folder === null) return err(appError('reserve.cancelled'));
      if (!(await isWritableFolder(folder))) return err(appError('reserve.unreachable', undefined, { folder }));
      await updateSettings(dataFolder, (current) => ({ ...current, reserveFolder: folder }));
      return ok({ folder });
    },

    'reserve:status': async ({ registerId }) => {
      const { reserveFolder: folder } = await loadSettings(dataFolder);
      const checkedAt = new Date().toISOString();
      const status: ReserveStatus = { folder, reachable: false, head: null, sameDevice: false, checkedAt };
      if (folder === null || !(await isWritableFolder(folder))) return ok(status);
      return ok({
        ...status,
        reachable: true,
        head: await readJournalHead(join(folder, journalFileName(registerId))),
        sameDevice: await isSameDevice(folder, dataFolder),
      });
    },

    'reserve:verify': async ({ registerId }) => {
      const { reserveFolder: folder } = await loadSettings(dataFolder);
      if (folder === null) return ok({ state: 'notConfigured' });
      if (!(await isWritableFolder(folder))) return ok({ state: 'unreachable', folder });
      const path = join(folder, journalFileName(registerId));
      const verdict = (await readJournalHead(path)) === null ? EMPTY_JOURNAL : await readJournal(path);
      return ok({ state: 'checked', folder, verdict });
    },

    'reserve:listJournals': async () => {
      const reachable = await reachableReserveFolder(dataFolder);
      if (!reachable.ok) return reachable;
      const folder = reachable.value;
      const journals: ReserveJournal[] = [];
      for (const name of (await readdir(folder)).filter((file) => file.endsWith(JOURNAL_EXTENSION)).sort()) {
        const path = join(folder, name);
        const [opening, head] = await Promise.all([readJournalOpening(path).catch(() => null), readJournalHead(path).catch(() => null)]);
        if (opening?.type !== 'register.opened' || head === null) continue; // not a register journal, or unreadable
        journals.push({ registerId: opening.registerId, establishmentName: opening.establishment.name, lastSeq: head.seq });
      }
      return ok({ folder, journals });
    },

    'reserve:readEvents': async ({ registerId, cursor, limit }) => {
      const reachable = await reachableReserveFolder(dataFolder);
      if (!reachable.ok) return reachable;
      const folder = reachable.value;
      return ok(await readJournalEvents(join(folder, journalFileName(registerId)), cursor, limit));
    },

    'reserve:append': async ({ registerId, events }) => {
      const reachable = await reachableReserveFolder(dataFolder);
      if (!reachable.ok) return reachable;
      const folder = reachable.value;
      const path = join(folder, journalFileName(registerId));
      return oneAtATime(path, async () => {
        const head = await readJournalHead(path);
        const verifier = createChainVerifier(head ?? undefined);
        for (const event of events) {
          const broken = verifier.next(event);
          if (broken?.kind === 'hash') return err(appError('reserve.chainBroken', undefined, { seq: String(event.seq) }));
          if (broken) return err(appError('reserve.diverged', undefined, { seq: String(event.seq) }));
        }
        await appendJournal(path, events);
        const last = events[events.length - 1];
        return ok(last ? { seq: last.seq, hash: last.hash } : (head ?? { seq: 0, hash: '' }));
      });
    },
  };
}

// Where the main process takes the journal of a yearly archive from, so that the window
// never holds the whole journal for it: the reserve copy when it ends at the window's own
// head (the chain makes it the same journal, event for event), else the window's pages,
// sent one after the other and put together here. Either way the bytes are those the
// window would have sent whole (each event as its canonical line), and they are verified
// again, whole, before the archive is built.
import { appError, type AppError } from '../../shared/errors';
import { MAX_JOURNAL_BYTES } from '../../shared/ipc/requests';
import { serializeLine } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import { err, ok, type Result } from '../../shared/result';
import { readJournalEvents, type JournalPage } from '../reserve/journal-file';
import { inspectJournal } from '../reserve/journal-tail';
import { isReadableFolder } from '../reserve/reserve-folder';
import { loadSettings } from '../reserve/settings';
import { loadLocalKey } from '../sealing/key-store';
import { reserveJournalOf } from '../sealing/reserve-journal';
import { readSealedEvents } from '../sealing/sealed-journal';

const PAGE = 2_000;

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The reserve's journal as bytes when its last complete event is `head`; null when it
 * cannot give it (no reserve, out of reach, behind or ahead of the window, an encrypted
 * copy without this PC's key, a line it cannot read): the window then sends its own.
 */
export async function reserveJournalAt(dataFolder: string, registerId: string, head: ChainHead): Promise<Uint8Array | null> {
  const { reserveFolder: folder } = await loadSettings(dataFolder);
  if (folder === null || !(await isReadableFolder(folder))) return null;
  const key = await loadLocalKey(dataFolder);
  const journal = await reserveJournalOf(folder, registerId, key);
  if (journal.sealed && key === null) return null;
  try {
    const shape = await inspectJournal(journal.path, journal.headOf);
    if (shape.head?.seq !== head.seq || shape.head.hash !== head.hash) return null;
    const readPage = (cursor: number): Promise<JournalPage> =>
      key !== null && journal.sealed
        ? readSealedEvents(journal.path, key.identity, cursor, PAGE, shape.soundEnd)
        : readJournalEvents(journal.path, cursor, PAGE, shape.soundEnd);
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    for (let cursor = 0; ;) {
      const page = await readPage(cursor);
      chunks.push(encoder.encode(page.events.map(serializeLine).join('')));
      if (page.done || page.events.length === 0) break;
      cursor = page.nextCursor;
    }
    return joined(chunks);
  } catch {
    // Damage the reserve's own checks will name; the archive is made from the window's copy.
    return null;
  }
}

export interface JournalUploads {
  /** One page of the window's journal, at `offset` bytes from its start (0 begins a new one). */
  add(registerId: string, upload: string, offset: number, bytes: Uint8Array): Result<null, AppError>;
  /** The whole journal sent under `upload`, given once. */
  take(registerId: string, upload: string): Result<Uint8Array, AppError>;
}

/** One journal being sent per register: a new one replaces a journal never taken. */
export function createJournalUploads(): JournalUploads {
  const uploads = new Map<string, { upload: string; chunks: Uint8Array[]; size: number }>();
  return {
    add(registerId, upload, offset, bytes) {
      if (offset === 0) uploads.set(registerId, { upload, chunks: [], size: 0 });
      const current = uploads.get(registerId);
      // A page lost or sent twice would make another journal: the whole sending starts again.
      if (current?.upload !== upload || current.size !== offset) {
        uploads.delete(registerId);
        return err(appError('archive.journalIncomplete'));
      }
      if (current.size + bytes.byteLength > MAX_JOURNAL_BYTES) {
        uploads.delete(registerId);
        return err(appError('archive.journalTooLarge', undefined, { size: `${Math.round(MAX_JOURNAL_BYTES / 1024 / 1024)} Mo` }));
      }
      current.chunks.push(bytes);
      current.size += bytes.byteLength;
      return ok(null);
    },
    take(registerId, upload) {
      const current = uploads.get(registerId);
      if (current?.upload !== upload || current.size === 0) return err(appError('archive.journalIncomplete'));
      uploads.delete(registerId);
      return ok(joined(current.chunks));
    },
  };
}

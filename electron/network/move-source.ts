// Where the register moved to a server is read from: this PC's reserve journal (the second
// medium, which holds every event of the one-PC register), clear or encrypted (decision
// 0041). Its lines are given block by block, an encrypted line opened with this PC's key
// as it comes: the upload (move-register.ts) verifies and sends them without ever holding
// the journal whole. A reserve that is not set up, not reachable or damaged before its last
// line is refused in French before anything is sent.
import { basename } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { ChainHead } from '../../shared/register/chain-head';
import { err, ok, type Result } from '../../shared/result';
import { fileLines } from '../files/file-lines';
import { readJournalRecords } from '../reserve/journal-file';
import { inspectJournal, JournalDamagedError } from '../reserve/journal-tail';
import { reachableReserveFolder } from '../reserve/reserve-folder';
import { loadLocalKey } from '../sealing/key-store';
import { reserveJournalOf } from '../sealing/reserve-journal';
import { createLineOpener, parseSealedLine, SealedLineError } from '../sealing/sealed-line';

/** Encrypted lines opened at once: a page of the sealed journal. */
const SEALED_PAGE = 500;

export interface MoveSource {
  /** The file's name, for the messages. */
  name: string;
  /** Its last complete event, as its last line says (verified only by the upload). */
  head: ChainHead;
  lines: AsyncIterable<string[]>;
}

/** The reserve journal of `registerId`, ready to be read line by line up to its last complete line. */
export async function reserveMoveSource(dataFolder: string, registerId: string): Promise<Result<MoveSource, AppError>> {
  const folder = await reachableReserveFolder(dataFolder, 'read');
  if (!folder.ok) return folder;
  const key = await loadLocalKey(dataFolder);
  const journal = await reserveJournalOf(folder.value, registerId, key);
  let shape;
  try {
    shape = await inspectJournal(journal.path, journal.headOf);
  } catch (error) {
    if (error instanceof JournalDamagedError) return err(appError('reserve.damaged', undefined, { offset: String(error.offset) }));
    throw error;
  }
  // A missing journal reads as an empty one: either way, nothing of this register to send.
  if (shape.head === null) return err(appError('network.moveNoJournal', undefined, { folder: folder.value }));
  const name = basename(journal.path);
  // Only the complete lines: a torn end was never acknowledged and is not an event.
  if (!journal.sealed) return ok({ name, head: shape.head, lines: fileLines(journal.path, shape.soundEnd) });
  if (key === null) return err(appError('sealing.keyNeeded'));
  return ok({ name, head: shape.head, lines: sealedLines(journal.path, key.identity, shape.soundEnd) });
}

/**
 * The encrypted journal's lines, each opened with the key. A line the key refuses was
 * changed after it was written: it is given as a line that is not an event, which the
 * chain's reader reports at its number.
 */
/** Not an event: the reader names the line as damaged, as `verify` does for a line the key refuses. */
const UNOPENED_LINE = 'ligne chiffrée que la clé n’ouvre pas';

async function* sealedLines(path: string, identity: string, end: number): AsyncGenerator<string[]> {
  const open = createLineOpener(identity);
  for (let cursor = 0; ;) {
    const page = await readJournalRecords(path, cursor, SEALED_PAGE, end, parseSealedLine);
    const texts: string[] = [];
    for (const sealed of page.records) {
      try {
        texts.push((await open(sealed)).text.replace(/\n$/, ''));
      } catch (error) {
        if (!(error instanceof SealedLineError)) throw error;
        texts.push(UNOPENED_LINE);
      }
    }
    if (texts.length > 0) yield texts;
    if (page.done || page.records.length === 0) return;
    cursor = page.nextCursor;
  }
}

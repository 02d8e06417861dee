// A torn end of the reserve journal is moved aside, never deleted: its bytes go to a
// dated side file on the same medium, flushed to the device and read back, and only
// then is the journal cut back to the end of its last complete line. A crash between
// the two steps leaves both copies, never neither. Complete lines are never touched.
// Runs only under the journal's lock (journal-lock.ts): a line another writer is still
// writing looks exactly like a torn one.
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { syncFolder } from '../files/write-once';
import { clearLineHead, inspectJournal, type JournalTail, type LineHead } from './journal-tail';

export interface JournalRepair {
  at: string;
  /** Name of the side file, in the journal's folder. */
  fragment: string;
  bytes: number;
  kind: JournalTail['kind'];
  /** The last complete event kept in the journal (0: none). */
  keptSeq: number;
}

const COPY_CHUNK = 1024 * 1024;

/** `<journal>.fragment-<UTC time>`: sorts by time, and no ':' (forbidden on Windows and FAT keys). */
export function fragmentPath(journalPath: string, at: Date): string {
  return `${journalPath}.fragment-${at.toISOString().replace(/[:.]/g, '-')}`;
}

async function copyTail(journalPath: string, target: string, tail: JournalTail): Promise<void> {
  const source = await open(journalPath, 'r');
  try {
    // 'wx': a side file is never written over, even one of the same millisecond.
    const side = await open(target, 'wx');
    try {
      await writeTail(source, side, tail);
    } catch (error) {
      // Our own incomplete copy (the medium full again): the original is still in the journal.
      await side.close();
      await unlink(target).catch(() => undefined);
      throw error;
    }
    await side.close();
    await syncFolder(dirname(target));
    await sameBytes(source, tail, target);
  } finally {
    await source.close();
  }
}

async function writeTail(source: FileHandle, side: FileHandle, tail: JournalTail): Promise<void> {
  const buffer = Buffer.alloc(COPY_CHUNK);
  for (let done = 0; done < tail.bytes;) {
    const { bytesRead } = await source.read(buffer, 0, Math.min(COPY_CHUNK, tail.bytes - done), tail.start + done);
    if (bytesRead === 0) throw new Error('Fin de ligne inachevée raccourcie pendant sa copie');
    await side.write(buffer, 0, bytesRead, done);
    done += bytesRead;
  }
  await side.sync();
}

async function sameBytes(source: FileHandle, tail: JournalTail, target: string): Promise<void> {
  const side = await open(target, 'r');
  try {
    if ((await side.stat()).size !== tail.bytes) throw new Error(`Copie de la fin inachevée incomplète (${target})`);
    const expected = Buffer.alloc(COPY_CHUNK);
    const written = Buffer.alloc(COPY_CHUNK);
    for (let done = 0; done < tail.bytes; done += COPY_CHUNK) {
      const length = Math.min(COPY_CHUNK, tail.bytes - done);
      await source.read(expected, 0, length, tail.start + done);
      await side.read(written, 0, length, done);
      if (!expected.subarray(0, length).equals(written.subarray(0, length))) throw new Error(`Copie de la fin inachevée différente de l’original (${target})`);
    }
  } finally {
    await side.close();
  }
}

/** Moves a torn end aside and cuts the journal back to its last complete line; null when there is none. */
export async function healJournal(journalPath: string, now: Date, headOf: LineHead = clearLineHead): Promise<JournalRepair | null> {
  const shape = await inspectJournal(journalPath, headOf);
  const { tail } = shape;
  if (tail === null) return null;
  const target = fragmentPath(journalPath, now);
  await copyTail(journalPath, target, tail);
  const journal = await open(journalPath, 'r+');
  try {
    // Under the lock nothing else writes; a size that moved all the same means another
    // writer ignores the lock, and cutting would destroy its line: stop.
    if ((await journal.stat()).size !== shape.size) throw new Error(`Journal modifié pendant sa réparation (${journalPath})`);
    await journal.truncate(tail.start);
    await journal.sync();
  } finally {
    await journal.close();
  }
  return { at: now.toISOString(), fragment: basename(target), bytes: tail.bytes, kind: tail.kind, keptSeq: shape.head?.seq ?? 0 };
}

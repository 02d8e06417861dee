// import <file.csv> --out <folder | path.journal.jsonl>: builds a new chained journal from
// a spreadsheet of operations, to take over a paper register or another software's.
// All or nothing: the journal is written to a temporary file in the destination folder,
// read back through the journal reader, and only then renamed to its final name.
import { randomUUID } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { JOURNAL_EXTENSION, journalFileName, serializeLine } from '../../shared/journal/line';
import { type CliIo, errorCode, EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type ExitCode } from './io';
import { buildJournal, describeImportProblem } from './import-rows';
import { importBadOut, importOutExists, importSelfCheckFailed, importSummary, importUnwritable, unreadableCsv } from './messages';
import { readJournal } from './read-journal';

/** The register id becomes a file name: letters, digits and dashes only. */
const REGISTER_ID = /^[A-Za-z0-9-]{1,64}$/;

type Destination = { ok: true; path: string; registerId: string } | { ok: false; message: string };

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function destination(out: string): Promise<Destination> {
  const found = await stat(out).catch(() => null);
  if (found?.isDirectory()) {
    const registerId = randomUUID();
    return { ok: true, path: join(out, journalFileName(registerId)), registerId };
  }
  if (found) return { ok: false, message: importOutExists(out) };
  const name = basename(out);
  const registerId = name.endsWith(JOURNAL_EXTENSION) ? name.slice(0, -JOURNAL_EXTENSION.length) : '';
  if (!REGISTER_ID.test(registerId)) return { ok: false, message: importBadOut(out) };
  return { ok: true, path: out, registerId };
}

export async function importCommand(csv: string, out: string, io: CliIo, now: Date = new Date()): Promise<ExitCode> {
  let text: string;
  try {
    text = await readFile(csv, 'utf8');
  } catch (error) {
    io.err(unreadableCsv(csv, errorCode(error)));
    return EXIT_USAGE;
  }
  const target = await destination(out);
  if (!target.ok) {
    io.err(target.message);
    return EXIT_USAGE;
  }

  const built = buildJournal(text, { registerId: target.registerId, today: io.today, recordedAt: now });
  if (!built.ok) {
    io.err(describeImportProblem(built.problem));
    return EXIT_BROKEN;
  }
  const journal = built.value;

  const temporary = join(dirname(target.path), `.${basename(target.path)}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, journal.events.map(serializeLine).join(''), { encoding: 'utf8', flag: 'wx' });
    // Self-check: the file must read back as an intact chain of exactly these events.
    const verdict = await readJournal(temporary);
    if (!verdict.ok || verdict.events !== journal.events.length) {
      await unlink(temporary).catch(() => undefined);
      io.err(importSelfCheckFailed(target.path));
      return EXIT_BROKEN;
    }
    // Checked again just before the rename, which would silently replace a file.
    if (await exists(target.path)) {
      await unlink(temporary).catch(() => undefined);
      io.err(importOutExists(target.path));
      return EXIT_USAGE;
    }
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    io.err(importUnwritable(target.path, errorCode(error)));
    return EXIT_USAGE;
  }

  io.out(importSummary({ csv, path: target.path, registerId: target.registerId, ...journal, events: journal.events.length }));
  return EXIT_OK;
}

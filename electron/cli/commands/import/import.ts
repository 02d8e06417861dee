// import <file.csv> --out <folder | path.journal.jsonl>: builds a new chained journal from
// a spreadsheet of operations, to take over a paper register or another software's.
// All or nothing: the file is read a first time for its shape (encoding, columns, size),
// then a second time row by row, each event appended to a temporary file in the
// destination folder as it is sealed (memory stays bounded); that file is read back
// through the journal reader, and only then renamed to its final name.
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { publish, temporaryName } from '../../../files/write-new-files';
import { syncFolder } from '../../../files/write-once';
import { JOURNAL_EXTENSION, journalFileName, serializeLine } from '../../../../shared/journal/line';
import { type CliIo, errorCode, EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type ExitCode } from '../../common/io';
import { documentReader } from './import-document';
import { readImportFile } from './import-file';
import { Refused } from './import-problem';
import { createJournalBuilder, describeImportProblem, type ImportedJournal, type ImportProblem, type ImportSettings } from './import-rows';
import { importBadOut, importOutExists, importSelfCheckFailed, importSummary, importUnwritable, unreadableCsv } from './messages';
import { readJournal } from '../../../files/read-journal';

/** The register id becomes a file name: letters, digits and dashes only. */
const REGISTER_ID = /^[A-Za-z0-9-]{1,64}$/;

type Destination = { ok: true; path: string; registerId: string } | { ok: false; message: string };

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
  // First pass: the file as a table (encoding, notation, columns, size), nothing kept.
  const shape = await readOnly(csv, io);
  if (shape !== EXIT_OK) return shape;
  const target = await destination(out);
  if (!target.ok) {
    io.err(target.message);
    return EXIT_USAGE;
  }

  // Second pass: each row sealed and appended to a temporary file as soon as it is valid.
  const temporary = temporaryName(target.path);
  let summary: Omit<ImportedJournal, 'events'> & { events: number };
  try {
    const written = await writeJournal(csv, temporary, { registerId: target.registerId, today: io.today, recordedAt: now, readDocument: documentReader(csv) });
    if (!written.ok) {
      await unlink(temporary).catch(() => undefined);
      io.err(describeImportProblem(written.problem));
      return EXIT_BROKEN;
    }
    summary = written.value;
    // Self-check: the file must read back as an intact chain of exactly these events.
    const verdict = await readJournal(temporary);
    if (!verdict.ok || verdict.events !== summary.events) {
      await unlink(temporary).catch(() => undefined);
      io.err(importSelfCheckFailed(target.path));
      return EXIT_BROKEN;
    }
    // Named without ever replacing a file, even one that appeared during the import;
    // the name survives a power cut once the folder is flushed.
    await publish(temporary, target.path);
    await syncFolder(dirname(target.path));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    io.err(errorCode(error) === 'EEXIST' ? importOutExists(target.path) : importUnwritable(target.path, errorCode(error)));
    return EXIT_USAGE;
  }

  io.out(importSummary({ csv, path: target.path, registerId: target.registerId, ...summary }));
  return EXIT_OK;
}

/** Reads the whole file once without keeping it: its refusal, or EXIT_OK. */
async function readOnly(csv: string, io: CliIo): Promise<ExitCode> {
  try {
    await readImportFile(csv, () => undefined);
    return EXIT_OK;
  } catch (thrown) {
    if (thrown instanceof Refused) {
      io.err(describeImportProblem(thrown.problem));
      return EXIT_BROKEN;
    }
    io.err(unreadableCsv(csv, errorCode(thrown)));
    return EXIT_USAGE;
  }
}

/** Lines are written in batches: the file holds the journal, memory only the batch. */
const BATCH_CHARACTERS = 1 << 20;

async function writeJournal(
  csv: string,
  temporary: string,
  settings: ImportSettings,
): Promise<{ ok: true; value: Omit<ImportedJournal, 'events'> & { events: number } } | { ok: false; problem: ImportProblem }> {
  const file = openSync(temporary, 'wx');
  let batch = '';
  let events = 0;
  const flush = () => {
    writeSync(file, batch, null, 'utf8');
    batch = '';
  };
  try {
    const builder = createJournalBuilder(settings, (event) => {
      batch += serializeLine(event);
      events += 1;
      if (batch.length >= BATCH_CHARACTERS) flush();
    });
    const counts = builder.end(await readImportFile(csv, (row) => builder.row(row)));
    flush();
    fsyncSync(file);
    return { ok: true, value: { ...counts, events } };
  } catch (thrown) {
    if (thrown instanceof Refused) return { ok: false, problem: thrown.problem };
    throw thrown;
  } finally {
    closeSync(file);
  }
}

// The import fixtures, changed one line at a time, imported into a temporary folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCommand } from '../../../electron/cli/commands/import/import';
import type { CliIo } from '../../../electron/cli/common/io';
import { parseLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { plain, tempFolder } from './journal-files';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** Seven rows of an officine (CRLF); the restore end-to-end test opens it in the app. */
export const VALID = join(FIXTURES, 'valide.csv');
/** A veterinary practice with a byte order mark, LF, unaccented headers in another order. */
export const MINIMAL_BOM = join(FIXTURES, 'minimal-bom.csv');
/** An officine taken over with every kind of entry and dispensation (LF); the documentation's first example. */
export const TAKEOVER = join(FIXTURES, 'reprise-officine.csv');
/** A veterinary practice taken over (LF); the documentation's second example. */
export const VETERINARY = join(FIXTURES, 'veterinaire.csv');

/**
 * An officine taken over with every kind of row an officine can write, its cession and
 * its closure (LF); the documentation's third example. The cession names the PDF beside it.
 */
export const COMPLETE = join(FIXTURES, 'registre-complet.csv');

export const TODAY = '2026-11-23';
export const NOW = new Date('2026-11-23T10:15:00.000Z');

export function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

export function readEvents(path: string): RegisterEvent[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed = parseLine(line);
      if (!parsed.ok) throw new Error(`ligne illisible : ${line}`);
      return parsed.event;
    });
}

/** A fixture with one physical line (1-based) changed, removed when `change` gives null, or lines added after the last. */
export function fixtureWith(fixture: string, lineNumber: number, change: (line: string) => string | null): string {
  const text = readFileSync(fixture, 'utf8');
  const ending = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(ending);
  const changed = change(lines[lineNumber - 1] ?? '');
  if (changed === null) lines.splice(lineNumber - 1, 1);
  else lines[lineNumber - 1] = changed;
  return csvFile(lines.join(ending));
}

/** A fixture with rows added at its end. */
export function fixturePlus(fixture: string, ...rows: string[]): string {
  return csvFile(`${readFileSync(fixture, 'utf8')}${rows.join('\n')}\n`);
}

export function csvFile(text: string): string {
  const path = join(tempFolder(), 'operations.csv');
  writeFileSync(path, text, 'utf8');
  return path;
}

export interface Imported {
  code: number;
  io: ReturnType<typeof captured>;
  folder: string;
  /** The journal's path, REG-IMPORT.journal.jsonl in `folder`. */
  path: string;
}

export async function importInto(csv: string): Promise<Imported> {
  const folder = tempFolder();
  const io = captured();
  const path = join(folder, 'REG-IMPORT.journal.jsonl');
  const code = await importCommand(csv, path, io, NOW);
  return { code, io, folder, path };
}

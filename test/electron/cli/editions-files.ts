// Helpers of the editions tests: journals written from the fixtures, the command run in
// this process at a fixed instant, and the PDFs it leaves read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { editionsCommand, type EditionsOptions } from '../../../electron/cli/commands/editions/editions';
import type { PdfText } from '../../shared/editions/pdf-text';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { captured } from './import-files';
import { tempFolder } from './journal-files';

const suiteFolders: string[] = [];

afterAll(() => {
  for (const folder of suiteFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder that lasts for the whole test file (journal-files' folders go after each test). */
export function suiteFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'registre-editions-'));
  suiteFolders.push(folder);
  return folder;
}

/** The events written as the application writes its journal, in a folder of their own. */
export function suiteJournal(events: readonly RegisterEvent[], name = 'REG-2026-001.journal.jsonl'): string {
  const path = join(suiteFolder(), name);
  writeFileSync(path, events.map(serializeLine).join(''), 'utf8');
  return path;
}

/** The edition instant of the in-process runs, local time: "23/11/2026 à 10:15", files stamped 20261123-1015. */
export const EDITED_AT = new Date(2026, 10, 23, 10, 15);
export const STAMP = '20261123-1015';
export const EDITED = '23/11/2026 à 10:15';

export interface EditionsRun {
  code: number;
  stdout: string;
  stderr: string;
  out: string;
}

/** Runs `editions` in this process; --out is a new folder inside a temporary one unless given. */
export async function runEditions(journal: string, options: Partial<Omit<EditionsOptions, 'journal'>> = {}): Promise<EditionsRun> {
  const out = options.out ?? join(tempFolder(), 'editions');
  const io = captured();
  const code = await editionsCommand({ journal, ...options, out }, io, EDITED_AT);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n'), out };
}

/** The files of a folder, sorted; none when it does not exist. */
export function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** A PDF read as a person would, narrow and ordinary no-break spaces read as spaces. */
export function pdfText(path: string): PdfText {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  return { pages: text.split('\f').filter((page) => page.trim() !== ''), text, path };
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

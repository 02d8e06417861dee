// Reading what the window and the PDFs say, the way the end-to-end scenarios compare it.
import { execFileSync } from 'node:child_process';

const pad = (value: number) => String(value).padStart(2, '0');

/** A local day as the date fields hold it: 2026-11-23. */
export const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The same day as the window shows it: 23/11/2026. */
export const shown = (day: string) => day.split('-').reverse().join('/');

/** Text with its no-break spaces (French typography) read as plain spaces. */
export const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The words of a PDF, laid out, with no-break spaces as plain spaces. */
export function pdfText(path: string): string {
  return plain(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
}

/** The same words on one line, whatever the layout wrapped: for sentences a table may cut. */
export function pdfWords(path: string): string {
  return pdfText(path).replace(/\s+/g, ' ');
}

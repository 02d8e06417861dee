// Reads a generated edition as a person would: pdftotext for the words, pdftoppm for a
// look. The PDFs and pictures stay in test-results/editions/ for a human to open.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIFECYCLE_HEADING } from '../../../shared/editions/pdf/lifecycle-table';

export const EDITIONS_DIR = join('test-results', 'editions');

export interface PdfText {
  /** One string per page, narrow and ordinary no-break spaces read as spaces. */
  pages: string[];
  text: string;
  path: string;
}

export function readPdf(bytes: Uint8Array, name: string): PdfText {
  mkdirSync(EDITIONS_DIR, { recursive: true });
  const path = join(EDITIONS_DIR, `${name}.pdf`);
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  return { pages, text, path };
}

/** Renders the first pages to PNG (60 dpi) beside the PDF; returns the files made. */
export function renderPages(pdf: PdfText, lastPage = 1): void {
  const prefix = pdf.path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(lastPage), pdf.path, prefix]);
}

/** The text of a page with its runs of spaces collapsed, to look for phrases across columns. */
export function squeezed(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/** The line of a page that starts with this order number (the first column). */
export function lineOf(page: string, seq: number): string | undefined {
  return page.split('\n').find((line) => new RegExp(`^\\s*${seq}\\s{2,}\\d{2}/\\d{2}/\\d{4}`).test(line));
}

/** Order numbers in the first column, in the order the pages print them. */
export function printedOrderNumbers(text: string): number[] {
  // The movement lines only: the table of inventories, destructions and thefts that ends
  // the register editions repeats some order numbers as references.
  const movements = text.split(LIFECYCLE_HEADING)[0] ?? '';
  return [...movements.matchAll(/^\s*(\d+)\s{2,}\d{2}\/\d{2}\/\d{4}/gm)].map((match) => Number(match[1]));
}

export interface Frame {
  establishment: { name: string; address: string };
  title: string;
  period: string;
  edited: string;
  head: { seq: number; hash: string };
}

/** What each page lacks of the frame every page must carry (R. 5132-36 c); empty when all is there. */
export function frameGaps(pdf: PdfText, frame: Frame): string[] {
  const expected = (page: number) => [
    frame.establishment.name,
    frame.establishment.address,
    frame.title,
    `Période : ${frame.period}`,
    `Page ${page} / ${pdf.pages.length}`,
    `Édité le ${frame.edited}`,
    `Tête de chaîne à l’édition : n° ${frame.head.seq}, empreinte ${frame.head.hash.slice(0, 16)}`,
    // The register's signing key, or why it has none yet (shared/signature/).
    'Clé de signature',
  ];
  return pdf.pages.flatMap((text, index) =>
    expected(index + 1)
      .filter((part) => !squeezed(text).includes(part))
      .map((part) => `page ${index + 1} : ${part}`),
  );
}

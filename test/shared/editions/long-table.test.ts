import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellInput, RowInput } from 'jspdf-autotable';
import { EditionDocument } from '../../../shared/editions/pdf/document';
import type { LongCell, LongRow } from '../../../shared/editions/pdf/long-table';
import { EDITIONS_DIR, readPdf, squeezed } from './pdf-text';
import { editionContext, scenarioEvents } from './scenario';

const context = editionContext(scenarioEvents());
const COLUMNS = [16, 60, 90, 25, 86];
const HEAD = ['N° d’ordre', 'Patient (nom, adresse)', 'Observations', 'Quantité', 'Porteur, pièce d’identité'];
const RIGHT = [3];

/** Rows of every kind the long tables hold: plain, on several lines, a word too long, bold, spanning on grey. */
function sampleRows(count: number): LongRow[] {
  return Array.from({ length: count }, (_, index): LongRow => {
    if (index % 23 === 0) return [{ content: `Bernard Le Floch, 3 rue de Siam — ${index} délivrances`, colSpan: COLUMNS.length, bold: true, fill: 240 }];
    const long = index % 7 === 0 ? 'Annulée par le n° 12 (contre-passation) ; erreur de quantité : deux comprimés délivrés, pas douze. ' : '';
    return [
      String(index),
      index % 3 === 0 ? `Zoé Abadie\n${index} avenue de la Perrière, 56100 Lorient` : 'Élise Martin',
      index % 11 === 0 ? 'Référence-sans-aucune-espace-bien-trop-longue-pour-tenir-dans-la-colonne-des-observations' : long,
      { content: `${index * 10} 000`, bold: index % 5 === 0 },
      index % 4 === 0 ? 'Jean Dupont, carte d’identité n° 123456' : '',
    ];
  });
}

/** The same rows as jspdf-autotable takes them. */
function autotableRows(rows: readonly LongRow[]): RowInput[] {
  return rows.map((row) =>
    row.map((cell): CellInput => {
      if (typeof cell === 'string') return cell;
      const { content, colSpan, bold, fill, align }: LongCell = cell;
      return {
        content,
        colSpan,
        styles: { ...(bold ? { fontStyle: 'bold' } : {}), ...(fill ? { fillColor: fill } : {}), ...(align ? { halign: align } : {}) },
      };
    }),
  );
}

type Drawn = (edition: EditionDocument) => void;

function pdfOf(draw: Drawn): Uint8Array {
  const edition = new EditionDocument(context, { title: 'Tableau d’essai', period: 'avril 2026' }, 'landscape');
  draw(edition);
  return edition.finish();
}

/** Each page in grey levels, as pdftoppm renders it: what a reader sees. */
function pixels(bytes: Uint8Array, name: string): Buffer[] {
  const pdf = readPdf(bytes, name);
  const prefix = pdf.path.replace(/\.pdf$/, '-gris');
  execFileSync('pdftoppm', ['-r', '80', '-gray', pdf.path, prefix]);
  const base = prefix.split('/').at(-1)!;
  return readdirSync(EDITIONS_DIR)
    .filter((file) => file.startsWith(`${base}-`) && file.endsWith('.pgm'))
    .sort()
    .map((file) => readFileSync(join(EDITIONS_DIR, file)));
}

function differingPixels(left: Buffer, right: Buffer): number {
  if (left.length !== right.length) return Number.POSITIVE_INFINITY;
  let count = 0;
  for (let index = 0; index < left.length; index += 1) if (Math.abs(left[index]! - right[index]!) > 60) count += 1;
  return count;
}

/** The same table drawn lean and by autotable, under a heading and followed by a paragraph, page by page in grey levels. */
function drawnBothWays(rows: readonly LongRow[], foot: LongRow, name: string): { lean: Buffer[]; autotable: Buffer[] } {
  const lean = pixels(
    pdfOf((edition) => {
      edition.heading('Classement par patient');
      edition.longTable({ columnWidths: COLUMNS, head: HEAD, body: rows, foot, rightAligned: RIGHT });
      edition.paragraph('Après le tableau.');
    }),
    `${name}-lean`,
  );
  const autotable = pixels(
    pdfOf((edition) => {
      edition.heading('Classement par patient');
      edition.table({
        columnWidths: COLUMNS,
        head: [HEAD],
        body: autotableRows(rows),
        foot: autotableRows([foot]),
        columnStyles: Object.fromEntries(RIGHT.map((column) => [column, { halign: 'right' as const }])),
      });
      edition.paragraph('Après le tableau.');
    }),
    `${name}-autotable`,
  );
  return { lean, autotable };
}

describe('the editions’ long tables, drawn lean', () => {
  it('look as jspdf-autotable drew them, page after page, head repeated and foot under the last row', () => {
    const rows = sampleRows(130);
    const foot: LongRow = [{ content: 'Totaux de la période', colSpan: 3 }, { content: '1 234', align: 'right' }, ''];
    const { lean, autotable } = drawnBothWays(rows, foot, 'long-table');
    expect(lean.length).toBeGreaterThanOrEqual(4);
    expect(lean.length).toBe(autotable.length);
    lean.forEach((page, index) => expect(differingPixels(page, autotable[index]!), `page ${index + 1}`).toBe(0));
  });

  it('cuts a row taller than a page between two lines, and prints every line of it', () => {
    const tall = Array.from({ length: 120 }, (_, index) => `ligne ${index + 1} de l’observation`).join('\n');
    const pdf = readPdf(
      pdfOf((edition) =>
        edition.longTable({
          columnWidths: COLUMNS,
          head: HEAD,
          body: [
            ['1', 'Zoé Abadie', tall, '10', ''],
            ['2', 'Élise Martin', '', '20', ''],
          ],
        }),
      ),
      'long-table-tall-row',
    );
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (let line = 1; line <= 120; line += 1) expect(pdf.text).toContain(`ligne ${line} de l’observation`);
    for (const page of pdf.pages) expect(page).toContain('Observations');
    expect(squeezed(pdf.pages.at(-1)!)).toMatch(/\n ?2 Élise Martin/);
  });

  it('never leaves its head alone at the foot of a page: it goes over with its first row', () => {
    const starts = new Set<number>();
    // From a table that fits under the text to one whose head alone would fit, to one that does not fit at all.
    for (let space = 140; space <= 165; space += 1) {
      const pdf = readPdf(
        pdfOf((edition) => {
          edition.space(space);
          edition.longTable({
            columnWidths: COLUMNS,
            head: HEAD,
            body: [
              ['1', 'Patient 1', '', '1', ''],
              ['2', 'Patient 2', '', '1', ''],
            ],
          });
        }),
        `long-table-head-${space}`,
      );
      const headPage = pdf.pages.findIndex((page) => page.includes('Observations'));
      starts.add(headPage);
      expect(squeezed(pdf.pages[headPage]!), `espace de ${space} mm`).toMatch(/\n ?1 Patient 1\b/);
    }
    expect([...starts].sort()).toEqual([0, 1]);
  });

  it('keeps its foot on the last row’s page, within the page, as autotable does, however many rows', () => {
    const foot: LongRow = [{ content: 'Totaux de la période', colSpan: 3 }, { content: '1 234', align: 'right' }, ''];
    // Around the number of rows a page holds: the last one with the foot, or the last one alone.
    for (let count = 26; count <= 34; count += 1) {
      const rows = Array.from({ length: count }, (_, index): LongRow => [String(index + 1), `Patient ${index + 1}`, '', '1', '']);
      const { lean, autotable } = drawnBothWays(rows, foot, `long-table-foot-${count}`);
      expect(lean.length, `${count} lignes`).toBe(autotable.length);
      lean.forEach((page, index) => expect(differingPixels(page, autotable[index]!), `${count} lignes, page ${index + 1}`).toBe(0));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { joinFinishedPages } from '../../../shared/editions/pdf/finished-pages';

/** Pages of text, one without any, then a header written back on every page, as `finish` does. */
function draw(join: boolean, compress: boolean): { bytes: string; pages: string[][] } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress });
  if (join) joinFinishedPages(doc);
  for (let page = 0; page < 4; page += 1) {
    if (page > 0) doc.addPage();
    if (page === 2) continue;
    for (let line = 0; line < 30; line += 1) doc.text(`Page ${page + 1}, ligne ${line}`, 10, 10 + line * 8);
  }
  for (let page = 1; page <= doc.getNumberOfPages(); page += 1) {
    doc.setPage(page);
    doc.text(`En-tête ${page}`, 10, 5);
  }
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  return { bytes: doc.output(), pages: (doc.internal as unknown as { pages: string[][] }).pages };
}

describe('the finished pages of a document, each joined into one string', () => {
  it.each([true, false])('gives the bytes jsPDF gives (compressed: %s)', (compress) => {
    expect(draw(true, compress).bytes).toBe(draw(false, compress).bytes);
  });

  it('holds each finished page as one string, and the page being drawn as jsPDF writes it', () => {
    const { pages } = draw(true, true);
    const alone = draw(false, true).pages;
    // The header written back after the join follows the joined operators; the last page was never left.
    for (let page = 1; page <= 3; page += 1) expect(pages[page]!.length).toBe(2);
    expect(alone[1]!.length).toBeGreaterThan(30);
    expect(pages[4]!).toEqual(alone[4]!);
    for (let page = 1; page <= 4; page += 1) expect(pages[page]!.join('\n')).toBe(alone[page]!.join('\n'));
  });
});

// The register's long tables (every movement of a period, the ordonnancier's three
// classifications, a product's lines) are drawn here rather than by jspdf-autotable.
// autotable is made for any table: each cell gets its styles merged and applied, its
// text measured twice through jsPDF, and every row is kept until the table is done. On a
// busy month that was two thirds of the editions' drawing, for thousands of rows that
// all look the same. This drawer knows only what those tables need (fixed columns, a
// grey head repeated on every page, a foot under the last row, cells spanning columns,
// bold and grey rows, text set right), measures characters once per table, changes the
// font only when it differs, and handles one row at a time. Its page is the one autotable
// drew: same padding, line heights, rules and fills (decision 0072).
import type { jsPDF } from 'jspdf';
import { PlainTextWriter } from './plain-text';

export type CellAlign = 'left' | 'center' | 'right';

/** A cell that is more than its text: spanning columns, bold, on a grey fill, or set apart. */
export interface LongCell {
  content: string;
  colSpan?: number;
  bold?: boolean;
  /** Grey level of the background, 0 (black) to 255 (white); none when absent. */
  fill?: number;
  align?: CellAlign;
}

export type LongRow = readonly (string | LongCell)[];

export interface LongTableSpec {
  /** In millimetres, left to right; the table is as wide as their sum. */
  columnWidths: readonly number[];
  /** The head's titles, repeated at the top of every page the table runs on. */
  head: readonly string[];
  /** The rows, read once, in order: a generator keeps only the row being drawn. */
  body: Iterable<LongRow>;
  /** A row under the last one, on the same page. */
  foot?: LongRow;
  /** Columns set to the right (quantities). */
  rightAligned?: readonly number[];
}

/** The house style the table is drawn in: the same as the editions' other tables. */
export interface LongTableStyle {
  font: string;
  fontSize: number;
  headFontSize: number;
  padding: number;
  lineWidth: number;
  borderWidth: number;
  rule: number;
  headFill: number;
  /** French typography applied to every text. */
  typeset(text: string): string;
}

/** Where the table flows on the page, and how it gets another one. */
export interface PageFlow {
  left: number;
  top: number;
  bottom: number;
  /** Adds a page; the table starts again at `top`. */
  newPage(): void;
}

/** jsPDF's and autotable's line height: 1.15 times the font size. */
const LINE_HEIGHT_FACTOR = 1.15;
/** Points per millimetre. */
const POINTS_PER_MM = 72 / 25.4;

interface PreparedCell {
  x: number;
  width: number;
  lines: string[];
  bold: boolean;
  fill: number | null;
  align: CellAlign;
  fontSize: number;
  middle: boolean;
}

interface PreparedRow {
  cells: PreparedCell[];
  height: number;
}

interface FontMetrics {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
}

/** jsPDF takes a single grey level (its "g" operator, as autotable writes it), though its types only name RGB. */
function setGreyFill(doc: jsPDF, level: number): void {
  (doc.setFillColor as unknown as (grey: number) => jsPDF).call(doc, level);
}

/** Draws the table from `y` on, page after page; returns where the content goes on after it. */
export function drawLongTable(doc: jsPDF, flow: PageFlow, y: number, spec: LongTableSpec, style: LongTableStyle): number {
  return new LongTable(doc, flow, spec, style).draw(y);
}

class LongTable {
  private readonly width: number;
  private readonly unitWidths = { normal: new Map<number, number>(), bold: new Map<number, number>() };
  private readonly metrics: { normal: FontMetrics; bold: FontMetrics };
  private font: { bold: boolean; size: number } | null = null;
  private readonly writer: PlainTextWriter;

  constructor(
    private readonly doc: jsPDF,
    private readonly flow: PageFlow,
    private readonly spec: LongTableSpec,
    private readonly style: LongTableStyle,
  ) {
    this.width = spec.columnWidths.reduce((sum, width) => sum + width, 0);
    const internal = doc.internal as unknown as { getFont(name: string, style: string): { metadata: FontMetrics } };
    this.metrics = { normal: internal.getFont(style.font, 'normal').metadata, bold: internal.getFont(style.font, 'bold').metadata };
    this.writer = new PlainTextWriter(doc, 0);
  }

  draw(startY: number): number {
    const head = this.prepare(
      this.spec.head.map((title) => ({ content: title, bold: true, fill: this.style.headFill, align: 'center' as const })),
      'head',
    );
    const foot = this.spec.foot ? this.prepare(this.spec.foot, 'foot') : null;
    const rows = this.spec.body[Symbol.iterator]();
    let next = rows.next();
    let row = next.done ? null : this.prepare(next.value, 'body');

    let y = startY;
    // A head alone at the foot of a page says nothing: it goes over with its first row.
    const firstHeight = head.height + (row?.height ?? 0) + (foot?.height ?? 0);
    if (y + firstHeight > this.flow.bottom && y > this.flow.top) {
      this.nextPage();
      y = this.flow.top;
    }
    let partTop = y;
    y = this.drawRow(head, y);

    while (row !== null) {
      next = rows.next();
      const following = next.done ? null : this.prepare(next.value, 'body');
      const reserved = following === null && foot ? foot.height : 0;
      let pending: PreparedRow | null = row;
      while (pending !== null) {
        if (y + pending.height + reserved <= this.flow.bottom) {
          y = this.drawRow(pending, y);
          pending = null;
          continue;
        }
        // A row taller than a whole page is cut between two lines; any other goes over whole.
        const room = this.flow.bottom - y - reserved;
        const emptyPage = this.flow.bottom - this.flow.top - head.height - reserved;
        if (pending.height > emptyPage && this.linesThatFit(room) > 0) {
          const [part, rest] = this.split(pending, room);
          y = this.drawRow(part, y);
          pending = rest;
        }
        this.border(partTop, y);
        this.nextPage();
        partTop = this.flow.top;
        y = this.drawRow(head, partTop);
      }
      row = following;
    }
    if (foot) y = this.drawRow(foot, y);
    this.border(partTop, y);
    return y;
  }

  /** A new page starts with PDF's default state: the font is set again for the next text. */
  private nextPage(): void {
    this.flow.newPage();
    this.font = null;
  }

  /** Cells placed in their columns, their text typeset and wrapped to the column. */
  private prepare(row: LongRow, section: 'head' | 'body' | 'foot'): PreparedRow {
    const { style, spec } = this;
    const cells: PreparedCell[] = [];
    let column = 0;
    let x = this.flow.left;
    let height = 0;
    for (const raw of row) {
      const cell: LongCell = typeof raw === 'string' ? { content: raw } : raw;
      const span = Math.max(1, cell.colSpan ?? 1);
      const width = spec.columnWidths.slice(column, column + span).reduce((sum, each) => sum + each, 0);
      const bold = cell.bold ?? section !== 'body';
      const fontSize = section === 'head' ? style.headFontSize : style.fontSize;
      const align = cell.align ?? (section === 'body' && spec.rightAligned?.includes(column) ? 'right' : 'left');
      const fill = cell.fill ?? (section === 'body' ? null : style.headFill);
      // autotable's allowance, kept so that a line breaks where it did: one point more.
      const room = width - 2 * style.padding + 1 / POINTS_PER_MM;
      const lines = this.wrap(style.typeset(cell.content), room, bold, fontSize);
      cells.push({ x, width, lines, bold, fill, align, fontSize, middle: section === 'head' });
      height = Math.max(height, this.cellHeight(lines.length, fontSize));
      column += span;
      x += width;
    }
    return { cells, height };
  }

  private cellHeight(lineCount: number, fontSize: number): number {
    return lineCount * this.lineHeight(fontSize) + 2 * this.style.padding;
  }

  private lineHeight(fontSize: number): number {
    return (fontSize / POINTS_PER_MM) * LINE_HEIGHT_FACTOR;
  }

  /** How many body lines a cell holds in `room` millimetres. */
  private linesThatFit(room: number): number {
    return Math.max(0, Math.floor((room - 2 * this.style.padding) / this.lineHeight(this.style.fontSize)));
  }

  /** The lines of each cell that fit in `room`, and the row of what is left. */
  private split(row: PreparedRow, room: number): [PreparedRow, PreparedRow] {
    const count = this.linesThatFit(room);
    const part = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, count) }));
    const rest = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(count) }));
    const height = (cells: PreparedCell[]) => Math.max(...cells.map((cell) => this.cellHeight(Math.max(1, cell.lines.length), cell.fontSize)));
    return [
      { cells: part, height: height(part) },
      { cells: rest, height: height(rest) },
    ];
  }

  /** Width of a text in millimetres, from each character's advance, measured once. */
  private textWidth(text: string, bold: boolean, fontSize: number): number {
    const widths = bold ? this.unitWidths.bold : this.unitWidths.normal;
    const metrics = bold ? this.metrics.bold : this.metrics.normal;
    let units = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      let width = widths.get(code);
      if (width === undefined) {
        width = metrics.widthOfGlyph(metrics.characterToGlyph(code)) / 1000;
        widths.set(code, width);
      }
      units += width;
    }
    return (units * fontSize) / POINTS_PER_MM;
  }

  /** Lines of at most `room` millimetres, broken at spaces, a word longer than the line cut between letters. */
  private wrap(text: string, room: number, bold: boolean, fontSize: number): string[] {
    const lines: string[] = [];
    const space = this.textWidth(' ', bold, fontSize);
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      let line: string | null = null;
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        const wordWidth = this.textWidth(word, bold, fontSize);
        if (line !== null && lineWidth + space + wordWidth <= room) {
          line = `${line} ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== null) lines.push(line);
        line = '';
        lineWidth = 0;
        for (const letter of word) {
          const letterWidth = this.textWidth(letter, bold, fontSize);
          if (line !== '' && lineWidth + letterWidth > room) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += letter;
          lineWidth += letterWidth;
        }
      }
      lines.push(line ?? '');
    }
    return lines;
  }

  private drawRow(row: PreparedRow, y: number): number {
    const { doc, style } = this;
    doc.setLineWidth(style.lineWidth);
    doc.setDrawColor(style.rule);
    for (const cell of row.cells) {
      if (cell.fill === null) doc.rect(cell.x, y, cell.width, row.height, 'S');
      else {
        // Set each time: in PDF the text's colour is the fill colour, which each text changes.
        setGreyFill(doc, cell.fill);
        doc.rect(cell.x, y, cell.width, row.height, 'DF');
      }
    }
    for (const cell of row.cells) this.drawText(cell, y, row.height);
    return y + row.height;
  }

  private drawText(cell: PreparedCell, rowY: number, rowHeight: number): void {
    const lines = cell.lines;
    if (lines.every((line) => line === '')) return;
    const { doc, style } = this;
    const writer = this.writer;
    if (this.font?.bold !== cell.bold || this.font.size !== cell.fontSize) {
      doc.setFont(style.font, cell.bold ? 'bold' : 'normal');
      doc.setFontSize(cell.fontSize);
      writer.fontChanged();
      this.font = { bold: cell.bold, size: cell.fontSize };
    }
    const fontHeight = cell.fontSize / POINTS_PER_MM;
    const lineHeight = this.lineHeight(cell.fontSize);
    // From the top of the text to the first baseline, as autotable sets it.
    let baseline = (cell.middle ? rowY + rowHeight / 2 - (lines.length / 2) * lineHeight : rowY + style.padding) + fontHeight * (2 - LINE_HEIGHT_FACTOR);
    if (cell.align === 'left') {
      writer.text(lines, cell.x + style.padding, baseline);
      return;
    }
    for (const line of lines) {
      const width = this.textWidth(line, cell.bold, cell.fontSize);
      const x = cell.align === 'right' ? cell.x + cell.width - style.padding - width : cell.x + (cell.width - width) / 2;
      if (line !== '') writer.text([line], x, baseline);
      baseline += lineHeight;
    }
  }

  /** The table's frame on this page, a little thicker than its rules. */
  private border(top: number, bottom: number): void {
    const { doc, style } = this;
    doc.setLineWidth(style.borderWidth);
    doc.setDrawColor(style.rule);
    doc.rect(this.flow.left, top, this.width, bottom - top, 'S');
  }
}

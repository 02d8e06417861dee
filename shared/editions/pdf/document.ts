// The frame every printed page shares (R. 5132-36 c, architecture §6): establishment
// name and address, title and period at the top; chain head at edition time, edition
// date and "page X / Y" at the bottom. Black on white, so that a photocopy stays legible.
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type Styles, type UserOptions } from 'jspdf-autotable';
import { frenchTypography } from '../../french';
import type { Establishment } from '../../register/events';
import type { ChainHead } from '../../register/chain-head';
import { formatEditionInstant, formatHead } from '../wording';
import { embedFonts, FONT, type EditionFonts } from './fonts';
import { skipArabicShapingOfPlainText } from './arabic-shaping';
import { encodeGlyphsOnce } from './glyph-encoding';
// Installs the cheaper compression of streams, same bytes (flate-streams.ts).
import './flate-streams';
import { joinFinishedPages } from './finished-pages';
import { carryRepertoire } from './font-subsets';
import { drawLongTable, type LongTableSpec, type LongTableStyle } from './long-table';
import { keyFingerprint } from '../../signature/fingerprint';

/** What every edition needs besides its data: who prints, the chain's head and when. */
export interface EditionContext {
  /** The establishment as it stands at edition time. */
  establishment: Establishment;
  /** The last event of the register when the edition is made. */
  head: ChainHead;
  editedAt: Date;
  fonts: EditionFonts;
  /**
   * The register's signing key at edition time (shared/signature/): printed with its
   * fingerprint at the foot of every page, so that a journal's key can be compared with
   * the paper; undefined for a register that has none yet, null while it waits for the
   * new holder's.
   */
  signingKey?: string | null;
}

export interface EditionFrame {
  title: string;
  /** "du 01/03/2026 au 31/03/2026", "mars 2026"… */
  period: string;
}

export type Orientation = 'portrait' | 'landscape';

const MARGIN = 10;
const HEADER_BOTTOM = 23;
const FOOTER_TOP_FROM_BOTTOM = 13;
const BLACK = 0;
const RULE = 90;
const HEAD_FILL = 228;

export const TEXT_SIZE = 7.5;
const MIN_HEADER_SIZE = 6;
const CELL_PADDING = 1.1;
const CELL_RULE_WIDTH = 0.15;
const TABLE_BORDER_WIDTH = 0.2;

/**
 * Makes ready, in this thread, what the first edition in these fonts would otherwise pay
 * for: both files parsed, and their usual subset (the repertoire) made and compressed,
 * all kept for the documents that follow (fonts.ts, font-subsets.ts, flate-streams.ts).
 * A drawing thread started before its documents are known does it while the journal is
 * still being read. The document made for it is let go.
 */
export function prepareEditionFonts(fonts: EditionFonts): void {
  // Every font put, used or not: the two embedded ones are subset and compressed.
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: false });
  embedFonts(doc, fonts);
  carryRepertoire(doc, FONT);
  doc.output('arraybuffer');
}

/** A document being built: tables and headings flow down the pages; `finish` stamps the frame. */
export class EditionDocument {
  readonly doc: jsPDF;
  private y: number;
  /** A line under the title on some pages (the product, or the section of the ordonnancier). */
  private readonly subtitles = new Map<number, string>();
  private subtitle: string | null = null;

  constructor(
    private readonly context: EditionContext,
    private readonly frame: EditionFrame,
    orientation: Orientation,
  ) {
    this.doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    skipArabicShapingOfPlainText(this.doc);
    encodeGlyphsOnce(this.doc);
    joinFinishedPages(this.doc);
    embedFonts(this.doc, context.fonts);
    this.doc.setFont(FONT, 'normal');
    this.doc.setTextColor(BLACK);
    this.doc.setDrawColor(RULE);
    this.y = this.contentTop;
  }

  get width(): number {
    return this.doc.internal.pageSize.getWidth();
  }

  get height(): number {
    return this.doc.internal.pageSize.getHeight();
  }

  get contentWidth(): number {
    return this.width - 2 * MARGIN;
  }

  private get contentTop(): number {
    return HEADER_BOTTOM + 4;
  }

  private get contentBottom(): number {
    return this.height - FOOTER_TOP_FROM_BOTTOM - 3;
  }

  /** From here on, each new page carries this line under its title. */
  setSubtitle(text: string | null): void {
    this.subtitle = text;
    this.markPage();
  }

  private markPage(): void {
    const page = this.doc.getCurrentPageInfo().pageNumber;
    if (this.subtitle === null) this.subtitles.delete(page);
    else this.subtitles.set(page, this.subtitle);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.contentTop;
    this.markPage();
  }

  /** Room left on the page, or a new page. */
  private ensureRoom(height: number): void {
    if (this.y + height > this.contentBottom) this.newPage();
  }

  heading(text: string, size = 10): void {
    this.ensureRoom(size * 0.6 + 12);
    this.doc.setFont(FONT, 'bold');
    this.doc.setFontSize(size);
    this.doc.text(frenchTypography(text), MARGIN, this.y + size * 0.35);
    this.y += size * 0.35 + 3;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean } = {}): void {
    const size = options.size ?? 8.5;
    this.doc.setFont(FONT, options.bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    const lines: string[] = this.doc.splitTextToSize(frenchTypography(text), this.contentWidth);
    const lineHeight = size * 0.42;
    for (const line of lines) {
      this.ensureRoom(lineHeight);
      this.doc.text(line, MARGIN, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
    this.y += 1.5;
  }

  space(height: number): void {
    this.y += height;
  }

  /** A table in the house style: grid, black text, grey header repeated on every page. */
  table(options: UserOptions & { columnWidths: number[] }): void {
    const { columnWidths, ...rest } = options;
    const columnStyles: Record<number, Partial<Styles>> = {};
    columnWidths.forEach((cellWidth, index) => {
      columnStyles[index] = { cellWidth, ...(options.columnStyles?.[index] ?? {}) };
    });
    autoTable(this.doc, {
      theme: 'grid',
      startY: this.y,
      margin: { top: this.contentTop, bottom: this.height - this.contentBottom, left: MARGIN, right: MARGIN },
      showHead: 'everyPage',
      showFoot: 'lastPage',
      rowPageBreak: 'avoid',
      tableLineColor: RULE,
      tableLineWidth: TABLE_BORDER_WIDTH,
      ...rest,
      styles: {
        font: FONT,
        fontSize: TEXT_SIZE,
        textColor: BLACK,
        lineColor: RULE,
        lineWidth: CELL_RULE_WIDTH,
        cellPadding: CELL_PADDING,
        overflow: 'linebreak',
        valign: 'top',
        ...rest.styles,
      },
      headStyles: {
        fillColor: HEAD_FILL,
        textColor: BLACK,
        fontStyle: 'bold',
        valign: 'middle',
        halign: 'center',
        fontSize: TEXT_SIZE - 0.5,
        ...rest.headStyles,
      },
      footStyles: { fillColor: HEAD_FILL, textColor: BLACK, fontStyle: 'bold', ...rest.footStyles },
      bodyStyles: { fillColor: false, ...rest.bodyStyles },
      columnStyles,
      body: typeset(rest.body ?? []),
      head: typeset(rest.head ?? []),
      foot: typeset(rest.foot ?? []),
      didDrawPage: (data) => {
        this.markPage();
        if (data.cursor) this.y = data.cursor.y;
      },
    });
    // autotable keeps the table it drew, every row and cell of it, for a next table
    // without startY; each of ours gives one: let it go (the ordonnancier's three tables
    // of a month held tens of megabytes to the end). Its own empty value, as before any table.
    (this.doc as unknown as { lastAutoTable: unknown }).lastAutoTable = false;
    this.y += 4;
  }

  /** A table of many rows (a period's movements, the ordonnancier) in the same style, drawn lean: long-table.ts. */
  longTable(spec: LongTableSpec): void {
    const flow = { left: MARGIN, top: this.contentTop, bottom: this.contentBottom, newPage: () => this.newPage() };
    this.y = drawLongTable(this.doc, flow, this.y, spec, LONG_TABLE_STYLE) + 4;
  }

  /** Stamps the frame on every page, now that their number is known, and returns the PDF. */
  finish(): Uint8Array {
    const total = this.doc.getNumberOfPages();
    for (let page = 1; page <= total; page += 1) {
      this.doc.setPage(page);
      this.drawHeader(this.subtitles.get(page) ?? null);
      this.drawFooter(page, total);
    }
    const { establishment, head, editedAt } = this.context;
    this.doc.setProperties({ title: this.frame.title, subject: this.frame.period, author: establishment.name, creator: 'Registre des stupéfiants' });
    this.doc.setLanguage('fr-FR');
    // Same register, same head, same instant: the same bytes, so an edition's hash can be noted.
    this.doc.setCreationDate(editedAt);
    this.doc.setFileId(head.hash.slice(0, 32).padEnd(32, '0').toUpperCase());
    carryRepertoire(this.doc, FONT);
    return new Uint8Array(this.doc.output('arraybuffer'));
  }

  private drawHeader(subtitle: string | null): void {
    const { doc, width } = this;
    const { establishment } = this.context;
    const left = { x: MARGIN, width: this.contentWidth * 0.5 };
    const right = { x: width - MARGIN, width: this.contentWidth * 0.48, align: 'right' as const };
    this.fitted(establishment.name, 11, { ...left, size: 10, bold: true });
    this.fitted(establishment.address.replace(/\s*\n\s*/g, ', '), 15, { ...left, size: 8, maxLines: 2 });
    this.fitted(frenchTypography(this.frame.title), 11, { ...right, size: 11.5, bold: true });
    this.fitted(frenchTypography(`Période : ${this.frame.period}`), 15, { ...right, size: 8.5 });
    if (subtitle) this.fitted(frenchTypography(subtitle), 19, { ...right, size: 8.5, bold: true });
    doc.setLineWidth(0.3);
    doc.setDrawColor(BLACK);
    doc.line(MARGIN, HEADER_BOTTOM, width - MARGIN, HEADER_BOTTOM);
    doc.setDrawColor(RULE);
  }

  /** Writes text in at most `maxLines` lines of its box, smaller type rather than lost words. */
  private fitted(text: string, y: number, box: { x: number; width: number; size: number; bold?: boolean; maxLines?: number; align?: 'right' }): void {
    const { doc } = this;
    const maxLines = box.maxLines ?? 1;
    doc.setFont(FONT, box.bold ? 'bold' : 'normal');
    let size = box.size;
    let lines: string[];
    for (;;) {
      doc.setFontSize(size);
      lines = doc.splitTextToSize(text, box.width);
      if (lines.length <= maxLines || size <= MIN_HEADER_SIZE) break;
      size -= 0.5;
    }
    lines.forEach((line, index) => doc.text(line, box.x, y + index * size * 0.42, box.align ? { align: box.align } : {}));
  }

  private drawFooter(page: number, total: number): void {
    const { doc, width, height } = this;
    const { head, editedAt } = this.context;
    const top = height - FOOTER_TOP_FROM_BOTTOM;
    doc.setLineWidth(0.2);
    doc.setDrawColor(BLACK);
    doc.line(MARGIN, top, width - MARGIN, top);
    doc.setDrawColor(RULE);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(7.5);
    const baseline = top + 4;
    doc.text(frenchTypography(`Tête de chaîne à l’édition : ${formatHead(head)}`), MARGIN, baseline);
    doc.text(`Édité le ${formatEditionInstant(editedAt)}`, width / 2 + 20, baseline, { align: 'center' });
    doc.setFont(FONT, 'bold');
    doc.text(`Page ${page} / ${total}`, width - MARGIN, baseline, { align: 'right' });
    doc.setFont(FONT, 'normal');
    doc.setFontSize(6.5);
    doc.text(frenchTypography(signingKeyLine(this.context.signingKey)), MARGIN, baseline + 3.5);
  }
}

/** The foot's second line: the register's public key and its short fingerprint, or why there is none. */
export function signingKeyLine(key: string | null | undefined): string {
  if (key === undefined) return 'Clé de signature : le registre n’en a pas encore (elle est enregistrée à sa prochaine clôture).';
  if (key === null) return 'Clé de signature : celle du nouveau titulaire sera enregistrée à sa première clôture.';
  return `Clé de signature du registre : empreinte ${keyFingerprint(key)} — clé publique Ed25519 ${key}`;
}

/** French typography, and "n° 12" never split across two lines. */
function typesetText(text: string): string {
  return frenchTypography(text).replace(/\b(n°|N°) (?=\d)/g, '$1\u00a0');
}

const LONG_TABLE_STYLE: LongTableStyle = {
  font: FONT,
  fontSize: TEXT_SIZE,
  headFontSize: TEXT_SIZE - 0.5,
  padding: CELL_PADDING,
  lineWidth: CELL_RULE_WIDTH,
  borderWidth: TABLE_BORDER_WIDTH,
  rule: RULE,
  headFill: HEAD_FILL,
  typeset: typesetText,
};

/** French typography in every text cell, nested cell definitions included. */
function typeset(rows: RowInput[]): RowInput[] {
  return rows.map((row) => {
    if (!Array.isArray(row)) return row;
    return row.map((cell) => {
      if (typeof cell === 'string') return typesetText(cell);
      if (cell && typeof cell === 'object' && !Array.isArray(cell) && typeof cell.content === 'string') {
        return { ...cell, content: typesetText(cell.content) };
      }
      return cell;
    });
  });
}

// jsPDF writes each text drawn in an embedded font (Identity-H) as glyph numbers in
// hexadecimal (its utf8 module's "postProcessText" handler). For every character it
// checks the font's cmap and builds the kept text by concatenation, then looks the glyph
// up again, adds it to a list that grows by one entry per character drawn, and searches
// the widths written so far (`indexOf`) for it: on a month's ordonnancier, millions of
// times. The handler put in its place gives the same hexadecimal text and records the same
// glyphs, Unicode values and widths, remembering which glyphs it has seen; any other font
// or form of text goes to jsPDF's own handler. The PDF's bytes are the same either way:
// an edition's hash must not depend on this.
import { jsPDF } from 'jspdf';

interface FontMetadata {
  cmap?: { unicode?: { codeMap: Record<number, number | undefined> } };
  Unicode?: { widths: unknown[] };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  widthOfGlyph(glyph: number): number;
}

interface TextPayload {
  text: unknown;
  mutex?: { activeFontKey: string; fonts: Record<string, { encoding: string; metadata: FontMetadata }>; isHex?: boolean };
}

type Handler = (this: unknown, payload: TextPayload) => void;
type Line = string | [string, ...unknown[]];

/** What is known of a font in one document: glyphs recorded, widths written, hexadecimal forms. */
interface Seen {
  glyphs: Set<number>;
  widths: Set<number>;
  hex: Map<number, string>;
}

const seenByFont = new WeakMap<FontMetadata, Seen>();

function seenOf(metadata: FontMetadata): Seen {
  let seen = seenByFont.get(metadata);
  if (seen === undefined) {
    seen = { glyphs: new Set(), widths: new Set(), hex: new Map() };
    seenByFont.set(metadata, seen);
  }
  return seen;
}

/** Records a glyph drawn as jsPDF's `pdfEscape16` does: used, its character, and its width once. */
function record(metadata: FontMetadata, seen: Seen, glyph: number, code: number): void {
  if (!seen.glyphs.has(glyph)) {
    seen.glyphs.add(glyph);
    metadata.glyIdsUsed.push(glyph);
  }
  metadata.toUnicode[glyph] = code;
  const widths = metadata.Unicode!.widths;
  // The list holds a glyph and its width, pair after pair; written elsewhere too, it is read again.
  if (widths.length !== 2 * seen.widths.size) {
    seen.widths = new Set(widths.filter((_, index) => index % 2 === 0) as number[]);
  }
  if (!seen.widths.has(glyph)) {
    seen.widths.add(glyph);
    widths.push(glyph, [parseInt(String(metadata.widthOfGlyph(glyph)), 10)]);
  }
}

/** jsPDF's hexadecimal for a text: characters the font lacks dropped (kept below 256), ending at a missing glyph. */
function hexOf(text: string, metadata: FontMetadata): string {
  const codeMap = metadata.cmap!.unicode!.codeMap;
  const keepsLatin1 = Object.prototype.hasOwnProperty.call(metadata, 'Unicode');
  const seen = seenOf(metadata);
  let hex = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const glyph = codeMap[code] || 0;
    if (glyph === 0 && !(code < 256 && keepsLatin1)) continue;
    record(metadata, seen, glyph, code);
    if (glyph === 0) return hex;
    let form = seen.hex.get(glyph);
    if (form === undefined) {
      form = glyph.toString(16).padStart(4, '0');
      seen.hex.set(glyph, form);
    }
    hex += form;
  }
  return hex;
}

interface EncodedFont {
  encoding: string;
  metadata: FontMetadata;
}

/** The font's metadata when its text is ours to encode: an embedded font with its own cmap. */
function ownMetadata(key: string, font: EncodedFont | undefined): FontMetadata | null {
  // jsPDF's first thirteen fonts are its standard ones, escaped another way.
  if (!font || font.encoding !== 'Identity-H' || parseInt(key.slice(1), 10) < 14) return null;
  const metadata = font.metadata;
  if (!Object.prototype.hasOwnProperty.call(metadata, 'cmap') || !metadata.cmap?.unicode || !metadata.Unicode) return null;
  return metadata;
}

/** The text is ours to encode: an embedded font with its own cmap, and strings or [string, x, y] lines. */
function handled(payload: TextPayload): FontMetadata | null {
  const mutex = payload.mutex;
  if (!mutex) return null;
  const metadata = ownMetadata(mutex.activeFontKey, mutex.fonts[mutex.activeFontKey]);
  if (metadata === null) return null;
  const { text } = payload;
  if (typeof text === 'string') return metadata;
  if (!Array.isArray(text)) return null;
  const lines = text as unknown[];
  return lines.every((line) => typeof line === 'string' || (Array.isArray(line) && typeof line[0] === 'string')) ? metadata : null;
}

/**
 * The encoder of a font whose text is ours to encode (`key` as jsPDF names it): a line's
 * hexadecimal, its glyphs recorded, as the handler gives them. Null for any other font.
 */
export function glyphEncoder(key: string, font: EncodedFont | undefined): ((line: string) => string) | null {
  const metadata = ownMetadata(key, font);
  return metadata === null ? null : (line) => hexOf(line, metadata);
}

function encodeOnce(original: Handler): Handler {
  return function (this: unknown, payload: TextPayload): void {
    const metadata = handled(payload);
    if (metadata === null) return original.call(this, payload);
    const text = (payload.text || '') as string | Line[];
    if (typeof text === 'string') payload.text = hexOf(text, metadata);
    // As jsPDF: a line with its own position keeps it; a line wrapped alone (by the bidi handler before) is unwrapped.
    else
      payload.text = text.map((line) =>
        typeof line === 'string' ? hexOf(line, metadata) : line.length === 3 ? [hexOf(line[0], metadata), line[1], line[2]] : hexOf(line[0], metadata),
      );
    if (typeof text === 'string' || text.length > 0) payload.mutex!.isHex = true;
  };
}

/** jsPDF's utf8 handler: the first "postProcessText" handler its plugins register. */
const utf8Handler = ((jsPDF.API as unknown as { events: [string, Handler][] }).events.find(([topic]) => topic === 'postProcessText') ?? [])[1];
const replacement = utf8Handler ? encodeOnce(utf8Handler) : undefined;

/** Replaces, in this document, jsPDF's encoding of embedded-font text by one that remembers the glyphs it has seen. */
export function encodeGlyphsOnce(doc: jsPDF): void {
  if (!utf8Handler || !replacement) return;
  const handlers = doc.internal.events.getTopics()['postProcessText'] ?? {};
  for (const handler of Object.values(handlers)) {
    // Replaced in place, so that the handlers still run in jsPDF's order (the bidi one after it).
    if (handler[0] === utf8Handler) handler[0] = replacement;
  }
}

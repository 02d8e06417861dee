// jsPDF's Arabic plugin hands every text drawn to its shaper (a "preProcessText" handler
// that rebuilds the string letter by letter), though the editions are French: on a month
// of a busy register, tens of thousands of cells. For a text holding no Arabic letter the
// shaper gives back the same characters, only rewrapping the entries of a list of lines;
// the handler put in its place does just that, and hands any text that does hold Arabic
// (or the "\s+" the shaper splits on, as written) to jsPDF's own shaper. The PDF's bytes
// are the same either way: an edition's hash must not depend on this.
import { jsPDF } from 'jspdf';

/** The letters jsPDF's shaper rewrites (its `isArabicLetter` and ligature tables). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]|\\s\+/;

type Line = string | [string, ...unknown[]];

/** The text holds what jsPDF's shaper changes: an Arabic letter, or "\s+" as written. */
export function holdsArabic(text: string): boolean {
  return ARABIC.test(text);
}

function plain(text: unknown): boolean {
  if (typeof text === 'string') return !holdsArabic(text);
  if (!Array.isArray(text)) return false;
  return text.every((line: unknown) =>
    Array.isArray(line) ? typeof line[0] === 'string' && !holdsArabic(line[0]) : typeof line === 'string' && !holdsArabic(line),
  );
}

/** What jsPDF's shaper returns for a text without Arabic: strings as they are, each line of a list in its own array. */
function unshaped(text: string | Line[]): string | unknown[][] {
  if (typeof text === 'string') return text;
  return text.map((line) => (Array.isArray(line) ? [line[0], line[1], line[2]] : [line]));
}

type Shaper = (this: unknown, text: unknown) => unknown;

const api = jsPDF.API as unknown as { processArabic: Shaper & { plainTextSkipped?: Shaper } };
/** jsPDF's own shaper, the one its "preProcessText" handler calls. */
const shaper: Shaper = api.processArabic.plainTextSkipped ?? api.processArabic;

/** jsPDF's shaper, called only for a text that holds Arabic; the same result otherwise. */
const shapeArabicOnly = Object.assign(
  function (this: unknown, argument: unknown): unknown {
    const payload = argument as { text: unknown };
    const text = typeof argument === 'string' ? argument : (payload?.text ?? null);
    if (!plain(text)) return shaper.call(this, argument);
    const result = unshaped(text as string | Line[]);
    if (typeof argument === 'string') return result;
    payload.text = result;
    return payload;
  },
  { plainTextSkipped: shaper },
);

// jsPDF also measures every width through `jsPDF.API.processArabic` (getStringUnitWidth),
// the table cells' included: the shared entry point skips plain text too.
api.processArabic = shapeArabicOnly;

/** Replaces, in this document, jsPDF's Arabic shaping handler by one that skips texts without Arabic. */
export function skipArabicShapingOfPlainText(doc: jsPDF): void {
  const handlers = doc.internal.events.getTopics()['preProcessText'] ?? {};
  for (const handler of Object.values(handlers)) {
    // Replaced in place, so that the handlers still run in jsPDF's order.
    if (handler[0] === shaper) handler[0] = shapeArabicOnly;
  }
}

// jsPDF's Arabic plugin hands every text drawn to its shaper (a "preProcessText" handler
// that rebuilds the string letter by letter), though the editions are French: on a month
// of a busy register, tens of thousands of cells. For a text holding no Arabic letter the
// shaper gives back the same characters, only rewrapping the entries of a list of lines;
// the handler put in its place does just that, and hands any text that does hold Arabic
// (or the "\s+" the shaper splits on, as written) to jsPDF's own shaper. The PDF's bytes
// are the same either way: an edition's hash must not depend on this.
import type { jsPDF } from 'jspdf';

/** The letters jsPDF's shaper rewrites (its `isArabicLetter` and ligature tables). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]|\\s\+/;

type Line = string | [string, ...unknown[]];

function plain(text: unknown): boolean {
  if (typeof text === 'string') return !ARABIC.test(text);
  if (!Array.isArray(text)) return false;
  return text.every((line: unknown) =>
    Array.isArray(line) ? typeof line[0] === 'string' && !ARABIC.test(line[0]) : typeof line === 'string' && !ARABIC.test(line),
  );
}

/** What jsPDF's shaper returns for a text without Arabic: strings as they are, each line of a list in its own array. */
function unshaped(text: string | Line[]): string | unknown[][] {
  if (typeof text === 'string') return text;
  return text.map((line) => (Array.isArray(line) ? [line[0], line[1], line[2]] : [line]));
}

/** Replaces, in this document only, jsPDF's Arabic shaper by one that skips texts without Arabic. */
export function skipArabicShapingOfPlainText(doc: jsPDF): void {
  const shaper = doc.processArabic as unknown as (payload: { text: unknown }) => unknown;
  const handlers = doc.internal.events.getTopics()['preProcessText'] ?? {};
  for (const handler of Object.values(handlers)) {
    if (handler[0] !== shaper) continue;
    // Replaced in place, so that the handlers still run in jsPDF's order.
    handler[0] = function (this: unknown, payload: { text: unknown }) {
      if (!plain(payload.text)) return shaper.call(this, payload);
      payload.text = unshaped(payload.text as string | Line[]);
      return payload;
    };
  }
}

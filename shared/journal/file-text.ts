// How a journal file's text is cut into lines, for every reader of the file: a text
// editor's byte order mark at its start is not part of any event, and lines end as
// Node's readline ends them (crlfDelay: Infinity), at "\n", at "\r\n", and at a "\r"
// followed by anything else, so that a damaged journal is named at the same line by the
// app, the command line and the verifier page. A reader cuts the file in runs that end
// just after a line break (or at the end of the file); a "\r" that ends one run may be
// followed by the "\n" that opens the next, which belongs to it.

/** The last "\n" or "\r" of a text, or -1. */
export function lastLineBreak(text: string): number {
  let last = text.lastIndexOf('\n');
  // A "\r" after it is looked for forward, over the unfinished line only: most journals
  // hold none, and a search backward for one would read the whole text.
  for (let at = text.indexOf('\r', last + 1); at !== -1; at = text.indexOf('\r', at + 1)) last = at;
  return last;
}

/**
 * The lines of a run, without their line breaks. `afterReturn`: the run before this one
 * ended with "\r". The run ends with a line break (or is the file's last line, without
 * one): nothing follows it.
 */
export function linesOfRun(run: string, afterReturn: boolean): string[] {
  const text = afterReturn && run.startsWith('\n') ? run.slice(1) : run;
  // Most journals hold no "\r" at all: one plain split.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** How a file may open: a text editor's mark, as characters, or as the bytes of one. */
const BYTE_ORDER_MARK = { text: '\ufeff', bytes: '\xef\xbb\xbf' };

/** The first line of a file without the byte order mark an editor may have put before it. `bytes`: the line is a byte string. */
export function withoutByteOrderMark(firstLine: string, bytes: boolean): string {
  const mark = bytes ? BYTE_ORDER_MARK.bytes : BYTE_ORDER_MARK.text;
  return firstLine.startsWith(mark) ? firstLine.slice(mark.length) : firstLine;
}

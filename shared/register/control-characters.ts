// Invisible characters have no place in a register that is printed and kept for years:
// a control character cuts the printed line (the PDF drops what follows it) and a
// bidirectional override makes the printed text say something else than the record.
// Whitespace controls are harmless and normalised; every other one is refused, never
// silently removed, because the person must see that the value was not what they meant.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';

/** FNC1, sent as GS by keyboard-wedge scanners between the fields of a GS1 DataMatrix. */
const GROUP_SEPARATOR = '\u001d';

/** C0 except tab and line ends, DEL, C1, and the bidirectional embeddings and isolates. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Every character this may change or refuse: C0 (tabulation, line ends and GS included), DEL, C1, bidirectional controls. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** "U+001D": how a character nobody can see is named. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * CR and CR LF become LF (a multi-line address keeps its lines), a tabulation becomes a
 * space; GS and every other control character refuse the field.
 */
export function withoutControlCharacters(text: string, field: string, label: string): Result<string, AppError> {
  // Nearly every field holds none of them, nor a tabulation or a line end: kept as it is,
  // after one search instead of four (the replay reads every text of every event).
  if (!ANY_CONTROL.test(text)) return ok(text);
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  if (normalised.includes(GROUP_SEPARATOR)) return err(appError('field.scannerSeparator', field, { label }));
  const found = FORBIDDEN.exec(normalised);
  if (found) {
    const position = [...normalised.slice(0, found.index)].length + 1;
    return err(appError('field.controlCharacter', field, { label, character: codePoint(found[0]), position: String(position) }));
  }
  return ok(normalised);
}

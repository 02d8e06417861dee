// The BDPM files have been served in Windows-1252 and in UTF-8, with nothing in them to
// say which: a file is read as UTF-8 when it is valid UTF-8 (Windows-1252 text with an
// accent almost never is), and as Windows-1252 otherwise.

/** Bytes 0x80 to 0x9F in Windows-1252 (undefined ones kept as they are). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeCatalogueFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Some engines decode the label windows-1252 as ISO-8859-1: the 32 characters where
    // the two differ are mapped here, so the result is the same everywhere.
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
}

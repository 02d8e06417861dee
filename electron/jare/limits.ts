// Bounds for reading a workbook the user picked (ANSM's JARE template, an untrusted
// file). A real JARE workbook is a few hundred rows on four sheets: these limits leave it
// ample room while refusing what would exhaust memory before anything is checked.
export const JARE_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** Parts inside the zip (sheets, styles, relationships…). */
  entries: 1_000,
  /** All parts once inflated, as declared by the zip's central directory. */
  unpackedBytes: 50 * 1024 * 1024,
  /** Cells (`<c>` elements) across every sheet. */
  cells: 500_000,
} as const;

/** "20 Mo", "1,5 Mo": for the French messages. */
export function megabytes(bytes: number): string {
  const value = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(value).replace('.', ',')}\u202fMo`;
}

// The requests and answers of the two JARE channels, ready for the contract (the lead
// adds them to IpcContract, CHANNELS, requestSchemas and the preload):
//   'jare:chooseTemplate'  null → { token, fileName, summary }: the main process asks for
//                          the file, reads it under limits, keeps its bytes, says what it holds;
//   'jare:saveFilled'      { token, writes } → { path, sha256, skipped }: the main process
//                          checks every write against the template it read, fills a copy,
//                          asks where to save it and creates it, never over a file.
// The window does the rest with the pure code of shared/jare: annualStatement,
// matchStatement (with the confirmed matches it remembers), fillPlan, then fillReport with
// the cells the main process skipped, and the report PDF (jareFillReportPdf).
import { z } from 'zod';
import type { CellWrite } from '../jare/fill-plan';
import type { SkippedCell } from '../jare/fill-report';
import type { TemplateSummary } from '../jare/template-model';

export interface ChosenTemplate {
  /** Names the bytes the main process keeps for this window; opaque to it. */
  token: string;
  fileName: string;
  summary: TemplateSummary;
}

export interface SavedFilledTemplate {
  path: string;
  sha256: string;
  skipped: SkippedCell[];
}

/** A JARE workbook is a few hundred rows of about twenty columns. */
export const MAX_JARE_WRITES = 50_000;

const cellWrite = z.strictObject({
  sheet: z.enum(['S', 'P']),
  worksheet: z.string().min(1).max(31),
  row: z.number().int().min(1).max(1_048_576),
  column: z.number().int().min(1).max(16_384),
  letter: z.string().regex(/^[A-Z]{1,3}$/),
  header: z.string().max(500),
  itemLabel: z.string().max(500),
  value: z.string().max(50),
  unit: z.string().max(50),
}) satisfies z.ZodType<CellWrite>;

export const jareRequestSchemas = {
  'jare:chooseTemplate': z.null(),
  'jare:saveFilled': z.strictObject({ token: z.uuid(), writes: z.array(cellWrite).max(MAX_JARE_WRITES) }),
};

export type SaveFilledRequest = z.infer<(typeof jareRequestSchemas)['jare:saveFilled']>;

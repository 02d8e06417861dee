// The working copy the window sends the main process to render as a workbook: plain text
// and exact decimal strings, bounded, checked before exceljs ever sees it (the window is
// untrusted input, like every request).
import { z } from 'zod';
import type { WorkingCopy } from '../jare/working-copy';

const MAX_ROWS = 5_000;
const MAX_COLUMNS = 40;
const text = z.string().max(2_000);

const cell = z.union([z.object({ text }).strict(), z.object({ figure: z.string().regex(/^-?\d{1,30}(\.\d{1,15})?$/) }).strict(), z.null()]);

const sheet = z
  .object({
    name: z.enum(['D', 'S', 'P']),
    description: text,
    columns: z
      .array(
        z
          .object({
            letter: z.string().regex(/^[A-Z]{1,2}$/),
            header: text,
            status: z.enum(['confirmed', 'reconstructed', 'unknown', 'register']),
            width: z.number().int().min(1).max(120),
          })
          .strict(),
      )
      .max(MAX_COLUMNS),
    rows: z.array(z.array(cell).max(MAX_COLUMNS)).max(MAX_ROWS),
    notes: z.array(text).max(20),
  })
  .strict();

export const workingCopySchema = z.object({ title: text, sheets: z.array(sheet).min(1).max(3) }).strict() satisfies z.ZodType<WorkingCopy>;

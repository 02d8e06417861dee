// jare <journal> --year YYYY --out <copy.xlsx> [--template <xlsx>] [--matches <json>]:
// with ANSM's template, a filled copy of it and the filling report (PDF, next to it);
// without, the JARE working copy. As `annual`: the chain is verified first, every file is
// made in memory, written only where no file exists (the template is never written to),
// all or none.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { appError } from '../../../../shared/errors';
import { parseConfirmedMatches } from '../../../../shared/jare/confirmed-matches';
import type { FillReport } from '../../../../shared/jare/fill-report';
import type { ConfirmedMatches } from '../../../../shared/jare/matching';
import { workingCopy } from '../../../../shared/jare/working-copy';
import { jareFillReportPdf } from '../../../../shared/editions/pdf/jare-fill-report-pdf';
import { formatEditionInstant } from '../../../../shared/editions/wording';
import { fillJareTemplate } from '../../../jare/fill-template';
import { JARE_LIMITS, megabytes } from '../../../jare/limits';
import { annualExisting, annualWriteFailed } from '../../common/messages';
import { readAnnualSource } from '../../common/annual-source';
import { workingCopyWorkbook } from '../../../annual/working-copy-workbook';
import { loadEditionFonts, MissingFontsError } from '../../common/edition-fonts';
import { type CliIo, errorCode, EXIT_OK, EXIT_USAGE, type ExitCode } from '../../common/io';
import type { JareArguments } from './command';
import { jareMatchesRefused, jareSummary, jareTemplateRefused, jareTemplateUnreadable } from './messages';
import { editionsFontsMissing } from '../../common/messages';
import { sha256Hex } from '../../../files/sha256';
import { writeNewFiles } from '../../../files/write-new-files';

/** "copie.xlsx" → "copie_rapport.pdf". */
export function reportPathOf(out: string): string {
  return out.replace(/\.xlsx$/i, '_rapport.pdf');
}

async function readMatches(path: string, io: CliIo): Promise<ConfirmedMatches | null> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    io.err(jareMatchesRefused(path, error instanceof SyntaxError ? 'JSON illisible' : errorCode(error)));
    return null;
  }
  const parsed = parseConfirmedMatches(value);
  if (!parsed.ok) io.err(jareMatchesRefused(path, parsed.problem));
  return parsed.ok ? parsed.matches : null;
}

async function readTemplate(path: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    // The size first: a huge file is refused before it is read into memory.
    const { size } = await stat(path);
    if (size > JARE_LIMITS.fileBytes) {
      io.err(jareTemplateRefused(path, appError('jare.tooLarge', undefined, { size: megabytes(size), max: megabytes(JARE_LIMITS.fileBytes) })));
      return null;
    }
    return new Uint8Array(await readFile(path));
  } catch (error) {
    io.err(jareTemplateUnreadable(path, errorCode(error)));
    return null;
  }
}

export async function jareCommand(command: JareArguments, io: CliIo, now: Date = new Date()): Promise<ExitCode> {
  const read = await readAnnualSource(command.journal, io, command.year);
  if (!read.ok) return read.code;
  const { statement, establishment, head, registerId } = read.source;

  const files: { path: string; bytes: Uint8Array }[] = [];
  let report: FillReport | null = null;
  if (command.template === undefined) {
    const copy = workingCopy(statement, { establishment, registerId, head, editedAt: formatEditionInstant(now) });
    files.push({ path: command.out, bytes: await workingCopyWorkbook(copy, establishment, now) });
  } else {
    const confirmed = command.matches === undefined ? undefined : await readMatches(command.matches, io);
    if (confirmed === null) return EXIT_USAGE;
    const template = await readTemplate(command.template, io);
    if (template === null) return EXIT_USAGE;
    const filled = await fillJareTemplate({ template, statement, ...(confirmed === undefined ? {} : { confirmed }) });
    if (!filled.ok) {
      io.err(jareTemplateRefused(command.template, filled.error));
      return EXIT_USAGE;
    }
    report = filled.value.report;
    let pdf: Uint8Array;
    try {
      pdf = jareFillReportPdf(report, { establishment, head, editedAt: now, fonts: loadEditionFonts() }, basename(command.template));
    } catch (error) {
      if (error instanceof MissingFontsError) {
        io.err(editionsFontsMissing(error.places));
        return EXIT_USAGE;
      }
      throw error;
    }
    files.push({ path: command.out, bytes: filled.value.bytes }, { path: reportPathOf(command.out), bytes: pdf });
  }

  const existing = (await Promise.all(files.map(async ({ path }) => ((await stat(path).catch(() => null)) ? path : null)))).filter((path) => path !== null);
  if (existing.length > 0) {
    io.err(annualExisting(existing));
    return EXIT_USAGE;
  }
  const outcome = await writeNewFiles(files, null);
  if (!outcome.ok) {
    io.err(annualWriteFailed(outcome.path, outcome.code));
    return EXIT_USAGE;
  }
  io.out(
    jareSummary(
      files.map(({ path, bytes }) => ({ path, sha256: sha256Hex(bytes) })),
      command.year,
      report,
    ),
  );
  return EXIT_OK;
}

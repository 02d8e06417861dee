// annual <journal> --year YYYY --out <folder>: the annual declaration's working copy
// (an .xlsx laid out like ANSM's JARE workbook) and the "état annuel récapitulatif" PDF.
// As `editions`: the whole chain is verified first (an altered journal is refused, naming
// its line); both files are made in memory; each is written only if no file of that name
// exists, never over one; a failure takes back what this run wrote.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { workingCopy } from '../../../../shared/jare/working-copy';
import { annualStatementPdf } from '../../../../shared/editions/pdf/annual-statement-pdf';
import { formatEditionInstant } from '../../../../shared/editions/wording';
import { loadEditionFonts, MissingFontsError } from '../../common/edition-fonts';
import { workingCopyWorkbook } from '../../../annual/working-copy-workbook';
import type { AnnualArguments } from './command';
import { annualSummary } from './messages';
import { readAnnualSource } from '../../common/annual-source';
import { type CliIo, errorCode, EXIT_OK, EXIT_USAGE, type ExitCode } from '../../common/io';
import { annualExisting, annualWriteFailed, editionsFontsMissing, editionsOutNotFolder, editionsOutUnwritable } from '../../common/messages';
import { sha256Hex } from '../../../files/sha256';
import { writeNewFiles } from '../../../files/write-new-files';

/** "20261123-1740": the edition's minute, as in edition file names. */
function stamp(instant: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${instant.getFullYear()}${pad(instant.getMonth() + 1)}${pad(instant.getDate())}-${pad(instant.getHours())}${pad(instant.getMinutes())}`;
}

export function annualFileNames(year: number, editedAt: Date): { workbook: string; pdf: string } {
  return { workbook: `jare-${year}_copie-de-travail_${stamp(editedAt)}.xlsx`, pdf: `${year}_etat-annuel-recapitulatif_${stamp(editedAt)}.pdf` };
}

export async function annualCommand(command: AnnualArguments, io: CliIo, now: Date = new Date()): Promise<ExitCode> {
  const read = await readAnnualSource(command.journal, io, command.year);
  if (!read.ok) return read.code;
  const { statement, establishment, head, registerId } = read.source;

  let pdf: Uint8Array;
  try {
    pdf = annualStatementPdf(statement, { establishment, head, editedAt: now, fonts: loadEditionFonts() });
  } catch (error) {
    if (error instanceof MissingFontsError) {
      io.err(editionsFontsMissing(error.places));
      return EXIT_USAGE;
    }
    throw error;
  }
  const copy = workingCopy(statement, { establishment, registerId, head, editedAt: formatEditionInstant(now) });
  const workbook = await workingCopyWorkbook(copy, establishment, now);

  const names = annualFileNames(command.year, now);
  const files = [
    { path: join(command.out, names.workbook), bytes: workbook },
    { path: join(command.out, names.pdf), bytes: pdf },
  ];
  const folder = await stat(command.out).catch(() => null);
  if (folder && !folder.isDirectory()) {
    io.err(editionsOutNotFolder(command.out));
    return EXIT_USAGE;
  }
  const existing = (await Promise.all(files.map(async ({ path }) => ((await stat(path).catch(() => null)) ? path : null)))).filter((path) => path !== null);
  if (existing.length > 0) {
    io.err(annualExisting(existing));
    return EXIT_USAGE;
  }
  if (!folder) {
    try {
      await mkdir(command.out, { recursive: true });
    } catch (error) {
      io.err(editionsOutUnwritable(command.out, errorCode(error)));
      return EXIT_USAGE;
    }
  }
  const outcome = await writeNewFiles(files, folder ? null : command.out);
  if (!outcome.ok) {
    io.err(annualWriteFailed(outcome.path, outcome.code));
    return EXIT_USAGE;
  }
  io.out(
    annualSummary({
      journal: command.journal,
      year: command.year,
      editedAt: now,
      files: files.map(({ path, bytes }) => ({ path, sha256: sha256Hex(bytes) })),
      products: statement.products.length,
      substances: statement.substances.length,
      withoutSubstance: statement.withoutSubstance,
      unexplained: [
        ...statement.products.filter((product) => product.flows.unexplained !== 0).map((product) => product.productId),
        ...statement.substances.filter((substance) => substance.flows.unexplained !== 0n).map((substance) => substance.key),
      ],
    }),
  );
  return EXIT_OK;
}

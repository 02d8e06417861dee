// editions <journal | package> --out <folder> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--product <id>]:
// the same PDFs as the application, from a journal file, without the application.
// All or nothing, in this order: the whole chain is verified (an altered journal is
// refused, naming its line); the period and product are checked; every file name is
// checked free in the folder (an edition is never replaced); every PDF is made in
// memory; only then is the folder created if need be and each file written, never over
// an existing one. A failure while writing takes back the files this run wrote.
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RegisterEvent } from '../../../../shared/register/events';
import { reversedMissing } from '../../../../shared/editions/period-events';
import { createForgottenHashes, readForgotten } from '../../../files/forgotten-movements';
import { loadEditionFonts } from '../../common/edition-fonts';
import { drawEditions, laneHere, type DrawingJob } from './drawing';
import { startDrawingThreads, type DrawingCrew } from './drawing-thread';
import { choosePeriod, planEditions, type EditionsRequest } from './editions-plan';
import type { WholeJournal } from '../../../../shared/editions/whole-journal';
import { type CliIo, errorCode, EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type ExitCode } from '../../common/io';
import {
  editionsFontsMissing,
  editionsOutNotFolder,
  editionsOutUnwritable,
  journalBreak,
  journalChangedWhileRead,
  packageRefused,
} from '../../common/messages';
import { editionsExisting, editionsFailed, editionsProblem, editionsSummary, editionsWriteFailed, type WrittenEdition } from './messages';
import { verifyJournalGatheringPeriod } from '../../../files/verify-journal';
import { isPackageFile, readPackageFile } from '../../common/package-file';
import { appError } from '../../../../shared/errors';
import { sha256Hex } from '../../../files/sha256';
import { writeNewFiles } from '../../../files/write-new-files';

export interface EditionsOptions extends EditionsRequest {
  journal: string;
  out: string;
}

/** Pages of a PDF, counted from its page objects (jsPDF compresses streams, not objects). */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

/**
 * The events of a journal file, or of a hand-over package's journal, verified whole; the
 * refusal already printed otherwise. A journal file is read once: it is verified (both
 * threads) while only what the period's editions read is kept (period-events.ts): the
 * closures, the movements of the period (of the product when one is asked) and those
 * dated after the last closure before it; a million events held whole took gigabytes.
 * `whole` says what the editions name of the whole journal. A movement the period's
 * corrections reverse, let go while reading, is read back from the file.
 */
async function loadEvents(
  path: string,
  io: CliIo,
  request: EditionsRequest,
): Promise<{ ok: true; events: RegisterEvent[]; whole?: WholeJournal } | { ok: false; code: ExitCode }> {
  if (await isPackageFile(path)) {
    const verdict = await readPackageFile(path, io);
    if (!verdict.ok) {
      io.err(packageRefused(path, verdict.error));
      return { ok: false, code: EXIT_BROKEN };
    }
    // The editions start from the opening of the register: a yearly slice lacks it.
    if (verdict.value.manifest.after !== null) {
      io.err(packageRefused(path, appError('package.notWholeJournal')));
      return { ok: false, code: EXIT_USAGE };
    }
    return { ok: true, events: verdict.value.events };
  }
  const { verdict, gathered } = await verifyJournalGatheringPeriod(path, {
    bounds: { from: request.from, to: request.to },
    productId: request.product,
  });
  if (!verdict.ok) {
    io.err(journalBreak(path, verdict));
    return { ok: false, code: EXIT_BROKEN };
  }
  // A sound verdict always comes with what was gathered.
  if (gathered === null) throw new Error('editions: lecture vérifiée sans les événements de la période');
  const { whole } = gathered;
  if (whole === null) return { ok: true, events: [] };
  let events = gathered.events;
  const choice = choosePeriod(whole.days, request);
  const missing = 'kind' in choice ? [] : reversedMissing(events, choice.period, request.product);
  if (missing.length > 0) {
    const reversed = await readForgotten(path, missing, createForgottenHashes(gathered.forgottenHashes));
    if (reversed === null) {
      io.err(journalChangedWhileRead(path));
      return { ok: false, code: EXIT_BROKEN };
    }
    events = [...events, ...reversed].sort((a, b) => a.seq - b.seq);
  }
  return { ok: true, events, whole };
}

/** The threads drawing beside this one, started with the command (drawing-thread.ts); none in the TypeScript sources. */
export type StartDrawingCrew = () => DrawingCrew;

export async function editionsCommand(
  options: EditionsOptions,
  io: CliIo,
  now: Date = new Date(),
  startCrew: StartDrawingCrew = startDrawingThreads,
): Promise<ExitCode> {
  // Started now, the drawing threads make their fonts ready while the journal is read.
  const crew = startCrew();
  try {
    return await makeEditions(options, io, now, crew);
  } finally {
    crew.close();
  }
}

async function makeEditions(options: EditionsOptions, io: CliIo, now: Date, crew: DrawingCrew): Promise<ExitCode> {
  const loaded = await loadEvents(options.journal, io, options);
  if (!loaded.ok) return loaded.code;
  const { events, whole } = loaded;

  const subject = `journal ${resolve(options.journal)}`;
  const planned = planEditions(events, options, { editedAt: now, fonts: () => loadEditionFonts(), subject }, whole);
  if (!planned.ok) {
    io.err(editionsProblem(options.journal, planned.problem));
    return EXIT_USAGE;
  }
  const { plan } = planned;

  const folder = await stat(options.out).catch(() => null);
  if (folder && !folder.isDirectory()) {
    io.err(editionsOutNotFolder(options.out));
    return EXIT_USAGE;
  }
  const paths = plan.editions.map((edition) => join(options.out, edition.fileName));
  if (folder) {
    const existing = (await Promise.all(paths.map(async (path) => ((await stat(path).catch(() => null)) ? path : null)))).filter((path) => path !== null);
    if (existing.length > 0) {
      io.err(editionsExisting(existing));
      return EXIT_USAGE;
    }
  }

  // Every PDF is made before anything is written, on each core (drawing.ts).
  const { from, to, product } = options;
  const request: EditionsRequest = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(product === undefined ? {} : { product }),
  };
  const job: DrawingJob = { events, request, editedAt: now, subject, whole };
  const drawn = await drawEditions(plan.editions, crew.lanes(job, plan.editions.length), laneHere(plan.editions));
  if (!drawn.ok) {
    const { failure } = drawn;
    io.err(failure.kind === 'fontsMissing' ? editionsFontsMissing(failure.places) : editionsFailed(plan.editions[drawn.index]!.fileName, failure.reason));
    return EXIT_USAGE;
  }
  const made = plan.editions.map((edition, index) => {
    const bytes = drawn.bytes[index]!;
    const written: WrittenEdition = {
      letter: edition.letter,
      fileName: edition.fileName,
      description: edition.description,
      pages: pageCount(bytes),
      sha256: sha256Hex(bytes),
    };
    return { bytes, written };
  });

  if (!folder) {
    try {
      await mkdir(options.out, { recursive: true });
    } catch (error) {
      io.err(editionsOutUnwritable(options.out, errorCode(error)));
      return EXIT_USAGE;
    }
  }
  const outcome = await writeNewFiles(
    made.map(({ bytes }, index) => ({ path: paths[index]!, bytes })),
    folder ? null : options.out,
  );
  if (!outcome.ok) {
    io.err(editionsWriteFailed(outcome.path, outcome.code));
    return EXIT_USAGE;
  }

  io.out(editionsSummary({ journal: options.journal, out: options.out, plan, editedAt: now, written: made.map((entry) => entry.written) }));
  return EXIT_OK;
}

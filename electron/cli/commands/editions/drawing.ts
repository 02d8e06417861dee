// Drawing the PDFs that `editions` planned, on as many lanes as the machine has cores.
// The documents are independent: each is made from the same kept events and the same
// plan, so a lane in another thread (drawing-thread.ts) re-plans from plain data and
// draws what it is handed, with bytes identical to those drawn here. Lanes take the next
// document as soon as they are free, the costliest first (the ordonnancier, then the
// register of all products), so that the largest one is drawn alone in its lane while the
// other lanes draw the small ones, and two large ones are not held at once.
import type { RegisterEvent } from '../../../../shared/register/events';
import { MissingFontsError } from '../../common/edition-fonts';
import { cliFailure } from '../../common/unexpected';
import { planEditions, type EditionsRequest, type PlannedEdition, type WholeJournal } from './editions-plan';
import type { EditionFonts } from '../../../../shared/editions/pdf/fonts';

/** What a lane needs to plan the editions again: plain data only, copied to another thread. */
export interface DrawingJob {
  events: readonly RegisterEvent[];
  request: EditionsRequest;
  editedAt: Date;
  subject: string;
  whole: WholeJournal | undefined;
}

/** Why a document could not be made, already in French (or the fonts' places, said by the caller). */
export type DrawingFailure = { kind: 'fontsMissing'; places: readonly string[] } | { kind: 'failed'; reason: string };

export type DrawingAnswer = { ok: true; bytes: Uint8Array } | { ok: false; failure: DrawingFailure };

/** Somewhere documents are drawn one at a time: this thread, or another. */
export interface DrawingLane {
  draw(index: number): Promise<DrawingAnswer>;
  /** Nothing more will be asked; its thread, if any, is let go. */
  close(): void;
}

export type DrawingOutcome = { ok: true; bytes: Uint8Array[] } | { ok: false; index: number; failure: DrawingFailure };

/** A document's bytes, or why not: what any lane answers for one planned edition. */
export function drawOne(edition: PlannedEdition): DrawingAnswer {
  try {
    return { ok: true, bytes: edition.make() };
  } catch (error) {
    if (error instanceof MissingFontsError) return { ok: false, failure: { kind: 'fontsMissing', places: error.places } };
    return { ok: false, failure: { kind: 'failed', reason: cliFailure(error, 'editions') } };
  }
}

/** The plan's editions, made again from the job in the lane's own thread. */
export function replan(job: DrawingJob, fonts: () => EditionFonts): PlannedEdition[] {
  const planned = planEditions(job.events, job.request, { editedAt: job.editedAt, fonts, subject: job.subject }, job.whole);
  // The caller planned the same data first and found no problem: a lane cannot either.
  if (!planned.ok) throw new Error(`editions: le plan refait diffère (${planned.problem.kind})`);
  return planned.plan.editions;
}

/** A lane in this thread: the caller's own plan, drawn when asked. */
export function laneHere(editions: readonly PlannedEdition[]): DrawingLane {
  return {
    draw: (index) => Promise.resolve(drawOne(editions[index]!)),
    close: () => undefined,
  };
}

/**
 * The order documents are handed out: the ordonnancier (three classifications of every
 * dispensation) and the register of all products first, the rest as planned. Measured on
 * a month of the bench's journal, these two are more than half the drawing.
 */
export function drawingOrder(editions: readonly Pick<PlannedEdition, 'kind'>[]): number[] {
  const weight = (kind: string) => (kind === 'dispensations' ? 0 : kind === 'period-journal' ? 1 : 2);
  return editions.map((_, index) => index).sort((a, b) => weight(editions[a]!.kind) - weight(editions[b]!.kind) || a - b);
}

/**
 * Every edition's bytes, in the plan's order, drawn by the lanes; on the first failure
 * the others stop taking documents and that failure is given, with its edition's index.
 * The lanes are closed in all cases.
 */
export async function drawEditions(editions: readonly Pick<PlannedEdition, 'kind'>[], lanes: readonly DrawingLane[]): Promise<DrawingOutcome> {
  const queue = drawingOrder(editions);
  const bytes: Uint8Array[] = new Array<Uint8Array>(editions.length);
  // Set from inside the lanes' loops: TypeScript does not follow it there, hence the type read back below.
  let failed: { index: number; failure: DrawingFailure } | null = null;
  const run = async (lane: DrawingLane) => {
    for (let index = queue.shift(); index !== undefined && failed === null; index = queue.shift()) {
      const answer = await lane.draw(index);
      if (answer.ok) bytes[index] = answer.bytes;
      else failed ??= { index, failure: answer.failure };
    }
  };
  try {
    await Promise.all(lanes.map(run));
  } finally {
    for (const lane of lanes) lane.close();
  }
  const failure = failed as { index: number; failure: DrawingFailure } | null;
  return failure === null ? { ok: true, bytes } : { ok: false, ...failure };
}

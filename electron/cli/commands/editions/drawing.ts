// Drawing the PDFs that `editions` planned, on as many lanes as the machine has cores:
// this thread and the others. The documents are independent: each is made from the same
// kept events and the same plan, so a lane in another thread (drawing-thread.ts) re-plans
// from plain data and draws what it is handed, with bytes identical to those drawn here.
// Lanes take the next document as soon as they are free: the other threads the costliest
// first (the ordonnancier, then the register of all products), this thread the small
// ones, so that the largest is drawn alone while the small ones are drawn beside it.
import type { RegisterEvent } from '../../../../shared/register/events';
import { MissingFontsError } from '../../common/edition-fonts';
import { cliFailure } from '../../common/unexpected';
import { planEditions, type EditionsRequest, type PlannedEdition } from './editions-plan';
import type { WholeJournal } from '../../../../shared/editions/whole-journal';
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
 * Every edition's bytes, in the plan's order, drawn by the other threads' lanes and by
 * `here`, this thread's; on the first failure the others stop taking documents and that
 * failure is given, with its edition's index. The lanes are closed in all cases.
 *
 * The other threads take the costliest documents first, from the front of the order;
 * this thread the next one, then from the back, the small ones, letting the others'
 * answers in between two documents: while it draws, it cannot hand them their next one,
 * so it never holds them waiting longer than a small document takes. Drawing here rather than in one
 * more thread spares that thread's copy of the events and of the libraries.
 */
export async function drawEditions(
  editions: readonly Pick<PlannedEdition, 'kind'>[],
  others: readonly DrawingLane[],
  here: DrawingLane | null,
): Promise<DrawingOutcome> {
  const queue = drawingOrder(editions);
  const bytes: Uint8Array[] = new Array<Uint8Array>(editions.length);
  // Set from inside the lanes' loops: TypeScript does not follow it there, hence the type read back below.
  let failed: { index: number; failure: DrawingFailure } | null = null;
  const run = async (lane: DrawingLane, next: () => number | undefined, between: () => Promise<void>) => {
    for (let index = next(); index !== undefined && failed === null; index = next()) {
      const answer = await lane.draw(index);
      if (answer.ok) bytes[index] = answer.bytes;
      else failed ??= { index, failure: answer.failure };
      await between();
    }
  };
  // This thread's first document is the costliest the others did not take (the register
  // of all products beside the ordonnancier): they are busy longer than it, so none waits
  // for this thread meanwhile. Then the small ones, from the back.
  let first = true;
  const hereNext = () => {
    const index = first ? queue.shift() : queue.pop();
    first = false;
    return index;
  };
  const lanes = here === null ? others : [...others, here];
  try {
    await Promise.all([
      ...others.map((lane) =>
        run(
          lane,
          () => queue.shift(),
          () => Promise.resolve(),
        ),
      ),
      // Here, after the others have their first document, and letting their answers in between two.
      ...(here === null ? [] : [run(here, hereNext, () => new Promise<void>((resolve) => setImmediate(resolve)))]),
    ]);
  } finally {
    for (const lane of lanes) lane.close();
  }
  const failure = failed as { index: number; failure: DrawingFailure } | null;
  return failure === null ? { ok: true, bytes } : { ok: false, ...failure };
}

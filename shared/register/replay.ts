// Replays the register's own rules over a journal that comes from outside (a reserve
// medium, a package, a file on the command line): each event is turned back into the
// draft it was made from, decided against the state the events before it leave (the
// same decide.ts as the app's write door), and must be exactly what the rules would
// have written. A chain
// only proves that nothing changed since sealing; this proves that what was sealed is a
// register the app would have kept. Streaming: memory is the state, not the journal.
import { lineFormatFor } from './line-format';
import { appError, describeError, type AppError, type ErrorCode } from '../errors';
import { LotLedger, type Allocation, type LotIdentity, type LotRecall } from '../stock/lot-ledger';
import { AllocationColumns, MovementFactColumns } from './movement-columns';
import { checkEventShape } from './event-schemas';
import { decide, lookupsFor, receivedLotKey, type Fetched } from './decide';
import { isMovement, type Dispensation, type RegisterEvent } from './events';
import { asPatientDispensation, patientKey, type PatientDispensation } from '../prescription/history';
import { asMovement, evolve, movementFacts } from './evolve';
import { productIdFor } from './prepare';
import { emptyState, type MovementFacts, type RegisterState } from './register-state';
import { dayOfRecording } from './day-of-recording';
import { earlierShapesOf } from './earlier-shapes';
import { sameJson } from './same-json';
import { signatureFault } from '../signature/check-signature';
import type { Draft, DraftBody } from './validate';

/** The first event that breaks a rule: its order number, the rule (an error code) and its French wording. */
export interface ReplayFault {
  seq: number;
  rule: ErrorCode;
  message: string;
}

export interface ReplayValidator {
  /** Checks the next event of the journal (already proven genuine by the chain), then takes it into the state. */
  next(event: RegisterEvent): ReplayFault | null;
  /**
   * Takes the next event into the state without checking it: another reader checks it
   * at the same time, and this one checks the events after it (electron/files/).
   */
  take(event: RegisterEvent): void;
  readonly state: RegisterState;
  /** The lots' past the state was folded with: whoever folds on from `state` folds with it. */
  readonly recall: LotRecall;
}

/** What the chain adds around what the rules decide. */
const SEALING_KEYS = new Set(['format', 'seq', 'prevHash', 'hash', 'recordedAt', 'signature']);
/** What a draft carries beside its body. */
const ENVELOPE_KEYS = new Set(['operationDate', 'validatedBy', 'observation']);

/**
 * Answers the look-ups a draft declares (`lookupsFor`) for a reader that passes over a
 * journal once, as it is read or written (the replay here, the CSV import): what a
 * correction may name, the lots' past and each patient's prescriptions are kept as they
 * pass, where the app reads them from its database.
 */
export interface PassingLookups {
  /** The lots' past (what each movement was attributed, the lots emptied), for `evolve`. */
  readonly ledger: LotRecall;
  /** Keeps what a later draft may name of this event, once it is in the register. */
  remember(event: RegisterEvent): void;
  fetch(state: RegisterState, draft: Draft): Fetched;
}

/**
 * What a reader that does not start at the opening knows of the journal before its
 * start, read beforehand by its caller (the check of what was added since the last
 * verified head reads it from the database, page by page, before each page is replayed).
 * Each answer is of the events before the start only: what passes is kept as it passes.
 */
export interface EarlierFacts {
  movementAt(seq: number): MovementFacts | undefined;
  /** What a movement before the start was attributed, lot by lot (lot-ledger.ts). */
  allocationOf(seq: number): Allocation | undefined;
  /** How a lot was received before the start (its receipts then), if it was. */
  receivedLot(productId: string, lot: string): LotIdentity | undefined;
  /** The patient's dispensations on a prescription before the start, in order. */
  patientDispensations(name: string): readonly PatientDispensation[];
}

/** A reader from the opening: nothing before it. */
const NOTHING_BEFORE: EarlierFacts = {
  movementAt: () => undefined,
  allocationOf: () => undefined,
  receivedLot: () => undefined,
  patientDispensations: () => [],
};

export function createPassingLookups(before: EarlierFacts = NOTHING_BEFORE): PassingLookups {
  // Every movement passed, kept in columns (movement-columns.ts): a million of them must not cost a million objects.
  const passing = new MovementFactColumns();
  const allocations = new AllocationColumns();
  const emptied = new LotLedger();
  // What passes is the later news: a lot emptied since the start is known by how it left.
  const ledger: LotRecall = {
    allocationOf: (seq) => allocations.allocationOf(seq) ?? before.allocationOf(seq),
    receivedLot: (productId, lot) => emptied.receivedLot(productId, lot) ?? before.receivedLot(productId, lot),
    remember: (seq, allocation) => allocations.remember(seq, allocation),
    retire: (productId, lot) => emptied.retire(productId, lot),
  };
  // Each patient's dispensations on a prescription, where the app reads them by an index.
  const patients = new Map<string, PatientDispensation[]>();
  const read: ReadSoFar = {
    movementAt: (seq) => passing.get(seq) ?? before.movementAt(seq),
    ledger,
    patients: (name) => {
      // A reader from the opening has nothing before: the list kept is read, not copied.
      const earlier = before.patientDispensations(name);
      const passed = patients.get(name) ?? [];
      return earlier.length === 0 ? passed : [...earlier, ...passed];
    },
  };
  return {
    ledger,
    remember(event) {
      if (isMovement(event)) passing.keep(movementFacts(event));
      if (event.type === 'dispensation') rememberPatient(patients, event);
    },
    fetch(state, draft) {
      return fetchFrom(state, read, draft);
    },
  };
}

/**
 * Where a replay starts when it does not start at the opening: the state the events up to
 * `previous` left (already checked), and look-ups that know the journal before it
 * (`createPassingLookups(earlier)`): the replay itself reads nothing.
 */
export interface ReplayStart {
  state: RegisterState;
  previous: RegisterEvent;
  lookups: PassingLookups;
}

export function createReplayValidator(start?: ReplayStart): ReplayValidator {
  const state = start?.state ?? emptyState();
  const lookups = start?.lookups ?? createPassingLookups();
  let broken: ReplayFault | null = null;
  let previous: RegisterEvent | null = start?.previous ?? null;
  return {
    state,
    recall: lookups.ledger,
    next(event) {
      if (broken) return broken;
      // A closure's signature is checked against the key the events before it recorded.
      const error = checkEvent(state, lookups, event) ?? checkClockSetBack(previous, event) ?? signatureFault(state, event);
      if (error) {
        broken = { seq: event.seq, rule: error.code, message: describeError(error) };
        return broken;
      }
      evolve(state, event, lookups.ledger);
      lookups.remember(event);
      previous = event;
      return null;
    },
    take(event) {
      evolve(state, event, lookups.ledger);
      lookups.remember(event);
      previous = event;
    },
  };
}

/**
 * A clock set-back names the event before it and the two instants: the register wrote it
 * from that event's `recordedAt` and its own, so anything else is not what it wrote.
 */
function checkClockSetBack(previous: RegisterEvent | null, event: RegisterEvent): AppError | null {
  if (event.type !== 'clock.setBack') return null;
  if (previous === null || event.previousSeq !== previous.seq) return appError('replay.mismatch', 'previousSeq', { field: 'previousSeq' });
  if (event.previous !== previous.recordedAt) return appError('replay.mismatch', 'previous', { field: 'previous' });
  if (event.current !== event.recordedAt) return appError('replay.mismatch', 'current', { field: 'current' });
  return null;
}

/** The whole journal at once (tests, small journals); the first fault, or null. */
export function replayJournal(events: Iterable<RegisterEvent>): ReplayFault | null {
  const validator = createReplayValidator();
  for (const event of events) {
    const fault = validator.next(event);
    if (fault) return fault;
  }
  return null;
}

/** What the replay keeps of the journal read so far, besides the state. */
interface ReadSoFar {
  movementAt(seq: number): MovementFacts | undefined;
  ledger: LotRecall;
  patients(name: string): readonly PatientDispensation[];
}

function rememberPatient(patients: Map<string, PatientDispensation[]>, event: RegisterEvent & Dispensation): void {
  const name = patientKey(event);
  const facts = asPatientDispensation(event);
  if (name === undefined || !facts) return;
  const known = patients.get(name);
  if (known) known.push(facts);
  else patients.set(name, [facts]);
}

/** The replay's answer to the look-ups a draft declares, from what it has read so far. */
function fetchFrom(state: RegisterState, { movementAt, ledger, patients }: ReadSoFar, draft: Draft): Fetched {
  const { event: seq, lots, patient } = lookupsFor(draft);
  if (lots) {
    // A lot received is either still held by the state or was let go of, emptied, into the ledger.
    const received = lots.filter(({ productId, lot }) => state.products.get(productId)?.lots.held.has(lot) || ledger.receivedLot(productId, lot));
    return { receivedLots: new Set(received.map(receivedLotKey)) };
  }
  if (patient) return { patientDispensations: patients(patient.name).filter((earlier) => earlier.prescription.date >= patient.since) };
  if (seq === undefined) return {};
  const movement = movementAt(seq);
  if (movement) return { target: asMovement(movement) as RegisterEvent };
  // An event that exists but is not a movement: the rule names it as such.
  return state.head && seq <= state.head.seq ? { target: { seq, type: 'register.opened' } as RegisterEvent } : {};
}

function checkEvent(state: RegisterState, lookups: PassingLookups, event: RegisterEvent): AppError | null {
  const shape = checkEventShape(event);
  if (shape?.kind === 'type') return appError('replay.unknownType', 'type', { type: shape.type });
  if (shape) return appError('replay.shape', shape.field, { field: shape.field });
  const { draft, stored, earlier } = asDraft(event);
  let checked;
  try {
    checked = decide(state, lookups.fetch(state, draft), draft, dayOfRecording(event.recordedAt));
  } catch {
    // A rule met facts it cannot read: the event is not one the app could have written.
    return appError('replay.unreadable', 'type');
  }
  if (!checked.ok) return checked.error;
  const { body } = checked.value;
  // What the rules wrote, flattened as the chain stores it: the draft's envelope, then its body.
  const expected: Record<string, unknown> = {};
  const envelope = checked.value as unknown as Record<string, unknown>;
  for (const key of Object.keys(envelope)) if (key !== 'body') expected[key] = envelope[key];
  const fields = body as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) expected[key] = fields[key];
  if (body.type === 'product.defined') expected.productId = productIdFor(event.seq);
  for (const shape of earlier) shape.withoutStandIns(expected);
  // Each line declares the lowest version that describes it (line-format.ts), no other.
  if (event.format !== lineFormatFor(body, event.signature !== undefined)) return appError('replay.mismatch', 'format', { field: 'format' });
  const field = firstDifference(expected, stored);
  return field === null ? null : appError('replay.mismatch', field, { field });
}

/** The stored event as the draft it was validated from, what the rules wrote of it, and the earlier shapes it has. */
function asDraft(event: RegisterEvent): { draft: Draft; stored: Record<string, unknown>; earlier: ReturnType<typeof earlierShapesOf> } {
  // One pass over the event's members (a million events per whole check): what the rules
  // wrote (all but the sealing), and of it what the draft's body was given.
  const stored: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  const members = event as unknown as Record<string, unknown>;
  for (const key of Object.keys(members)) {
    if (SEALING_KEYS.has(key)) continue;
    const value = members[key];
    stored[key] = value;
    if (!ENVELOPE_KEYS.has(key)) given[key] = value;
  }
  const { operationDate, validatedBy, observation } = stored as Pick<RegisterEvent, 'operationDate' | 'validatedBy' | 'observation'>;
  // What an event of an earlier shape lacks is checked with a stand-in, then left out of the comparison.
  const earlier = earlierShapesOf(stored);
  const body = earlier.reduce((filled, shape) => shape.withStandIns(filled, operationDate), given);
  const draft: Draft = {
    operationDate,
    // Every field is handed to the rules: the ones a draft does not carry are derived again and compared.
    body: body as unknown as DraftBody,
    validatedBy: validatedBy.orderNumber,
    ...(observation === undefined ? {} : { observation }),
  };
  return { draft, stored, earlier };
}

/** The first top-level field whose value differs, in alphabetical order; null when equal. */
function firstDifference(expected: Record<string, unknown>, stored: Record<string, unknown>): string | null {
  // Nearly every event is what the rules write: compared in any order first, the fields
  // sorted only to name the first that differs.
  if (sameFields(expected, stored)) return null;
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(stored)])].sort();
  for (const key of keys) {
    const a = expected[key];
    const b = stored[key];
    if (a === undefined || b === undefined ? a !== b : !sameJson(a, b)) return key;
  }
  return null;
}

/** Whether every top-level field is the same (absent and undefined alike), as firstDifference reads them. */
function sameFields(expected: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  for (const key of Object.keys(expected)) {
    const a = expected[key];
    const b = stored[key];
    if (a === undefined || b === undefined ? a !== b : !sameJson(a, b)) return false;
  }
  for (const key of Object.keys(stored)) if (expected[key] === undefined && stored[key] !== undefined) return false;
  return true;
}

// The one door the screens read and write the register through. Today it is kept in
// IndexedDB, in this window (dexie-store.ts); a second storage (a server several
// counters share) can sit behind the same interface, so nothing here names the storage:
// plain domain values in and out, every call asynchronous, and a live read is an
// observable the storage feeds in its own way (see docs/decisions/0024-interface-de-donnees.md).
import type { CataloguePresentation } from '../../shared/catalogue/narcotic-catalogue';
import type { CatalogueRow } from './catalogue';
import type { AppError } from '../../shared/errors';
import type { RegisterEvent, Validator } from '../../shared/register/events';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterState } from '../../shared/register/register-state';
import type { StateRecord } from '../../shared/register/state-record';
import type { Draft, ProductState } from '../../shared/register/validate';
import type { Result } from '../../shared/result';
import type { LotStock } from '../../shared/stock/lots';
import type { PatientDispensation } from '../../shared/prescription/history';
import type { PrescriptionReview } from '../../shared/prescription/review';
import type { StockBalance } from '../../shared/stock/movements';
import type { EntryInProgress } from './entry-in-progress';
import type { OpeningState } from './opening-state';
import type { ProductSummary, RegisterClosedEvent, RegisterIdentity } from './queries';
import type { Step } from './record';
import type { RestoreMarker } from './restore-marker';
import type { VerifiedHead } from './verified-head';
import type { Allocation } from '../../shared/stock/lot-ledger';
import type { NamedLot } from '../../shared/register/lookups';
import type { DispensationDraft, LikelyDuplicate } from '../../shared/people/duplicates';
import type { PersonRole } from '../../shared/people/people-of-event';
import type { Person } from './people';
import type { LineFilter, ProductRegisterWindow } from './product-register-window';
import type { MovementFilter } from './latest-movements';
import type { MovementEvent } from '../../shared/register/events';

export type { EntryInProgress } from './entry-in-progress';
export type { OpeningState, RestoreUnderway } from './opening-state';
export type { ProductSummary, RegisterClosedEvent, RegisterIdentity } from './queries';
export { HOLDER_ROLE } from './queries';
export type { Step } from './record';
export type { RestoreMarker, RestoreSource } from './restore-marker';
export { RESTORE_KEY } from './restore-marker';
export type { VerifiedHead } from './verified-head';
export type { Person } from './people';
export type { LineFilter, ProductRegisterWindow } from './product-register-window';
export type { MovementFilter } from './latest-movements';

export type MonthClosedEvent = Extract<RegisterEvent, { type: 'month.closed' }>;

/** A read kept up to date: each value it takes is sent to `onNext` (React binds it with useObservable). */
export interface Watched<T> {
  subscribe(onNext: (value: T) => void, onError?: (error: unknown) => void): { unsubscribe(): void };
}

export interface RegisterStore {
  /** Tells two registers of this workstation apart (a worker opens the same one by it). */
  readonly name: string;

  /** Runs `read` now and again whenever what it read changes (a recorded event, a restored page). */
  watch<T>(read: () => Promise<T>): Watched<T>;

  // — What the register is now —
  /** The identity and the restore under way, read together: the window never shows one without the other. */
  openingState(): Promise<OpeningState>;
  identity(): Promise<RegisterIdentity | null>;
  /** The definitive closure, once recorded. */
  closure(): Promise<RegisterClosedEvent | null>;
  validators(): Promise<Validator[]>;
  products(): Promise<ProductSummary[]>;
  product(productId: string): Promise<ProductState | undefined>;
  /** Current stock of every product that has moved, by product id. */
  stock(): Promise<Map<string, StockBalance>>;
  productStock(productId: string): Promise<StockBalance>;
  lots(): Promise<LotStock[]>;
  lastMovementDay(): Promise<string | undefined>;
  /** Every monthly closure, oldest first. */
  closures(): Promise<MonthClosedEvent[]>;
  lastClosure(): Promise<MonthClosedEvent | undefined>;
  /** The state the rules decide against (shared/register/register-state.ts): dossiers, inventories, closure… */
  state(): Promise<RegisterState>;

  // — The journal, by order number, type, product or date —
  /** Order number of the last event, 0 for an empty register. */
  headSeq(): Promise<number>;
  lastEvent(): Promise<RegisterEvent | undefined>;
  eventAt(seq: number): Promise<RegisterEvent | undefined>;
  eventCount(): Promise<number>;
  /** At most `limit` events after `after`, in order, up to `upTo` when given. */
  eventsAfter(after: number, limit: number, upTo?: number): Promise<RegisterEvent[]>;
  /** Every event up to an order number, in order. */
  eventsThrough(seq: number): Promise<RegisterEvent[]>;
  /** Every event of the given types, in order. */
  eventsOfTypes(types: readonly RegisterEvent['type'][]): Promise<RegisterEvent[]>;
  /** The events of these order numbers that exist, in one read. */
  eventsAt(seqs: readonly number[]): Promise<RegisterEvent[]>;
  /** What each of these movements was attributed, lot by lot, in their order (lot-recall.ts). */
  allocationsOf(seqs: readonly number[]): Promise<(Allocation | undefined)[]>;
  /** Every receipt of these lots (each of its product), in order, in one read: a lot is received a few times at most. */
  receiptsOfLots(lots: readonly NamedLot[]): Promise<Extract<RegisterEvent, { type: 'receipt' }>[]>;
  /** A patient's dispensations on a prescription dated from `since` (by the name as recorded). */
  patientDispensations(name: string, since: string): Promise<PatientDispensation[]>;
  /** What the validation will say of a dispensation's prescription, before it is validated. */
  previewPrescription(draft: Draft, today: string): Promise<PrescriptionReview | null>;
  /** The people of a role the register has named whose name matches `query` (accents and case aside), most recently seen first (people.ts). */
  suggestPeople(role: PersonRole, query: string, limit?: number): Promise<Person[]>;
  /** The last `limit` events that named a person (by its key), newest first. */
  personEvents(person: string, limit: number): Promise<RegisterEvent[]>;
  /** The earlier dispensations, not corrected, this one looks like a second entry of (shared/people/duplicates.ts). */
  likelyDuplicates(draft: DispensationDraft): Promise<LikelyDuplicate[]>;
  /** At most `limit` movements that pass the filter, newest first, read by index (latest-movements.ts). */
  latestMovements(filter: MovementFilter, limit: number): Promise<MovementEvent[]>;
  /** Every event of one product, in order. */
  productEvents(productId: string): Promise<RegisterEvent[]>;
  /**
   * Lines `from` to `to` of one product's register, newest first, with their balances, read
   * by index (product-register-window.ts); of a period or a kind only when `filter` says so.
   */
  productRegisterWindow(productId: string, from: number, to: number, filter?: LineFilter): Promise<ProductRegisterWindow>;
  /** Every event whose operation date is at most `day` (YYYY-MM-DD), in no particular order. */
  eventsDatedUpTo(day: string): Promise<RegisterEvent[]>;
  /** Every event dated from `from` to `to` (YYYY-MM-DD, both included), of one product when named, in no particular order. */
  eventsDatedWithin(from: string, to: string, productId?: string): Promise<RegisterEvent[]>;
  /**
   * The state as stored (null if none) and, from the same snapshot, each event after
   * `after` handed to `each` in order: the integrity check compares the two.
   */
  storedStateWith(after: number, each: (event: RegisterEvent) => void): Promise<StateRecord | null>;

  // — The integrity check's mark —
  /** The last head the integrity check found sound, with its state (verified-head.ts); null if none. */
  verifiedHead(): Promise<VerifiedHead | null>;
  /** Moves the mark to a head found sound (never back), noting a whole check's date. */
  markVerified(verified: { head: ChainHead; state: StateRecord; whole: boolean }, at: Date): Promise<void>;

  // — Writing —
  /** The one write door (record.ts): decides, seals and adds every step as one act, or nothing. */
  record(steps: readonly Step[], now?: Date): Promise<Result<RegisterEvent[], AppError>>;
  /** Adds one page of an already-sealed journal (a restore, a hand-over package) after the register's head. */
  importPage(events: readonly RegisterEvent[], restore: RestoreMarker): Promise<Result<ChainHead | null, AppError>>;
  /** Notes an entry the person validated, before its recording starts (entry-in-progress.ts). */
  noteEntryStarted(type: string, at: Date): Promise<void>;
  settleEntry(): Promise<void>;
  /** An entry an earlier window validated and never recorded; this window's own save in progress is not one. */
  interruptedEntry(): Promise<EntryInProgress | null>;

  // — The public medicines catalogue (catalogue.ts), no part of the register —
  /** The narcotic presentations last imported, in no particular order; none before an import. */
  catalogue(): Promise<CatalogueRow[]>;
  /** Replaces the imported catalogue whole. */
  replaceCatalogue(presentations: readonly CataloguePresentation[], at?: Date): Promise<void>;

  /** Lets the storage go (a worker that opened its own). */
  close(): void;
}

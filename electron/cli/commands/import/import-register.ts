// The register as the import has built it so far: the domain's state machine, kept in
// memory. Each row's draft is decided by `decide` against the state that `evolve` has
// folded from the events sealed before it, exactly as the app's write door and the replay
// of a journal decide (shared/register/decide.ts); what a draft names by order number is
// answered from the events passed, as the replay answers it. The import adds only what a
// file needs: its product references and the rows that later rows name by line number.
import { decide } from '../../../../shared/register/decide';
import type { EstablishmentKind, EventType, RegisterEvent } from '../../../../shared/register/events';
import { isMovement } from '../../../../shared/register/events';
import { evolve } from '../../../../shared/register/evolve';
import type { ChainHead } from '../../../../shared/register/chain-head';
import type { Checked } from '../../../../shared/register/refusal';
import { emptyState, type RegisterState } from '../../../../shared/register/register-state';
import { createPassingLookups } from '../../../../shared/register/replay';
import type { Draft, ValidDraft } from '../../../../shared/register/validate';
import { normalizeLabel } from './import-columns';

/** An earlier row of the file, as a later one names it by its line number. */
export interface RowRecord {
  /** The event the row wrote (the inventory of an inventory's rows, the PV of its row). */
  type: EventType;
  seq: number;
  /** The destruction dossier the row belongs to, for a notice or a PV. */
  dossier?: string;
}

export interface ImportedRegister {
  /** What the register is after the events sealed so far; read-only for the row kinds. */
  readonly state: RegisterState;
  /** The last event sealed, that the next one links to. */
  readonly head: ChainHead | null;
  /** The establishment's kind, once the opening is imported. */
  readonly kind: EstablishmentKind | undefined;
  /** Product id (P<seq>) of a reference of the file, if a product row defined it. */
  productIdOf(ref: string): string | undefined;
  /** The event an earlier row of the file wrote, by that row's line. */
  rowAt(line: number): RowRecord | undefined;
  /** Checks a draft against the register as it stands, on the day of the import. */
  decide(draft: Draft, today: string): Checked<ValidDraft>;
  /** Takes a sealed event into the state. */
  record(event: RegisterEvent): void;
  /** Binds a product reference of the file to the product its row defined. */
  bindReference(ref: string, productId: string): void;
  /** Remembers which event a row wrote, for the rows that name it later. */
  bindRow(line: number, row: RowRecord): void;
  readonly counts: { products: number; movements: number };
}

export function createImportedRegister(): ImportedRegister {
  const state = emptyState();
  const lookups = createPassingLookups();
  const productIds = new Map<string, string>(); // normalized reference → P<seq>
  const rows = new Map<number, RowRecord>(); // line of the file → what it wrote
  let movements = 0;

  return {
    state,
    get head() {
      return state.head;
    },
    get kind() {
      return state.opening?.kind;
    },
    get counts() {
      return { products: state.products.size, movements };
    },
    productIdOf(ref) {
      return productIds.get(normalizeLabel(ref));
    },
    rowAt(line) {
      return rows.get(line);
    },
    decide(draft, today) {
      return decide(state, lookups.fetch(state, draft), draft, today);
    },
    record(event) {
      evolve(state, event, lookups.ledger);
      lookups.remember(event);
      if (isMovement(event)) movements += 1;
    },
    bindReference(ref, productId) {
      productIds.set(normalizeLabel(ref), productId);
    },
    bindRow(line, row) {
      rows.set(line, row);
    },
  };
}

// What the rules (validate*.ts) read once the register is opened: its state, complete and
// typed (register-state.ts), the few point look-ups the draft declared (lookups.ts), and
// the machine's day. Every fact a rule asks for is there: none is optional, none is
// gathered by the caller, so no rule can meet a missing one.
import { EMPTY_STOCK, type StockBalance } from '../stock/movements';
import type { ChainHead } from './chain-head';
import type { PatientDispensation } from '../prescription/history';
import type { RegisterEvent } from './events';
import type { Opening, RegisterState } from './register-state';

/** The answers to a draft's look-ups (lookups.ts), read by the storage and handed to the rules with the state. */
export interface Fetched {
  /** For a correction: the event it names, when the register has one at that number. */
  target?: RegisterEvent;
  /** Of the lots the draft names, those the register received for that product, by `receivedLotKey` (lotKey). */
  receivedLots?: ReadonlySet<string>;
  /** For a dispensation on a prescription: the patient's earlier ones since the look-up's day. */
  patientDispensations?: readonly PatientDispensation[];
}

export interface Facts {
  readonly state: RegisterState;
  readonly fetched: Fetched;
  /** The machine's day: nothing is dated after it. */
  readonly today: string;
  /** The register's opening, which every event after it has. */
  readonly opening: Opening;
  /** The last event sealed: the opening at least. */
  readonly head: ChainHead;
}

/** Stock of a product, empty when the register does not know it. */
export function stockOf(state: RegisterState, productId: unknown): StockBalance {
  return state.products.get(productId as string)?.stock ?? EMPTY_STOCK;
}

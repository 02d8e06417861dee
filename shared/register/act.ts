// One act of the register, decided and sealed the same way whatever keeps it: the
// clock's set-back first when the clock is behind (clock.ts), then each draft decided
// against the state (decide.ts), sealed after the head (prepare.ts), stored, and folded
// into the state (evolve.ts). The storage says only how it reads the look-ups and keeps
// an event: IndexedDB on one PC (renderer/db/record.ts), PostgreSQL for several counters
// (electron/network/validate.ts). A refusal comes back as the rules word it; the caller
// aborts its transaction, and nothing of the act is kept. A closure is signed here with
// the register's key, recorded first when the register has none this workstation holds
// (shared/signature/act-signing.ts).
import type { AppError } from '../errors';
import { err, ok, type Result } from '../result';
import type { LotRecall } from '../stock/lot-ledger';
import { clockSetBackDraft, clockSetBackRefused, type ClockHead } from './clock';
import { localDay } from './dates';
import { decide, type Fetched } from './decide';
import type { RegisterEvent } from './events';
import { evolve } from './evolve';
import { keyBefore, sealSigned, withOpeningKey, type ActSigning } from '../signature/act-signing';
import type { RegisterState } from './register-state';
import type { Draft } from './validate';
import { adjustmentDrafts } from './validate-inventory';

/**
 * The adjustments (« écarts d’inventaire ») the inventory sealed as the act's
 * `adjustmentsOf`-th event calls for, one per variance: they need its order number, known
 * only once it is sealed. Said as data, not as a function, so that the act crosses to the
 * main process unchanged and is decided there in the server's one transaction (network mode).
 */
export interface AdjustmentsStep {
  adjustmentsOf: number;
  operationDate: string;
  /** RPPS or Ordre number of the person validating; the holder when absent. */
  validatedBy?: string;
}

/** One step of an act: a draft, or the adjustments of an inventory sealed earlier in it. */
export type Step = Draft | AdjustmentsStep;

export function isDraft(step: Step): step is Draft {
  return !('adjustmentsOf' in step);
}

/** The drafts a step stands for, given the events sealed so far in the act. */
function draftsOf(step: Step, sealed: readonly RegisterEvent[]): readonly Draft[] {
  if (isDraft(step)) return [step];
  const inventory = sealed[step.adjustmentsOf];
  const signed = step.validatedBy === undefined ? {} : { validatedBy: step.validatedBy };
  return inventory ? adjustmentDrafts(inventory).map((body) => ({ operationDate: step.operationDate, body, ...signed })) : [];
}

/** What an act asks of the storage that keeps the register, inside its one transaction. */
export interface ActStorage<Recall extends LotRecall> {
  /** The look-ups a draft declares (decide.ts), read from the register as it stands in the transaction. */
  fetch(state: RegisterState, draft: Draft): Promise<Fetched>;
  /** Keeps a sealed event, and returns what folding it asks of the lots' past (lot-ledger.ts). */
  store(state: RegisterState, event: RegisterEvent): Promise<Recall>;
  /** Keeps what the fold learnt of the lots' past, for the corrections to come. */
  keep(recall: Recall): Promise<void>;
  /**
   * The workstation's signing, when it can sign: without it, a register is opened without
   * a key and a closure of a register that has one is refused.
   */
  signing?: ActSigning;
}

/**
 * Decides, seals and keeps the steps after `last` (the register's last event), moving
 * `state` on in place. On a refusal the state is left part-way: the caller drops it with
 * its transaction.
 */
export async function runAct<Recall extends LotRecall>(
  state: RegisterState,
  last: ClockHead | undefined,
  steps: readonly Step[],
  now: Date,
  storage: ActStorage<Recall>,
): Promise<Result<RegisterEvent[], AppError>> {
  const today = localDay(now);
  const sealed: RegisterEvent[] = [];
  let previous = last;
  const add = async (draft: Draft, fetched: Fetched): Promise<Result<RegisterEvent, AppError>> => {
    const decided = decide(state, fetched, draft, today);
    if (!decided.ok) return decided;
    const signed = sealSigned(withOpeningKey(decided.value, storage.signing), state, { head: state.head, recordedAt: now }, storage.signing);
    if (!signed.ok) return signed;
    const event = signed.value;
    const recall = await storage.store(state, event);
    evolve(state, event, recall);
    await storage.keep(recall);
    previous = event;
    return ok(event);
  };
  for (const step of steps) {
    for (const draft of draftsOf(step, sealed)) {
      // A clock behind the last event: its set-back goes first, in the same act (clock.ts).
      const setBack = clockSetBackDraft(previous, draft, now);
      if (setBack && previous) {
        const behind = previous;
        const noted = await add(setBack, {});
        if (!noted.ok) return err(clockSetBackRefused(behind, now, noted.error));
      }
      // A closure needs a key this workstation holds: recorded just before it, in the same act.
      const key = keyBefore(state, draft, storage.signing);
      if (key) {
        const recorded = await add(key, {});
        if (!recorded.ok) return recorded;
      }
      const added = await add(draft, await storage.fetch(state, draft));
      if (!added.ok) return added;
      sealed.push(added.value);
    }
  }
  return ok(sealed);
}

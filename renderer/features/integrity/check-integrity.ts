// "Vérifier l'intégrité": the chain in the database and the register's rules replayed
// over it ("intègre" means intact and valid), then the reserve journal on the second
// medium, then whether the two tell the same story. The register's state kept beside
// the events must be what they fold to: the write door decides against it.
import { appError, type AppError } from '../../../shared/errors';
import { errorReference, technicalDetail } from '../../../shared/unexpected-error';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { ChainHead } from '../../../shared/register/prepare';
import type { RegisterStore } from '../../db/register-store';
import { checkDatabaseChain } from './check-database';
import { createReplayValidator } from '../../../shared/register/replay';
import { checkDatabaseRules } from './check-rules';
import { checkStoredState } from './check-state';
import { checkReserveAgainst, type ReserveVerdict } from './check-reserve';

export interface IntegrityReport {
  checkedAt: Date;
  /** Problems found, most serious first; empty when the register is intact. */
  problems: AppError[];
  events: number;
  head: ChainHead | null;
  reserve: ReserveVerdict;
}

export async function checkIntegrity(store: RegisterStore, api: RegistreApi | null, registerId: string, now: Date): Promise<IntegrityReport> {
  const chain = await checkDatabaseChain(store).catch(unforeseen);
  // The rules are read only from an intact chain: a broken one is already the verdict.
  const replay = createReplayValidator();
  const rules = chain.ok ? await checkDatabaseRules(store, replay) : null;
  // The state is compared only with a log that is intact and valid: otherwise that is the verdict.
  const state = chain.ok && !rules ? await checkStoredState(store, replay.state) : null;
  const fault = rules ?? state;
  const database = chain.ok && fault ? { ok: false as const, error: fault } : chain;
  const reserve = await checkReserveAgainst(store, api, registerId);
  const problems = [...(database.ok ? [] : [database.error]), ...(reserve.kind === 'problem' ? [reserve.error] : [])];
  return {
    checkedAt: now,
    problems,
    events: database.ok ? database.events : 0,
    head: database.ok ? database.head : null,
    reserve,
  };
}

/**
 * The chain check itself failed: an event the hashing cannot even read (a value with no
 * canonical form, written behind the application's back), a worker that died. Silence
 * would be the worst answer: the verdict is a problem, in French, with a reference to
 * the English detail, kept in the console.
 */
function unforeseen(error: unknown): { ok: false; error: AppError } {
  const reference = errorReference();
  console.error(`[${reference}] vérification d’intégrité : ${technicalDetail(error)}`);
  return { ok: false, error: appError('unexpected', undefined, { reference }) };
}

// "Vérifier l'intégrité": the chain in the database and the register's rules replayed
// over it ("intègre" means intact and valid), the register's state kept beside the events
// compared with what they fold to (the write door decides against it), then the reserve
// journal on the second medium, and whether the two tell the same story.
// Two scopes: at start, only what was added since the last head verified (check-since.ts),
// so that opening a register of any size costs what was recorded since; the whole
// register (check-whole.ts), in a worker, on demand and on a schedule. Each sound check
// moves the verified head (renderer/db/verified-head.ts).
import { appError, type AppError } from '../../../shared/errors';
import { errorReference, technicalDetail } from '../../../shared/unexpected-error';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { ChainHead } from '../../../shared/register/chain-head';
import type { RegisterStore } from '../../db/register-store';
import type { PagesVerdict } from './check-pages';
import { checkReserveAgainst, type ReserveVerdict } from './check-reserve';
import { checkSince } from './check-since';
import { checkWhole, type WholeCheckOptions } from './check-whole';
import { signingSummary, type SigningSummary } from '../../../shared/signature/signing-summary';

/** Only what was added since the last head verified, or the whole register. */
export type IntegrityScope = 'since' | 'whole';

export interface IntegrityReport {
  checkedAt: Date;
  /** Problems found, most serious first; empty when the register is intact. */
  problems: AppError[];
  /** What was checked: the whole register, or the events after `since` (the verified head's order number). */
  scope: { kind: 'whole' } | { kind: 'since'; since: number };
  /** Events checked. */
  events: number;
  head: ChainHead | null;
  reserve: ReserveVerdict;
  /** The closures' signatures checked, and the key in force; null when the check failed. */
  signing: SigningSummary | null;
}

export async function checkIntegrity(
  store: RegisterStore,
  api: RegistreApi | null,
  registerId: string,
  now: Date,
  asked: IntegrityScope = 'whole',
  options: WholeCheckOptions = {},
): Promise<IntegrityReport> {
  // Without a verified head (a register never checked, restored, or kept by an earlier
  // version), there is nothing to start from: the whole register is checked.
  const verified = asked === 'since' ? await store.verifiedHead() : null;
  const scope: IntegrityReport['scope'] = verified ? { kind: 'since', since: verified.head.seq } : { kind: 'whole' };
  const database: PagesVerdict = await (verified ? checkSince(store, verified) : checkWhole(store, options)).catch(unforeseen);
  if (database.ok && database.head) await store.markVerified({ head: database.head, state: database.state, whole: scope.kind === 'whole' }, now);
  const reserve = await checkReserveAgainst(store, api, registerId);
  const problems = [...(database.ok ? [] : [database.error]), ...(reserve.kind === 'problem' ? [reserve.error] : [])];
  return {
    checkedAt: now,
    problems,
    scope,
    events: database.ok ? database.events : 0,
    head: database.ok ? database.head : null,
    reserve,
    signing: database.ok ? signingSummary(database.signatures ?? 0, database.state) : null,
  };
}

/**
 * The check itself failed: an event the hashing cannot even read (a value with no
 * canonical form, written behind the application's back), a worker that died. Silence
 * would be the worst answer: the verdict is a problem, in French, with a reference to
 * the English detail, kept in the console.
 */
function unforeseen(error: unknown): { ok: false; error: AppError } {
  const reference = errorReference();
  console.error(`[${reference}] vérification d’intégrité : ${technicalDetail(error)}`);
  return { ok: false, error: appError('unexpected', undefined, { reference }) };
}

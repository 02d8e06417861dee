// "Vérifier l'intégrité": the chain in the database and the register's rules replayed
// over it ("intègre" means intact and valid), then the reserve journal on the second
// medium, then whether the two tell the same story.
import type { AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { ChainHead } from '../../../shared/register/prepare';
import type { RegisterDatabase } from '../../db/database';
import { checkDatabaseChain } from './check-database';
import { checkDatabaseRules } from './check-rules';
import { checkReserveAgainst, type ReserveVerdict } from './check-reserve';

export interface IntegrityReport {
  checkedAt: Date;
  /** Problems found, most serious first; empty when the register is intact. */
  problems: AppError[];
  events: number;
  head: ChainHead | null;
  reserve: ReserveVerdict;
}

export async function checkIntegrity(db: RegisterDatabase, api: RegistreApi | null, registerId: string, now: Date): Promise<IntegrityReport> {
  const chain = await checkDatabaseChain(db);
  // The rules are read only from an intact chain: a broken one is already the verdict.
  const rules = chain.ok ? await checkDatabaseRules(db) : null;
  const database = chain.ok && rules ? { ok: false as const, error: rules } : chain;
  const reserve = await checkReserveAgainst(db, api, registerId);
  const problems = [...(database.ok ? [] : [database.error]), ...(reserve.kind === 'problem' ? [reserve.error] : [])];
  return {
    checkedAt: now,
    problems,
    events: database.ok ? database.events : 0,
    head: database.ok ? database.head : null,
    reserve,
  };
}

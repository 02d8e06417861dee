// A restore from a reserve journal that is intact but invalid: refused before the first
// event is written, naming the order number and the rule in French.
import { describe, expect, it } from 'vitest';
import { restoreFromReserve } from '../../../../renderer/features/restore/restore-from-reserve';
import { describeError } from '../../../../shared/errors';
import { trackedDatabase } from '../../../fixtures/database';
import { forgedJournals } from '../../../fixtures/forged';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000016';
const main = useTempMainProcess();

describe('restoreFromReserve on an invalid journal', () => {
  it.each(forgedJournals().map((forged) => [forged.name, forged] as const))('imports nothing of %s and says why', async (_name, forged) => {
    const db = trackedDatabase();
    const api = await main.reserveHolding(REGISTER_ID, forged.events);
    const restored = await restoreFromReserve(dexieStore(db), api, { registerId: REGISTER_ID, establishmentName: 'Pharmacie du Marché' });
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.error).toMatchObject({ code: 'integrity.rule', params: { seq: String(forged.seq) } });
    const said = describeError(restored.error);
    expect(said).toMatch(new RegExp(`^Copie de réserve non conforme aux règles du registre au n°\\sd’ordre ${forged.seq}\\s:`));
    expect(said).toMatch(forged.says);
    expect(await db.events.count()).toBe(0);
    expect(await db.monthlyTotals.count()).toBe(0);
  });
});

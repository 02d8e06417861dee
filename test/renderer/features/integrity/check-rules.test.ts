// The integrity check on a database that holds an intact but invalid chain (events added
// behind the application's back and sealed again): the rules name the first bad event.
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../renderer/features/integrity/check-integrity';
import { describeError } from '../../../../shared/errors';
import { trackedDatabase } from '../../../fixtures/database';
import { sealedSlice } from '../../../fixtures/events';
import { forgedJournals } from '../../../fixtures/forged';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000015';
const NOW = new Date('2026-03-10T10:00:00Z');

describe('checkIntegrity replays the rules', () => {
  it.each(forgedJournals().map((forged) => [forged.name, forged] as const))('reports %s with its order number and rule, in French', async (_name, forged) => {
    const db = trackedDatabase();
    await db.events.bulkAdd(forged.events);
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW);
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems;
    expect(problem).toMatchObject({ code: 'integrity.rule', params: { seq: String(forged.seq) } });
    const said = describeError(problem!);
    expect(said).toMatch(new RegExp(`^Registre non conforme aux règles du registre au n°\\sd’ordre ${forged.seq}\\s:`));
    expect(said).toMatch(forged.says);
    // Nothing of an invalid register is reported as its verified head.
    expect(report.head).toBeNull();
    expect(await db.events.count()).toBe(forged.events.length);
  });

  it('reports nothing on a valid register', async () => {
    const db = trackedDatabase();
    await db.events.bulkAdd(sealedSlice());
    expect((await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW)).problems).toEqual([]);
  });
});

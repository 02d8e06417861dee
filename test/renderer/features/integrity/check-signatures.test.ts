// The app's whole check replays the signatures of the closures: a register rewritten in
// the database and re-chained without the key is named at its first signed closure.
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { checkWhole } from '../../../../renderer/features/integrity/check-whole';
import { describeError } from '../../../../shared/errors';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase } from '../../../fixtures/database';
import { forge, signedRegister } from '../../../fixtures/signed-journal';

async function checked(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return checkWhole(dexieStore(db));
}

describe('the whole check of a signed register', () => {
  it('counts the closure’s signature it verified', async () => {
    const { events } = await signedRegister();
    expect(await checked(events)).toMatchObject({ ok: true, events: 7, signatures: 1 });
  });

  it('names the closure whose signature no longer matches, in French', async () => {
    const { events } = await signedRegister();
    const verdict = await checked(forge(events, 4, { ordonnancierNumber: '2026-000099' }));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.at).toBe(6);
    expect(describeError(verdict.error)).toMatch(/n° d’ordre 6.*La signature de cette clôture ne correspond pas à la clé du registre/);
  });
});

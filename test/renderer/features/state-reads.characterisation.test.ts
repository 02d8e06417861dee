// Characterisation: the destruction dossiers read from the register's state
// (record-destruction.ts) are those the fold of the dossier's events gives (the one a
// dossier's PDF is built with), after every event of the scenario journals; and the
// cession's and the closure's progress, read from the state and a few events by type
// (read-progress.ts), go through every step on the journal with every kind of event.
// (The same walk compared them with the old folds of the whole journal before those
// were removed.)
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../renderer/db/dexie-store';
import { record } from '../../../renderer/db/record';
import { readCessionStep, readClosureProgress } from '../../../renderer/features/cession/read-progress';
import { listDossiers } from '../../../renderer/features/destruction/record-destruction';
import type { RegisterEvent } from '../../../shared/register/events';
import { destructionDossiers } from '../../../shared/register/validate-destruction';
import { trackedDatabase } from '../../fixtures/database';
import { accepted } from '../../fixtures/result';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../../shared/editions/scenario';
import { NOW, officineDrafts } from '../db/every-draft';

async function everyKind(): Promise<RegisterEvent[]> {
  return accepted(await record(trackedDatabase(), officineDrafts(), NOW));
}

describe.each([
  ['the officine scenario', async () => scenarioEvents()],
  ['the veterinary scenario', async () => veterinaryEvents()],
  ['the scenario with a monthly closure', async () => closedScenarioEvents()],
  ['a register with every kind of event, to its cession and closure', everyKind],
])('the dossiers read from the state on %s', (_name, journal) => {
  it('give the dossiers the fold of the events gives, after every event', async () => {
    const events = await journal();
    const db = trackedDatabase();
    const store = dexieStore(db);
    for (const [index, event] of events.entries()) {
      // Added as they are: the state is folded from the journal when no row describes its head.
      await db.events.add(event);
      const soFar = events.slice(0, index + 1);
      expect(await listDossiers(store)).toEqual([...destructionDossiers(soFar).values()].sort((a, b) => b.planned.seq - a.planned.seq));
    }
  });
});

it('the journal with every kind of event goes through every step of the cession, the closure’s inventory and the closure, with a dossier', async () => {
  const events = await everyKind();
  const db = trackedDatabase();
  const store = dexieStore(db);
  const steps = new Set<string>();
  const done = new Set<string>();
  for (const event of events) {
    await db.events.add(event);
    steps.add((await readCessionStep(store)).step);
    for (const [fact, value] of Object.entries(await readClosureProgress(store))) if (typeof value === 'object') done.add(fact);
  }
  expect([...steps].sort()).toEqual(['done', 'hand-over', 'inventory', 'transfer-pdf']);
  // A journal after the last movement: read-progress.test.ts.
  expect([...done].sort()).toEqual(['closed', 'finalInventory']);
  expect(await listDossiers(store)).not.toEqual([]);
});

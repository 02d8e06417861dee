// The counter's memory of people: kept by the write door from the events it adds, read
// by index as a name is typed, rebuilt from the events alone when an older database opens.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../renderer/db/dexie-store';
import { record } from '../../../renderer/db/record';
import type { RegisterEvent } from '../../../shared/register/events';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { accepted } from '../../fixtures/result';

const NOW = new Date(2026, 2, 10, 12, 0);
const HELENE = { kind: 'patient' as const, name: 'Hélène Lefèvre', address: '5 place Bellecour, 69002 Lyon' };

async function registerWithPeople() {
  const db = trackedDatabase();
  accepted(
    await record(
      db,
      [
        on('2026-03-02', openingDraft()),
        on('2026-03-02', productDraft()),
        on('2026-03-03', receiptDraft({ quantity: units(50) })),
        on('2026-03-04', dispensationDraft({ ordonnancierNumber: 'O-1' })), // 4: Jean Dupont
        on('2026-03-05', dispensationDraft({ ordonnancierNumber: 'O-2', recipient: HELENE, quantity: units(3) })), // 5
        on('2026-03-06', dispensationDraft({ ordonnancierNumber: 'O-3', recipient: { ...HELENE, name: 'HELENE LEFEVRE' } })), // 6
      ],
      NOW,
    ),
  );
  return db;
}

describe('the memory of people', () => {
  it('suggests the people the register named, accents and case aside, the most recent first', async () => {
    const store = dexieStore(await registerWithPeople());
    const patients = await store.suggestPeople('patient', 'lefe');
    // Hélène Lefèvre written twice is one person: the latest writing is shown.
    expect(patients.map(({ name, lastSeq }) => [name, lastSeq])).toEqual([['HELENE LEFEVRE', 6]]);
    expect((await store.suggestPeople('patient', '')).map(({ name }) => name)).toEqual(['HELENE LEFEVRE', 'Jean Dupont']);
    expect((await store.suggestPeople('prescriber', 'goff')).map(({ name, address }) => [name, address])).toEqual([
      ['Dr Anne Le Goff', '12 rue du Port, 56100 Lorient'],
    ]);
    expect((await store.suggestPeople('supplier', 'rep')).map(({ profession }) => profession)).toEqual(['Grossiste-répartiteur']);
    expect(await store.suggestPeople('owner', '')).toEqual([]);
  });

  it('lists the events that named a person, newest first', async () => {
    const store = dexieStore(await registerWithPeople());
    const [helene] = await store.suggestPeople('patient', 'helene');
    expect((await store.personEvents(helene?.key ?? '', 10)).map((event) => event.seq)).toEqual([6, 5]);
    expect((await store.personEvents(helene?.key ?? '', 1)).map((event) => event.seq)).toEqual([6]);
  });

  it('warns of a dispensation entered twice, but not of one whose original was corrected', async () => {
    const db = await registerWithPeople();
    const store = dexieStore(db);
    const again = on('2026-03-08', dispensationDraft({ ordonnancierNumber: 'O-2', recipient: HELENE, quantity: units(3) }));
    if (again.body.type !== 'dispensation') throw new Error('a dispensation');
    const draft = { operationDate: again.operationDate, body: again.body };
    expect((await store.likelyDuplicates(draft)).map(({ event, reason }) => [event.seq, reason])).toEqual([[5, 'ordonnancier']]);
    accepted(await record(db, [on('2026-03-08', correctionDraft(5))], NOW));
    expect(await store.likelyDuplicates(draft)).toEqual([]);
  });

  it('is read again from the events when a database of version 6 is opened', async () => {
    const source = await registerWithPeople();
    const events: RegisterEvent[] = await source.events.orderBy('seq').toArray();
    const name = uniqueDatabaseName();
    const older = new Dexie(name);
    older.version(6).stores({
      events: 'seq, type, [productId+seq], operationDate, [lot+productId], [recipient.name+prescription.date]',
      monthlyTotals: '[productId+month], productId',
      meta: 'key',
      state: 'key',
      lotAllocations: 'seq',
    });
    await older.table('events').bulkAdd(events);
    older.close();
    const store = dexieStore(trackedDatabase(name));
    expect((await store.suggestPeople('patient', '')).map(({ name: patient, lastSeq }) => [patient, lastSeq])).toEqual([
      ['HELENE LEFEVRE', 6],
      ['Jean Dupont', 4],
    ]);
    const [helene] = await store.suggestPeople('patient', 'hél');
    expect((await store.personEvents(helene?.key ?? '', 10)).map((event) => event.seq)).toEqual([6, 5]);
  });
});

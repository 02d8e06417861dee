// Version 5 indexes dispensations by patient and prescription date: the write door reads a
// patient's earlier dispensations by it, and decides as the replay of the journal does.
import { describe, expect, it } from 'vitest';
import { patientDispensations } from '../../../renderer/db/patient-history';
import { record } from '../../../renderer/db/record';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import type { Dispensation, PrescriptionRecord, RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { replayJournal } from '../../../shared/register/replay';
import type { Draft } from '../../../shared/register/validate';
import { version4Database } from '../../fixtures/earlier-databases';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { closedScenarioEvents } from '../../shared/editions/scenario';

const RX: PrescriptionRecord = { date: '2026-03-02', days: 28, quantity: units(28) };
const NOW = new Date(2026, 2, 31, 18, 0);

function onPrescription(day: string, prescription: Partial<PrescriptionRecord>, overrides: Partial<Dispensation> = {}): Draft {
  return on(day, dispensationDraft({ quantity: units(28), prescription: { ...RX, ...prescription }, ...overrides }));
}

async function openedWithStock() {
  const db = trackedDatabase();
  accepted(await record(db, [openingDraft(), productDraft(), on('2026-03-02', receiptDraft({ quantity: units(500) }))], NOW));
  return db;
}

describe('version 6 of the database: dispensations by patient', () => {
  it('opens a version 4 database with its events unchanged, and indexes them as they are', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version4Database(name, events, stateRow(foldEvents(events)));
    const db = trackedDatabase(name);
    expect(await db.events.orderBy('seq').toArray()).toEqual(events);
    expect(db.verno).toBe(7);
    // Their dispensations carry no prescription: none is in the index, nothing is checked against them.
    expect(await db.events.orderBy('[recipient.name+prescription.date]').count()).toBe(0);
  });

  it('records a dispensation on a prescription after the upgrade, against the upgraded state', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version4Database(name, events, stateRow(foldEvents(events)));
    const db = trackedDatabase(name);
    const [event] = accepted(await record(db, [onPrescription('2026-04-15', { date: '2026-04-14' }, { quantity: units(1) })], new Date(2026, 3, 15, 18, 0)));
    expect(event).toMatchObject({ type: 'dispensation', prescription: { date: '2026-04-14' } });
    expect(await patientDispensations(db, 'Jean Dupont', '2026-01-01')).toHaveLength(1);
  });
});

describe('record: a dispensation checked against the patient’s earlier ones (art. R. 5132-33)', () => {
  it('reads the patient’s dispensations on a prescription by the index, from the day asked', async () => {
    const db = await openedWithStock();
    accepted(await record(db, [onPrescription('2026-03-02', {}), on('2026-03-02', dispensationDraft({ quantity: units(1) }))], NOW));
    accepted(
      await record(
        db,
        [
          onPrescription(
            '2026-03-03',
            { date: '2026-03-03', mentions: { overlapAllowed: true } },
            { recipient: { kind: 'patient', name: 'Marie Durand', address: 'Brest' } },
          ),
        ],
        NOW,
      ),
    );
    expect((await patientDispensations(db, 'Jean Dupont', '2026-01-01')).map((facts) => facts.seq)).toEqual([4]);
    expect(await patientDispensations(db, 'Jean Dupont', '2026-03-03')).toEqual([]);
  });

  it('refuses a second dispensation of a prescription already filled, and accepts it once the first is corrected', async () => {
    const db = await openedWithStock();
    accepted(await record(db, [onPrescription('2026-03-02', {})], NOW));
    expect(refusal(await record(db, [onPrescription('2026-03-03', {}, { ordonnancierNumber: '2026-000043' })], NOW))).toMatchObject({
      code: 'prescription.exceedsCover',
    });
    accepted(await record(db, [on('2026-03-03', correctionDraft(4, { reason: 'doublon', comment: 'saisie à refaire' }))], NOW));
    accepted(await record(db, [onPrescription('2026-03-03', {}, { ordonnancierNumber: '2026-000043' })], NOW));
  });

  it('asks a reason for a chevauchement, records it, and the replay of the journal decides the same', async () => {
    const db = await openedWithStock();
    accepted(await record(db, [onPrescription('2026-03-02', {})], NOW));
    const overlap = onPrescription('2026-03-20', { date: '2026-03-20' });
    expect(refusal(await record(db, [overlap], NOW))).toMatchObject({ code: 'prescription.reasonRequired' });
    const reasoned = onPrescription('2026-03-20', { date: '2026-03-20', overrideReason: 'Posologie augmentée, prescripteur joint' });
    accepted(await record(db, [reasoned], NOW));
    const events = await db.events.orderBy('seq').toArray();
    expect(events.at(-1)).toMatchObject({ prescription: { overrideReason: 'Posologie augmentée, prescripteur joint' } });
    expect(replayJournal(events)).toBeNull();
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
  });

  it('is refused by the replay when the reason is taken out of the journal', async () => {
    const db = await openedWithStock();
    accepted(
      await record(
        db,
        [onPrescription('2026-03-02', {}), onPrescription('2026-03-20', { date: '2026-03-20', overrideReason: 'Vu avec le prescripteur' })],
        NOW,
      ),
    );
    const events = await db.events.orderBy('seq').toArray();
    const { rechain } = await import('../../fixtures/events');
    const last = events.at(-1) as RegisterEvent & Dispensation;
    const { overrideReason: _gone, ...withoutReason } = last.prescription!;
    const forged = rechain([...events.slice(0, -1), { ...last, prescription: withoutReason }]);
    expect(replayJournal(forged)).toMatchObject({ seq: last.seq, rule: 'prescription.reasonRequired' });
  });
});

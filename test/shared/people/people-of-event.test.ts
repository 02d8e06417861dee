// The counter's memory reads the people from the register's own events.
import { describe, expect, it } from 'vitest';
import { mergeSeen, peopleOf, personKey, personTerms, type PersonSeen } from '../../../shared/people/people-of-event';
import { dispensationDraft, PATIENT, PRESCRIBER, receiptDraft, SUPPLIER, units } from '../../fixtures/drafts';
import { sealedAs } from './sealed';

describe('peopleOf', () => {
  it('reads the patient and the prescriber of a dispensation, with the RPPS when the prescription gave it', () => {
    const event = sealedAs(7, dispensationDraft({ prescription: { date: '2026-03-01', days: 28, quantity: units(28), prescriberRpps: '10003456789' } }));
    expect(peopleOf(event)).toEqual([
      { role: 'patient', ...PATIENT, lastSeq: 7, lastDate: '2026-03-02' },
      { role: 'prescriber', ...PRESCRIBER, rpps: '10003456789', lastSeq: 7, lastDate: '2026-03-02' },
    ]);
  });

  it('reads no patient from an anonymous dispensation (art. L. 3414-1)', () => {
    const event = sealedAs(8, dispensationDraft({ recipient: { kind: 'anonymous' } }));
    expect(peopleOf(event).map((person) => person.role)).toEqual(['prescriber']);
  });

  it('reads the supplier of a receipt with its profession', () => {
    expect(peopleOf(sealedAs(3, receiptDraft()))).toEqual([{ role: 'supplier', ...SUPPLIER, lastSeq: 3, lastDate: '2026-03-02' }]);
  });

  it('reads the owner of an animal', () => {
    const event = sealedAs(9, {
      operationDate: '2026-03-04',
      body: { type: 'vet.administration', productId: 'P2', quantity: units(1), animal: { identification: 'Rex', species: 'chien' }, owner: PATIENT },
    });
    expect(peopleOf(event)).toEqual([{ role: 'owner', ...PATIENT, lastSeq: 9, lastDate: '2026-03-04' }]);
  });
});

describe('personKey and personTerms', () => {
  it('takes the same person typed differently as one, two addresses as two', () => {
    expect(personKey('patient', 'MARTIN Jean', '3, rue des Lilas')).toBe(personKey('patient', 'martin  jean', '3 rue des lilas'));
    expect(personKey('patient', 'Jean Martin', '3 rue des Lilas')).not.toBe(personKey('patient', 'Jean Martin', '8 avenue Foch'));
    expect(personKey('patient', 'Jean Martin', 'Lyon')).not.toBe(personKey('prescriber', 'Jean Martin', 'Lyon'));
  });

  it('indexes each word of the name under its role', () => {
    expect(personTerms('prescriber', 'Dr Anne Le Goff')).toEqual(['prescriber:dr', 'prescriber:anne', 'prescriber:le', 'prescriber:goff']);
  });
});

describe('mergeSeen', () => {
  const earlier: PersonSeen = { role: 'prescriber', ...PRESCRIBER, rpps: '10003456789', lastSeq: 4, lastDate: '2026-03-01' };

  it('keeps the latest writing and what only the earlier event said', () => {
    const later: PersonSeen = { role: 'prescriber', name: 'Dr Anne LE GOFF', address: PRESCRIBER.address, lastSeq: 9, lastDate: '2026-03-05' };
    expect(mergeSeen(earlier, later)).toEqual({ ...later, rpps: '10003456789' });
    expect(mergeSeen(later, earlier)).toEqual({ ...later, rpps: '10003456789' });
  });
});

// A dispensation that looks entered twice is asked about before it is recorded.
import { describe, expect, it } from 'vitest';
import { likelyDuplicates, type DispensationDraft } from '../../../shared/people/duplicates';
import type { Dispensation } from '../../../shared/register/events';
import { dispensationDraft, on, units } from '../../fixtures/drafts';
import { sealedAs } from './sealed';

const draftOf = (overrides: Partial<Dispensation> = {}, day = '2026-03-02') => on(day, dispensationDraft(overrides)) as DispensationDraft;
const none = new Set<number>();

describe('likelyDuplicates', () => {
  it('finds the same ordonnancier number for the same product, whatever the day', () => {
    const earlier = sealedAs(5, on('2026-02-20', dispensationDraft({ ordonnancierNumber: '2026-0042', quantity: units(3) })));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: ' 2026-0042 ' }), [earlier], none)).toEqual([{ event: earlier, reason: 'ordonnancier' }]);
  });

  it('lets the next product of the same prescription pass: same number, another product', () => {
    const earlier = sealedAs(5, dispensationDraft({ ordonnancierNumber: '2026-0042', productId: 'P1' }));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0042' }), [earlier], none)).toEqual([]);
  });

  it('finds the same patient, product and quantity on the same day, the name typed differently', () => {
    const earlier = sealedAs(
      6,
      dispensationDraft({ ordonnancierNumber: '2026-0040', recipient: { kind: 'patient', name: 'JEAN DUPONT', address: 'Lorient' } }),
    );
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0041' }), [earlier], none)).toEqual([{ event: earlier, reason: 'patientDay' }]);
  });

  it('lets another quantity, another day or an anonymous patient pass', () => {
    const earlier = sealedAs(6, dispensationDraft({ ordonnancierNumber: '2026-0040' }));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0041', quantity: units(5) }), [earlier], none)).toEqual([]);
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0041' }, '2026-03-03'), [earlier], none)).toEqual([]);
    const anonymous = sealedAs(7, dispensationDraft({ ordonnancierNumber: '2026-0040', recipient: { kind: 'anonymous' } }));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0041', recipient: { kind: 'anonymous' } }), [anonymous], none)).toEqual([]);
  });

  it('no longer counts a dispensation already corrected: re-entering it is the correction’s purpose', () => {
    const earlier = sealedAs(5, dispensationDraft({ ordonnancierNumber: '2026-0042' }));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0042' }), [earlier], new Set([5]))).toEqual([]);
  });

  it('names each earlier line once, in register order', () => {
    const a = sealedAs(9, dispensationDraft({ ordonnancierNumber: '2026-0042' }));
    const b = sealedAs(4, dispensationDraft({ ordonnancierNumber: '2026-0030' }));
    expect(likelyDuplicates(draftOf({ ordonnancierNumber: '2026-0042' }), [a, b, a], none).map(({ event }) => event.seq)).toEqual([4, 9]);
  });
});

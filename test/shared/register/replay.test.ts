import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/register/chain';
import { replayJournal } from '../../../shared/register/replay';
import { loose, rechain, sealedSlice } from '../../fixtures/events';
import { forgedJournals } from '../../fixtures/forged';

describe('replayJournal', () => {
  it.each(forgedJournals().map((forged) => [forged.name, forged] as const))('names the first event that breaks a rule: %s', (_name, forged) => {
    // The chain alone finds nothing wrong: only the rules do.
    expect(verifyChain(forged.events)).toBeNull();
    const fault = replayJournal(forged.events);
    expect(fault).toMatchObject({ seq: forged.seq, rule: forged.rule });
    expect(fault?.message).toMatch(forged.says);
  });

  it('refuses a field the rules would have derived otherwise (a product id not its own order number)', () => {
    const events = loose(sealedSlice());
    const forged = rechain([events[0]!, { ...events[1], productId: 'P7' }]);
    expect(replayJournal(forged)).toMatchObject({ seq: 2, rule: 'replay.mismatch' });
  });

  it('refuses an event validated by someone not authorised then', () => {
    const events = loose(sealedSlice());
    const forged = rechain([...events.slice(0, 3), { ...events[3], validatedBy: { name: 'Inconnu', orderNumber: '999' } }]);
    expect(replayJournal(forged)).toMatchObject({ seq: 4, rule: 'validator.notAuthorized' });
  });

  it('refuses a journal that does not begin with the opening', () => {
    expect(replayJournal(rechain(sealedSlice().slice(1)))).toMatchObject({ seq: 1, rule: 'register.notOpened' });
  });

  it('accepts a theft recorded before the register asked for the days of the complaint and declarations', () => {
    const events = loose(sealedSlice());
    const { recipient: _r, prescriber: _p, ordonnancierNumber: _o, ...exit } = events[3]!;
    const theft = {
      ...exit,
      type: 'theft',
      compartment: 'dispensable',
      circumstances: 'Effraction',
      policeReportRef: 'PV 12',
      regionalDeclarationRef: 'ARS 3',
      agencyDeclarationRef: 'ANSM 4',
    };
    expect(replayJournal(rechain([...events.slice(0, 3), theft]))).toBeNull();
    // Only all three absent is the old form: one day missing is still refused.
    expect(replayJournal(rechain([...events.slice(0, 3), { ...theft, policeReportDate: '2026-03-02' }]))).toMatchObject({ seq: 4 });
  });

  it('accepts a bearer recorded before the register asked for their address, and only with their document (art. R. 5132-35)', () => {
    const events = loose(sealedSlice());
    const withBearer = (bearer: Record<string, unknown>) => replayJournal(rechain([...events.slice(0, 3), { ...events[3], bearer }]));
    expect(events[3]?.type).toBe('dispensation');
    expect(withBearer({ name: 'Paul Dupont', idReference: 'CNI 123456789012' })).toBeNull();
    // The earlier rule wanted the document: a bearer with neither address nor document was never valid.
    expect(withBearer({ name: 'Paul Dupont' })).toMatchObject({ seq: 4, rule: 'bearer.unknownWithoutId' });
    // Today's shapes: an address and a document, or an address and « connu ».
    expect(withBearer({ name: 'Paul Dupont', address: '8 rue des Lilas', idReference: 'CNI 1' })).toBeNull();
    expect(withBearer({ name: 'Paul Dupont', address: '8 rue des Lilas', known: true })).toBeNull();
    expect(withBearer({ name: 'Paul Dupont', known: true })).toMatchObject({ seq: 4, rule: 'field.required' });
    expect(withBearer({ name: 'Paul Dupont', address: '8 rue des Lilas' })).toMatchObject({ seq: 4, rule: 'bearer.unknownWithoutId' });
  });
});

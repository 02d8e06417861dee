import { describe, expect, it } from 'vitest';
import type { CorrectableEvent, RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { correctedValues, fieldToChange } from '../../../../renderer/features/register/corrected-values';

/** A recorded line of the register: what the forms read of it is its body, date and observation. */
function line(body: Record<string, unknown>): CorrectableEvent {
  return {
    format: 2,
    seq: 12,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    recordedAt: '2026-11-23T10:00:00.000Z',
    operationDate: '2026-11-22',
    validatedBy: { name: 'Hélène Durand', rpps: '10101234567' },
    productId: 'P1',
    quantity: toMilli(1_234_000),
    ...body,
  } as unknown as RegisterEvent as CorrectableEvent;
}

describe('correctedValues — the reversed line entered again', () => {
  it('fills a receipt in units of intake, with its lot, supplier and papers', () => {
    const values = correctedValues(
      line({
        type: 'receipt',
        supplier: { name: 'OCP Répartition', address: 'ZI Sud, 69800 Saint-Priest', profession: 'Grossiste-répartiteur' },
        deliveryRef: 'BL-118',
        lot: 'AB12C',
        expiry: '2028-06',
        authorisation: { kind: 'AIS', number: 'AIS-2026-7' },
        observation: 'carton abîmé',
      }),
    );
    expect(values).toEqual({
      productId: 'P1',
      operationDate: '2026-11-22',
      quantity: '1234',
      observation: 'carton abîmé',
      receivedIn: 'units',
      lot: 'AB12C',
      expiry: '06/2028',
      'supplier.name': 'OCP Répartition',
      'supplier.profession': 'Grossiste-répartiteur',
      'supplier.address': 'ZI Sud, 69800 Saint-Priest',
      deliveryRef: 'BL-118',
      orderBookRef: '',
      'authorisation.kind': 'AIS',
      'authorisation.number': 'AIS-2026-7',
    });
  });

  it('keeps a fraction of a unit as typed, without separators', () => {
    expect(correctedValues(line({ type: 'preparation.use', quantity: toMilli(2_500), preparationNumber: 'PM-12' }))).toMatchObject({
      quantity: '2,5',
      preparationNumber: 'PM-12',
    });
  });

  it('fills every other kind a correction can reverse', () => {
    const common = { productId: 'P1', operationDate: '2026-11-22', quantity: '1234', observation: '' };
    expect(correctedValues(line({ type: 'opening.balance', compartment: 'quarantine', source: 'registre papier p. 12' }))).toEqual({
      ...common,
      compartment: 'quarantine',
      source: 'registre papier p. 12',
    });
    expect(correctedValues(line({ type: 'patient.return', returnedBy: 'Jean Martin' }))).toEqual({ ...common, returnedBy: 'Jean Martin', comment: '' });
    expect(
      correctedValues(line({ type: 'supplier.return', compartment: 'dispensable', supplier: { name: 'OCP', address: 'Lyon' }, reason: 'erreur de livraison' })),
    ).toEqual({
      ...common,
      compartment: 'dispensable',
      supplierName: 'OCP',
      supplierAddress: 'Lyon',
      reason: 'erreur de livraison',
      returnRef: '',
      authorisationKind: '',
      authorisationNumber: '',
    });
    expect(
      correctedValues(
        line({
          type: 'theft',
          compartment: 'dispensable',
          circumstances: 'cambriolage',
          policeReportRef: 'PV-1',
          regionalDeclarationRef: 'ARS-1',
          agencyDeclarationRef: 'ANSM-1',
          policeReportDate: '2026-11-22',
        }),
      ),
    ).toMatchObject({ circumstances: 'cambriolage', policeReportRef: 'PV-1', policeReportDate: '2026-11-22', regionalDeclarationDate: '' });
    expect(
      correctedValues(
        line({
          type: 'vet.dispensing',
          animal: { identification: '250269604123456', species: 'Chien' },
          owner: { name: 'Mme Roux', address: 'Lyon' },
          prescriptionRef: 'ORD-9',
          prescribedDays: 14,
        }),
      ),
    ).toEqual({
      ...common,
      animalIdentification: '250269604123456',
      animalSpecies: 'Chien',
      ownerName: 'Mme Roux',
      ownerAddress: 'Lyon',
      prescriptionRef: 'ORD-9',
      prescribedDays: '14',
    });
    expect(
      correctedValues(line({ type: 'vet.administration', animal: { identification: 'X', species: 'Chat' }, owner: { name: 'M. Simon', address: 'Lyon' } })),
    ).not.toHaveProperty('prescriptionRef');
    expect(correctedValues(line({ type: 'quarantine.moved', reason: 'expired', lot: 'L1' }))).toEqual({ ...common, lot: 'L1', reason: 'expired', comment: '' });
  });
});

describe('fieldToChange — where the cursor waits', () => {
  it('is the field the reason says was wrong', () => {
    const receipt = line({ type: 'receipt' });
    expect(fieldToChange(receipt, 'quantite')).toBe('quantity');
    expect(fieldToChange(receipt, 'produit')).toBe('productId');
    expect(fieldToChange(receipt, 'date')).toBe('operationDate');
    expect(fieldToChange(receipt, 'tiers')).toBe('supplier.name');
    expect(fieldToChange(line({ type: 'dispensation' }), 'tiers')).toBe('recipient.name');
    expect(fieldToChange(line({ type: 'preparation.use' }), 'tiers')).toBeNull();
    expect(fieldToChange(receipt, 'doublon')).toBeNull();
  });
});

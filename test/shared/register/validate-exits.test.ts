import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { decideDraft } from '../../fixtures/register';
import { dispensationDraft, OPERATION_DAY, openedContext, PATIENT, PRESCRIBER, stock, TODAY, units, veterinaryContext } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import {
  ANIMAL,
  contextFor,
  EXIT_KINDS,
  MOVEMENT_DRAFTS,
  MOVEMENT_KINDS,
  omit,
  OWNER,
  preparationUseDraft,
  supplierReturnDraft,
  theftDraft,
  vetAdministrationDraft,
  vetDispensingDraft,
  VETERINARY_KINDS,
  withField,
  type MovementKind,
} from './drafts';

const BEARER = { name: 'Paul Dupont', address: '8 rue des Lilas, 56100 Lorient', idReference: 'CNI 123456789012' };

describe('validateDraft: dispensation', () => {
  it('records a dispensation to a patient, trimmed', () => {
    const draft = dispensationDraft({ recipient: { kind: 'patient', name: ' Jean Dupont ', address: PATIENT.address }, ordonnancierNumber: ' 2026-000042 ' });
    expect(accepted(decideDraft(draft, openedContext())).body).toEqual({
      type: 'dispensation',
      productId: 'P2',
      quantity: units(12),
      recipient: { kind: 'patient', ...PATIENT },
      prescriber: PRESCRIBER,
      ordonnancierNumber: '2026-000042',
    });
  });

  it('records an anonymous dispensation without any name, even one typed before choosing anonymity', () => {
    const draft = dispensationDraft({ recipient: { kind: 'anonymous', ...PATIENT } as never });
    expect(accepted(decideDraft(draft, openedContext())).body).toMatchObject({ recipient: { kind: 'anonymous' } });
    expect(accepted(decideDraft(draft, openedContext())).body).not.toHaveProperty('recipient.name');
  });

  it('records a dispensation to a practitioner for professional use, with their name and address', () => {
    const draft = dispensationDraft({ recipient: { kind: 'professional', ...PRESCRIBER } });
    expect(accepted(decideDraft(draft, openedContext())).body).toMatchObject({ recipient: { kind: 'professional', ...PRESCRIBER } });
  });

  it.each([undefined, 'famille', 'Patient'])('refuses the recipient kind %j, which is not in the list', (kind) => {
    expect(refusal(decideDraft(withField(dispensationDraft(), 'recipient.kind', kind), openedContext()))).toEqual({
      code: 'field.invalidChoice',
      field: 'recipient.kind',
      params: { label: 'bénéficiaire' },
    });
  });

  it('records no bearer when none is given', () => {
    expect(accepted(decideDraft(dispensationDraft({ bearer: { name: ' ', idReference: '' } }), openedContext())).body).not.toHaveProperty('bearer');
  });

  it('records the bearer, their address and the ID they showed, trimmed (art. R. 5132-35)', () => {
    const draft = dispensationDraft({ bearer: { name: ` ${BEARER.name} `, address: `${BEARER.address} `, idReference: ` ${BEARER.idReference}` } });
    expect(accepted(decideDraft(draft, openedContext())).body).toMatchObject({ bearer: BEARER });
  });

  it('records a bearer the pharmacy knows without an identity document (art. R. 5132-35)', () => {
    const draft = dispensationDraft({ bearer: { name: BEARER.name, address: BEARER.address, known: true } });
    expect(accepted(decideDraft(draft, openedContext())).body).toHaveProperty('bearer', { name: BEARER.name, address: BEARER.address, known: true });
  });

  it('keeps the identity document when one is noted for a known bearer, and no mention of being known', () => {
    const draft = dispensationDraft({ bearer: { ...BEARER, known: true } });
    expect(accepted(decideDraft(draft, openedContext())).body).toHaveProperty('bearer', BEARER);
  });

  it('refuses an unknown bearer without an identity document, citing the article', () => {
    const draft = dispensationDraft({ bearer: { name: BEARER.name, address: BEARER.address } });
    expect(refusal(decideDraft(draft, openedContext()))).toEqual({ code: 'bearer.unknownWithoutId', field: 'bearer.idReference' });
    expect(describeError({ code: 'bearer.unknownWithoutId' })).toContain('art. R. 5132-35');
  });
});

describe('validateDraft: what each exit must say', () => {
  it('records a veterinary administration', () => {
    expect(accepted(decideDraft(vetAdministrationDraft(), veterinaryContext())).body).toEqual({
      type: 'vet.administration',
      productId: 'P2',
      quantity: units(2),
      animal: ANIMAL,
      owner: OWNER,
    });
  });

  it('records a veterinary dispensing to the owner', () => {
    expect(accepted(decideDraft(vetDispensingDraft(), veterinaryContext())).body).toEqual({
      type: 'vet.dispensing',
      productId: 'P2',
      quantity: units(10),
      animal: ANIMAL,
      owner: OWNER,
      prescriptionRef: 'ORD-2026-118',
    });
  });

  it('records the days of treatment the veterinarian prescribed, 28 at most (art. R. 5132-30)', () => {
    expect(accepted(decideDraft(vetDispensingDraft({ prescribedDays: 28 }), veterinaryContext())).body).toMatchObject({ prescribedDays: 28 });
    expect(refusal(decideDraft(vetDispensingDraft({ prescribedDays: 29 }), veterinaryContext()))).toEqual({
      code: 'vet.prescriptionTooLong',
      field: 'prescribedDays',
      params: { days: '29' },
    });
    expect(describeError({ code: 'vet.prescriptionTooLong', params: { days: '29' } })).toContain('art. R. 5132-30');
    for (const days of [0, 1.5, Number.NaN]) {
      expect(refusal(decideDraft(vetDispensingDraft({ prescribedDays: days }), veterinaryContext()))).toMatchObject({
        code: 'prescription.daysMalformed',
        field: 'prescribedDays',
      });
    }
  });

  it('records a use in a magistral preparation', () => {
    expect(accepted(decideDraft(preparationUseDraft({ preparationNumber: ' PM-2026-017 ' }), openedContext())).body).toEqual({
      type: 'preparation.use',
      productId: 'P2',
      quantity: units(3),
      preparationNumber: 'PM-2026-017',
    });
  });

  it('records a return to the supplier with its reference', () => {
    const draft = supplierReturnDraft({ returnRef: ' BR-77 ', compartment: 'quarantine' });
    expect(accepted(decideDraft(draft, openedContext({ stock: stock(100, 10) }))).body).toEqual({
      type: 'supplier.return',
      productId: 'P2',
      quantity: units(5),
      compartment: 'quarantine',
      supplier: { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan' },
      reason: 'Lot rappelé',
      returnRef: 'BR-77',
    });
  });

  it('records no return reference when it is left blank', () => {
    expect(accepted(decideDraft(supplierReturnDraft({ returnRef: '' }), openedContext())).body).not.toHaveProperty('returnRef');
  });

  it('records a theft with its complaint and both declarations', () => {
    expect(accepted(decideDraft(theftDraft(), openedContext())).body).toEqual({
      type: 'theft',
      productId: 'P2',
      quantity: units(4),
      compartment: 'dispensable',
      circumstances: 'Effraction de l’armoire forte constatée à l’ouverture',
      policeReportRef: 'PV 2026/118',
      regionalDeclarationRef: 'DECL-REG-44',
      agencyDeclarationRef: 'DECL-NAT-45',
      policeReportDate: TODAY,
      regionalDeclarationDate: TODAY,
      agencyDeclarationDate: TODAY,
    });
  });

  it.each<[MovementKind, string, string]>([
    ['dispensation', 'recipient.name', 'nom du patient'],
    ['dispensation', 'recipient.address', 'adresse du patient'],
    ['dispensation', 'prescriber.name', 'nom du prescripteur'],
    ['dispensation', 'prescriber.address', 'adresse du prescripteur'],
    ['dispensation', 'ordonnancierNumber', 'numéro d’ordonnancier'],
    ['vet.administration', 'animal.identification', 'identification de l’animal'],
    ['vet.administration', 'animal.species', 'espèce'],
    ['vet.administration', 'owner.name', 'nom du détenteur'],
    ['vet.administration', 'owner.address', 'adresse du détenteur'],
    ['vet.dispensing', 'animal.identification', 'identification de l’animal'],
    ['vet.dispensing', 'animal.species', 'espèce'],
    ['vet.dispensing', 'owner.name', 'nom du détenteur'],
    ['vet.dispensing', 'owner.address', 'adresse du détenteur'],
    ['vet.dispensing', 'prescriptionRef', 'référence de l’ordonnance'],
    ['preparation.use', 'preparationNumber', 'numéro au registre des préparations'],
    ['supplier.return', 'supplier.name', 'nom du fournisseur'],
    ['supplier.return', 'supplier.address', 'adresse du fournisseur'],
    ['supplier.return', 'reason', 'motif du retour'],
    ['theft', 'circumstances', 'circonstances'],
    ['theft', 'policeReportRef', 'référence du dépôt de plainte'],
    ['theft', 'regionalDeclarationRef', 'référence de la déclaration à l’ARS'],
    ['theft', 'agencyDeclarationRef', 'référence de la déclaration à l’ANSM'],
  ])('refuses a %s without %s', (kind, field, label) => {
    expect(refusal(decideDraft(omit(MOVEMENT_DRAFTS[kind](), field), contextFor(kind)))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it.each([
    ['recipient.name', 'nom du praticien'],
    ['recipient.address', 'adresse du praticien'],
  ])('refuses a dispensation for professional use without %s', (field, label) => {
    const draft = omit(dispensationDraft({ recipient: { kind: 'professional', ...PRESCRIBER } }), field);
    expect(refusal(decideDraft(draft, openedContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it.each([
    ['bearer.name', 'nom du porteur', { address: BEARER.address, idReference: BEARER.idReference }],
    ['bearer.address', 'adresse du porteur', { name: BEARER.name, idReference: BEARER.idReference }],
    ['bearer.address', 'adresse du porteur', { name: BEARER.name, known: true }],
  ])('refuses a bearer without %s', (field, label, bearer) => {
    expect(refusal(decideDraft(dispensationDraft({ bearer: bearer as never }), openedContext()))).toEqual({
      code: 'field.required',
      field,
      params: { label },
    });
  });

  it.each<[MovementKind, unknown]>([
    ['supplier.return', undefined],
    ['supplier.return', 'perime'],
    ['theft', undefined],
    ['theft', 'coffre'],
  ])('refuses a %s from the compartment %j, which is not in the list', (kind, compartment) => {
    expect(refusal(decideDraft(withField(MOVEMENT_DRAFTS[kind](), 'compartment', compartment), contextFor(kind)))).toEqual({
      code: 'field.invalidChoice',
      field: 'compartment',
      params: { label: 'stock concerné' },
    });
  });
});

describe('validateDraft: theft declarations, by kind of establishment', () => {
  it.each([
    ['an officine', openedContext(), 'référence de la déclaration à l’ARS', 'référence de la déclaration à l’ANSM'],
    ['a veterinary practice', veterinaryContext(), 'référence de la déclaration à la DDPP', 'référence de la déclaration à l’ANSES'],
  ])('names the authorities of %s', (_where, context, regional, agency) => {
    expect(refusal(decideDraft(omit(theftDraft(), 'regionalDeclarationRef'), context)).params).toEqual({ label: regional });
    expect(refusal(decideDraft(omit(theftDraft(), 'agencyDeclarationRef'), context)).params).toEqual({ label: agency });
  });
});

describe('validateDraft: theft declarations are dated', () => {
  it.each([
    ['policeReportDate', 'date du dépôt de plainte'],
    ['regionalDeclarationDate', 'date de la déclaration à l’ARS'],
    ['agencyDeclarationDate', 'date de la déclaration à l’ANSM'],
  ] as const)('requires the %s', (field, label) => {
    expect(refusal(decideDraft(omit(theftDraft(), field), openedContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it('refuses a malformed date', () => {
    expect(refusal(decideDraft(theftDraft({ regionalDeclarationDate: '12/03/2026' }), openedContext()))).toEqual({
      code: 'date.malformed',
      field: 'regionalDeclarationDate',
    });
  });

  it('refuses a declaration made before the theft was found', () => {
    expect(refusal(decideDraft(theftDraft({ policeReportDate: '2026-03-01' }), openedContext()))).toEqual({
      code: 'theft.declaredBeforeFound',
      field: 'policeReportDate',
      params: { label: 'date du dépôt de plainte', day: OPERATION_DAY },
    });
  });

  it('refuses a declaration dated after today', () => {
    expect(refusal(decideDraft(theftDraft({ agencyDeclarationDate: '2026-03-11' }), openedContext()))).toEqual({
      code: 'theft.declaredInFuture',
      field: 'agencyDeclarationDate',
      params: { label: 'date de la déclaration à l’ANSM' },
    });
  });

  it('accepts a declaration made the day the theft was found', () => {
    expect(accepted(decideDraft(theftDraft({ agencyDeclarationDate: OPERATION_DAY }), openedContext())).body).toMatchObject({
      agencyDeclarationDate: OPERATION_DAY,
    });
  });
});

describe('validateDraft: each act belongs to its kind of establishment', () => {
  it.each(['dispensation', 'preparation.use'] as const)('refuses a %s in a veterinary practice', (kind) => {
    expect(refusal(decideDraft(MOVEMENT_DRAFTS[kind](), veterinaryContext()))).toEqual({ code: 'movement.officineOnly', field: 'type' });
  });

  it.each(VETERINARY_KINDS)('refuses a %s in an officine', (kind) => {
    expect(refusal(decideDraft(MOVEMENT_DRAFTS[kind](), contextFor(kind, { kind: 'officine' })))).toEqual({
      code: 'movement.veterinaryOnly',
      field: 'type',
    });
  });

  const common = MOVEMENT_KINDS.filter((kind) => !['dispensation', 'preparation.use', ...VETERINARY_KINDS].includes(kind));
  it.each(common.flatMap((kind) => [[kind, 'officine'] as const, [kind, 'veterinaire'] as const]))(
    'accepts a %s in an establishment of kind %s',
    (kind, establishment) => {
      const context = contextFor(kind, { kind: establishment });
      expect(accepted(decideDraft(MOVEMENT_DRAFTS[kind](), context)).body.type).toBe(kind);
    },
  );
});

describe('validateDraft: an exit never takes more than its compartment holds', () => {
  it.each(EXIT_KINDS)('refuses a %s beyond the dispensable stock: quarantine does not count', (kind) => {
    const draft = withField(MOVEMENT_DRAFTS[kind](), 'quantity', units(3));
    expect(refusal(decideDraft(draft, contextFor(kind, { stock: stock(10, 8) })))).toEqual({
      code: 'stock.insufficient',
      field: 'quantity',
      params: { available: '2', requested: '3' },
    });
  });

  it.each(EXIT_KINDS)('accepts a %s of exactly the dispensable stock', (kind) => {
    const draft = withField(MOVEMENT_DRAFTS[kind](), 'quantity', units(2));
    expect(accepted(decideDraft(draft, contextFor(kind, { stock: stock(10, 8) }))).body).toMatchObject({ quantity: units(2) });
  });

  it.each(['supplier.return', 'theft'] as const)('refuses a %s from quarantine beyond what quarantine holds', (kind) => {
    const draft = withField(withField(MOVEMENT_DRAFTS[kind](), 'compartment', 'quarantine'), 'quantity', units(3));
    expect(refusal(decideDraft(draft, contextFor(kind, { stock: stock(10, 2) })))).toEqual({
      code: 'stock.insufficientQuarantine',
      field: 'quantity',
      params: { available: '2', requested: '3' },
    });
  });

  it.each(['supplier.return', 'theft'] as const)('accepts a %s of the whole quarantine when nothing is dispensable', (kind) => {
    const draft = withField(withField(MOVEMENT_DRAFTS[kind](), 'compartment', 'quarantine'), 'quantity', units(2));
    expect(accepted(decideDraft(draft, contextFor(kind, { stock: stock(2, 2) }))).body).toMatchObject({ compartment: 'quarantine', quantity: units(2) });
  });

  it('treats a product that never moved as holding nothing', () => {
    expect(refusal(decideDraft(dispensationDraft({ quantity: units(1) }), openedContext({ product: { hasMovements: false } })))).toEqual({
      code: 'stock.insufficient',
      field: 'quantity',
      params: { available: '0', requested: '1' },
    });
  });

  it('writes fractions of a unit the French way in the refusal', () => {
    const error = refusal(decideDraft(dispensationDraft({ quantity: units(5) }), openedContext({ stock: { total: 4_500, quarantine: 0 } as never })));
    expect(error.params).toEqual({ available: '4,5', requested: '5' });
  });
});

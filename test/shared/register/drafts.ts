// Drafts of every kind of movement for the validation tests, the context each belongs
// in, and small helpers to take one field out of a draft or seal one as an earlier event.
import type {
  Animal,
  Counterparty,
  MovementType,
  OpeningBalance,
  PatientReturn,
  PreparationUse,
  QuarantineMove,
  RegisterEvent,
  SupplierReturn,
  Theft,
  VetAdministration,
  VetDispensing,
} from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { dispensationDraft, OPERATION_DAY, openedContext, TODAY, receiptDraft, units, veterinaryContext, type RegisterOptions } from '../../fixtures/drafts';
import { prepareIn, type TestRegister } from '../../fixtures/register';
import { accepted } from '../../fixtures/result';

export const OWNER: Counterparty = { name: 'Marie Le Bihan', address: 'Ferme de Kerlann, 56700 Hennebont' };
export const ANIMAL: Animal = { identification: '250268500123456', species: 'chien' };
export const COLLEAGUE = { name: 'Louis Bernard', orderNumber: '10009876543', role: 'Pharmacien adjoint' };

function movement(body: Draft['body']): Draft {
  return { operationDate: OPERATION_DAY, body };
}

export function openingBalanceDraft(overrides: Partial<OpeningBalance> = {}): Draft {
  return movement({
    type: 'opening.balance',
    productId: 'P2',
    quantity: units(40),
    compartment: 'dispensable',
    source: 'registre papier n° 3, folio 112',
    ...overrides,
  });
}

export function patientReturnDraft(overrides: Partial<PatientReturn> = {}): Draft {
  return movement({ type: 'patient.return', productId: 'P2', quantity: units(6), returnedBy: 'Famille Dupont', ...overrides });
}

export function vetAdministrationDraft(overrides: Partial<VetAdministration> = {}): Draft {
  return movement({
    type: 'vet.administration',
    productId: 'P2',
    quantity: units(2),
    animal: { ...ANIMAL },
    owner: { ...OWNER },
    ...overrides,
  });
}

export function vetDispensingDraft(overrides: Partial<VetDispensing> = {}): Draft {
  return movement({
    type: 'vet.dispensing',
    productId: 'P2',
    quantity: units(10),
    animal: { ...ANIMAL },
    owner: { ...OWNER },
    prescriptionRef: 'ORD-2026-118',
    ...overrides,
  });
}

export function preparationUseDraft(overrides: Partial<PreparationUse> = {}): Draft {
  return movement({ type: 'preparation.use', productId: 'P2', quantity: units(3), preparationNumber: 'PM-2026-017', ...overrides });
}

export function supplierReturnDraft(overrides: Partial<SupplierReturn> = {}): Draft {
  return movement({
    type: 'supplier.return',
    productId: 'P2',
    quantity: units(5),
    compartment: 'dispensable',
    supplier: { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan' },
    reason: 'Lot rappelé',
    ...overrides,
  });
}

export function theftDraft(overrides: Partial<Theft> = {}): Draft {
  return movement({
    type: 'theft',
    productId: 'P2',
    quantity: units(4),
    compartment: 'dispensable',
    circumstances: 'Effraction de l’armoire forte constatée à l’ouverture',
    policeReportRef: 'PV 2026/118',
    regionalDeclarationRef: 'DECL-REG-44',
    agencyDeclarationRef: 'DECL-NAT-45',
    // Declared the last day of the scenarios: never before a theft they date.
    policeReportDate: TODAY,
    regionalDeclarationDate: TODAY,
    agencyDeclarationDate: TODAY,
    ...overrides,
  });
}

export function quarantineMoveDraft(overrides: Partial<QuarantineMove> = {}): Draft {
  return movement({ type: 'quarantine.moved', productId: 'P2', quantity: units(5), lot: 'L4521', reason: 'expired', ...overrides });
}

/** Every movement a form drafts on its own (an écart d'inventaire comes only with its inventory: test/shared/register/inventory.test.ts; a destruction with its PV: destruction.test.ts). */
export type MovementKind = Exclude<MovementType, 'correction' | 'inventory.adjustment' | 'destruction'>;

/** A complete draft of each kind of movement. */
export const MOVEMENT_DRAFTS: Record<MovementKind, () => Draft> = {
  'opening.balance': () => openingBalanceDraft(),
  receipt: () => receiptDraft(),
  'patient.return': () => patientReturnDraft(),
  dispensation: () => dispensationDraft(),
  'vet.administration': () => vetAdministrationDraft(),
  'vet.dispensing': () => vetDispensingDraft(),
  'preparation.use': () => preparationUseDraft(),
  'supplier.return': () => supplierReturnDraft(),
  theft: () => theftDraft(),
  'quarantine.moved': () => quarantineMoveDraft(),
};

export const MOVEMENT_KINDS = Object.keys(MOVEMENT_DRAFTS) as MovementKind[];
export const ENTRY_KINDS: MovementKind[] = ['opening.balance', 'receipt', 'patient.return'];
export const EXIT_KINDS: MovementKind[] = ['dispensation', 'vet.administration', 'vet.dispensing', 'preparation.use', 'supplier.return', 'theft'];
export const VETERINARY_KINDS: MovementKind[] = ['vet.administration', 'vet.dispensing'];

/**
 * A register where the draft of this kind is accepted: a veterinary practice for the
 * veterinary acts, an officine otherwise; a product with no movement yet for a carried-over balance.
 */
export function contextFor(kind: MovementKind, options: RegisterOptions = {}): TestRegister {
  const product = { active: true, hasMovements: kind !== 'opening.balance' };
  const build = VETERINARY_KINDS.includes(kind) ? veterinaryContext : openedContext;
  // A mise en quarantaine names a lot the register received for the product.
  return build({ product, ...(kind === 'quarantine.moved' ? { receivedLots: ['L4521'] } : {}), ...options });
}

/** The same draft with one field of its body taken out ("supplier.name", "recipient.kind"…). */
export function omit(draft: Draft, path: string): Draft {
  return { ...draft, body: change(draft.body, path.split('.'), undefined) as Draft['body'] };
}

/** The same draft with one field of its body set to a value, whatever its type. */
export function withField(draft: Draft, path: string, value: unknown): Draft {
  return { ...draft, body: change(draft.body, path.split('.'), value) as Draft['body'] };
}

function change(object: unknown, [key, ...rest]: string[], value: unknown): unknown {
  const copy = { ...(object as Record<string, unknown>) };
  if (key === undefined) return copy;
  if (rest.length > 0) copy[key] = change(copy[key], rest, value);
  else if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

const EARLIER = { seq: 0, hash: 'ab'.repeat(32) };

/** Validates and seals a draft as the event numbered `seq`, for tests that need earlier events. */
export function recorded(seq: number, draft: Draft, register: TestRegister = openedContext()): RegisterEvent {
  const head = seq === 1 ? null : { ...EARLIER, seq: seq - 1 };
  return accepted(prepareIn(draft, register, { head, recordedAt: new Date('2026-03-10T09:30:00.000Z') }));
}

/** Each kind of movement sealed as event n° 7, in the register that accepts it. */
export function recordedMovement(kind: MovementKind, overrides: Record<string, unknown> = {}): RegisterEvent {
  let draft = MOVEMENT_DRAFTS[kind]();
  for (const [path, value] of Object.entries(overrides)) draft = withField(draft, path, value);
  return recorded(7, draft, contextFor(kind, { stock: { total: units(1000), quarantine: units(100) }, receivedLots: ['L4521'] }));
}

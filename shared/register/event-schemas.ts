// The shape of every sealed event, mirroring the types of events*.ts. A journal comes
// from outside the app (a reserve medium, a package, a file on the command line): a
// re-chained line can hold anything, so each line is checked against the shape of its
// type before any rule reads it. Unknown keys are left to the replay, which compares the
// whole stored event with what the rules would have written.
// Declared once over a set of combinators (shape-check.ts): compiled to plain functions
// for the checks, built the first time a check is made (not when the window starts).
import { CORRECTION_REASONS, QUARANTINE_REASONS } from './events-movements';
import { EDITION_KINDS, INVENTORY_METHODS } from './events-lifecycle';
import { JOURNAL_FORMATS, type EventType } from './events';
import { DELEGATED_ROLES } from '../access/roles';
import { STOCK_COMPARTMENTS } from './events-register';
import { SIGNING_KEY_REASONS } from './events-signature';
import { compiledShapes, type Shape, type ShapeBuilder } from './shape-check';

/** Every event's shape, by type: the envelope the chain adds, the type, and the fields that type adds. */
export function eventShapes<S>(s: ShapeBuilder<S>): Record<EventType, S> {
  const text = s.text();
  const milli = s.integer();
  const seqNumber = s.positiveInteger();
  const hex64 = s.matching(/^[0-9a-f]{64}$/);
  const compartment = s.oneOf(STOCK_COMPARTMENTS);
  const practitioner = s.object({ name: text, orderNumber: text });
  const counterparty = s.object({ name: text, address: text });
  const substance = s.object({ name: text, form: s.oneOf(['base', 'sel']), saltName: s.optional(text), perUnit: milli });
  const days = s.positiveInteger();
  const prescriptionLimits = s.object({ maxDays: days, fractionDays: s.optional(days) });
  const definition = s.object({
    designation: text,
    form: text,
    strength: text,
    unit: text,
    perBox: milli,
    cip13: s.optional(text),
    substance: s.optional(substance),
    prescriptionLimits: s.optional(prescriptionLimits),
  });
  const movement = { productId: text, quantity: milli };
  const authorisation = s.object({ kind: text, number: text });
  const animal = s.object({ identification: text, species: text });
  const prescription = s.object({
    date: text,
    days,
    quantity: milli,
    fraction: s.optional(s.object({ number: days, count: days, days })),
    mentions: s.optional(
      s.object({
        overlapAllowed: s.optional(s.oneOf([true])),
        singleDelivery: s.optional(s.oneOf([true])),
        surgery: s.optional(s.object({ operation: text, discharge: text })),
      }),
    ),
    prescriberRpps: s.optional(text),
    overrideReason: s.optional(text),
  });
  const recipient = s.union('kind', [
    { kind: s.oneOf(['patient']), name: text, address: text },
    { kind: s.oneOf(['anonymous']) },
    { kind: s.oneOf(['professional']), name: text, address: text },
  ]);
  const inventoryLine = s.object({
    productId: text,
    compartment,
    expected: milli,
    counted: milli,
    method: s.oneOf(INVENTORY_METHODS),
    reason: s.optional(text),
  });
  const destructionItem = s.object({ productId: text, lot: s.optional(text), quantity: milli });
  const monthBalance = s.object({
    productId: text,
    opening: milli,
    openingQuarantine: milli,
    entriesByKind: s.record(milli),
    exitsByKind: s.record(milli),
    entries: milli,
    exits: milli,
    closing: milli,
    closingQuarantine: milli,
  });

  /** The fields each type adds to the envelope; the key list is the list of known types. */
  const bodies: Record<EventType, Record<string, S>> = {
    'register.opened': {
      registerId: text,
      establishment: s.object({ name: text, address: text, kind: s.oneOf(['officine', 'veterinaire']) }),
      holder: practitioner,
      signingKey: s.optional(hex64),
    },
    'establishment.changed': { establishment: counterparty },
    'validator.authorized': { person: s.object({ name: text, orderNumber: text, role: text, roleKind: s.optional(s.oneOf(DELEGATED_ROLES)) }) },
    'validator.revoked': { person: practitioner },
    'product.defined': { productId: text, product: definition },
    'product.changed': { productId: text, product: definition, active: s.boolean() },
    'opening.balance': { ...movement, compartment, source: text },
    receipt: {
      ...movement,
      supplier: s.object({ name: text, address: text, profession: text }),
      deliveryRef: text,
      lot: text,
      expiry: text,
      orderBookRef: s.optional(text),
      authorisation: s.optional(authorisation),
    },
    'patient.return': { ...movement, returnedBy: text, comment: s.optional(text) },
    dispensation: {
      ...movement,
      recipient,
      prescriber: counterparty,
      ordonnancierNumber: text,
      bearer: s.optional(s.object({ name: text, address: s.optional(text), idReference: s.optional(text), known: s.optional(s.oneOf([true])) })),
      prescription: s.optional(prescription),
    },
    'vet.administration': { ...movement, animal, owner: counterparty },
    'vet.dispensing': { ...movement, animal, owner: counterparty, prescriptionRef: text, prescribedDays: s.optional(s.integer()) },
    'preparation.use': { ...movement, preparationNumber: text },
    'supplier.return': {
      ...movement,
      compartment,
      supplier: counterparty,
      reason: text,
      returnRef: s.optional(text),
      authorisation: s.optional(authorisation),
    },
    theft: {
      ...movement,
      compartment,
      circumstances: text,
      policeReportRef: text,
      regionalDeclarationRef: text,
      agencyDeclarationRef: text,
      policeReportDate: s.optional(text),
      regionalDeclarationDate: s.optional(text),
      agencyDeclarationDate: s.optional(text),
    },
    'quarantine.moved': { ...movement, lot: s.optional(text), reason: s.oneOf(QUARANTINE_REASONS), comment: s.optional(text) },
    correction: {
      ...movement,
      corrects: seqNumber,
      reverses: s.oneOf(['entry', 'exit', 'transfer']),
      compartment,
      reason: s.oneOf(CORRECTION_REASONS),
      comment: text,
    },
    'inventory.taken': { lines: s.array(inventoryLine), countedBy: text, counterParty: s.optional(practitioner) },
    'inventory.adjustment': { ...movement, compartment, direction: s.oneOf(['entry', 'exit']), inventory: seqNumber, reason: text },
    'destruction.planned': {
      dossier: text,
      plannedDate: text,
      witness: s.object({ name: text, orderNumber: text, council: text }),
      inspector: text,
      items: s.array(destructionItem),
    },
    'destruction.certified': { dossier: text, method: text, disposal: s.optional(text), dateChange: s.optional(text) },
    destruction: { ...movement, lot: s.optional(text), dossier: text },
    'destruction.copySent': { dossier: text },
    'destruction.cancelled': { dossier: text, reason: text },
    'month.closed': { month: text, head: s.object({ seq: seqNumber, hash: hex64 }), products: s.array(monthBalance) },
    'edition.produced': {
      edition: s.oneOf(EDITION_KINDS),
      from: text,
      to: text,
      productId: s.optional(text),
      closureOf: s.optional(text),
      inventory: s.optional(seqNumber),
      dossier: s.optional(text),
      fileName: text,
      sha256: hex64,
      size: s.positiveInteger(),
    },
    'holder.changed': { holder: practitioner, inventory: seqNumber },
    'register.closed': { reason: text, depositedWith: s.object({ authority: s.oneOf(['ARS', 'DDPP']), address: text }) },
    'clock.setBack': { previousSeq: seqNumber, previous: s.instant(), current: s.instant() },
    'signingKey.recorded': { publicKey: hex64, reason: s.oneOf(SIGNING_KEY_REASONS) },
  };

  const envelope = {
    format: s.oneOf(JOURNAL_FORMATS),
    seq: seqNumber,
    prevHash: hex64,
    hash: hex64,
    recordedAt: s.instant(),
    operationDate: text,
    validatedBy: practitioner,
    observation: s.optional(text),
    // Which events may carry one, and with which key, is the replay's to check (check-signature.ts).
    signature: s.optional(s.matching(/^[0-9a-f]{128}$/)),
  };
  const shapes = {} as Record<EventType, S>;
  for (const [type, body] of Object.entries(bodies) as [EventType, Record<string, S>][]) {
    shapes[type] = s.object({ ...envelope, type: s.oneOf([type]), ...body });
  }
  return shapes;
}

/** Every type of event the register has, for whoever must show it handles each one. */
export const EVENT_TYPES = [
  'register.opened',
  'establishment.changed',
  'validator.authorized',
  'validator.revoked',
  'product.defined',
  'product.changed',
  'opening.balance',
  'receipt',
  'patient.return',
  'dispensation',
  'vet.administration',
  'vet.dispensing',
  'preparation.use',
  'supplier.return',
  'theft',
  'quarantine.moved',
  'correction',
  'inventory.taken',
  'inventory.adjustment',
  'destruction.planned',
  'destruction.certified',
  'destruction',
  'destruction.copySent',
  'destruction.cancelled',
  'month.closed',
  'edition.produced',
  'holder.changed',
  'register.closed',
  'clock.setBack',
  'signingKey.recorded',
] as const satisfies readonly EventType[];

/** Fails to compile when a type of events.ts is missing from the list above. */
const EVERY_TYPE_LISTED: Exclude<EventType, (typeof EVENT_TYPES)[number]> extends never ? true : never = true;
void EVERY_TYPE_LISTED;

let compiled: Map<string, Shape> | null = null;

function shapes(): Map<string, Shape> {
  compiled ??= new Map(Object.entries(eventShapes(compiledShapes)));
  return compiled;
}

export function isKnownType(type: unknown): type is EventType {
  return typeof type === 'string' && shapes().has(type);
}

/** What is wrong with an event's shape: an unknown type, or the first field that does not fit. */
export type ShapeFault = { kind: 'type'; type: string } | { kind: 'field'; field: string };

export function checkEventShape(value: unknown): ShapeFault | null {
  const type = typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
  const shape = typeof type === 'string' ? shapes().get(type) : undefined;
  if (!shape) return { kind: 'type', type: String(type) };
  const fault = shape.check(value);
  if (fault === null) return null;
  return { kind: 'field', field: fault.length > 0 ? fault.map(String).join('.') : 'type' };
}

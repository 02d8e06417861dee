// The shape of every sealed event, as a runtime schema mirroring the types of events*.ts.
// A journal comes from outside the app (a reserve medium, a package, a file on the command
// line): a re-chained line can hold anything, so each line is checked against the shape of
// its type before any rule reads it. Unknown keys are left to the replay, which compares
// the whole stored event with what the rules would have written.
import { z } from 'zod';
import { CORRECTION_REASONS, QUARANTINE_REASONS } from './events-movements';
import { EDITION_KINDS, INVENTORY_METHODS } from './events-lifecycle';
import { JOURNAL_FORMATS, type EventType } from './events';
import { DELEGATED_ROLES } from '../access/roles';
import { STOCK_COMPARTMENTS } from './events-register';
import { SIGNING_KEY_REASONS } from './events-signature';

const text = z.string();
const milli = z.number().int().refine(Number.isSafeInteger);
const seqNumber = z.number().int().positive().refine(Number.isSafeInteger);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const compartment = z.enum(STOCK_COMPARTMENTS);
const practitioner = z.object({ name: text, orderNumber: text });
const counterparty = z.object({ name: text, address: text });
const substance = z.object({ name: text, form: z.enum(['base', 'sel']), saltName: text.optional(), perUnit: milli });
const days = z.number().int().positive().refine(Number.isSafeInteger);
const prescriptionLimits = z.object({ maxDays: days, fractionDays: days.optional() });
const definition = z.object({
  designation: text,
  form: text,
  strength: text,
  unit: text,
  perBox: milli,
  cip13: text.optional(),
  substance: substance.optional(),
  prescriptionLimits: prescriptionLimits.optional(),
});
const movement = { productId: text, quantity: milli };
const authorisation = z.object({ kind: text, number: text });
const animal = z.object({ identification: text, species: text });
const prescription = z.object({
  date: text,
  days,
  quantity: milli,
  fraction: z.object({ number: days, count: days, days }).optional(),
  mentions: z
    .object({
      overlapAllowed: z.literal(true).optional(),
      singleDelivery: z.literal(true).optional(),
      surgery: z.object({ operation: text, discharge: text }).optional(),
    })
    .optional(),
  prescriberRpps: text.optional(),
  overrideReason: text.optional(),
});
const recipient = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('patient'), name: text, address: text }),
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('professional'), name: text, address: text }),
]);
const inventoryLine = z.object({ productId: text, compartment, expected: milli, counted: milli, method: z.enum(INVENTORY_METHODS), reason: text.optional() });
const destructionItem = z.object({ productId: text, lot: text.optional(), quantity: milli });
const monthBalance = z.object({
  productId: text,
  opening: milli,
  openingQuarantine: milli,
  entriesByKind: z.record(z.string(), milli),
  exitsByKind: z.record(z.string(), milli),
  entries: milli,
  exits: milli,
  closing: milli,
  closingQuarantine: milli,
});

/** The fields each type adds to the envelope; the key list is the list of known types. */
const BODIES = {
  'register.opened': {
    registerId: text,
    establishment: z.object({ name: text, address: text, kind: z.enum(['officine', 'veterinaire']) }),
    holder: practitioner,
    signingKey: hex64.optional(),
  },
  'establishment.changed': { establishment: counterparty },
  'validator.authorized': { person: z.object({ name: text, orderNumber: text, role: text, roleKind: z.enum(DELEGATED_ROLES).optional() }) },
  'validator.revoked': { person: practitioner },
  'product.defined': { productId: text, product: definition },
  'product.changed': { productId: text, product: definition, active: z.boolean() },
  'opening.balance': { ...movement, compartment, source: text },
  receipt: {
    ...movement,
    supplier: z.object({ name: text, address: text, profession: text }),
    deliveryRef: text,
    lot: text,
    expiry: text,
    orderBookRef: text.optional(),
    authorisation: authorisation.optional(),
  },
  'patient.return': { ...movement, returnedBy: text, comment: text.optional() },
  dispensation: {
    ...movement,
    recipient,
    prescriber: counterparty,
    ordonnancierNumber: text,
    bearer: z.object({ name: text, address: text.optional(), idReference: text.optional(), known: z.literal(true).optional() }).optional(),
    prescription: prescription.optional(),
  },
  'vet.administration': { ...movement, animal, owner: counterparty },
  'vet.dispensing': { ...movement, animal, owner: counterparty, prescriptionRef: text, prescribedDays: z.number().int().optional() },
  'preparation.use': { ...movement, preparationNumber: text },
  'supplier.return': { ...movement, compartment, supplier: counterparty, reason: text, returnRef: text.optional(), authorisation: authorisation.optional() },
  theft: {
    ...movement,
    compartment,
    circumstances: text,
    policeReportRef: text,
    regionalDeclarationRef: text,
    agencyDeclarationRef: text,
    policeReportDate: text.optional(),
    regionalDeclarationDate: text.optional(),
    agencyDeclarationDate: text.optional(),
  },
  'quarantine.moved': { ...movement, lot: text.optional(), reason: z.enum(QUARANTINE_REASONS), comment: text.optional() },
  correction: {
    ...movement,
    corrects: seqNumber,
    reverses: z.enum(['entry', 'exit', 'transfer']),
    compartment,
    reason: z.enum(CORRECTION_REASONS),
    comment: text,
  },
  'inventory.taken': { lines: z.array(inventoryLine), countedBy: text, counterParty: practitioner.optional() },
  'inventory.adjustment': { ...movement, compartment, direction: z.enum(['entry', 'exit']), inventory: seqNumber, reason: text },
  'destruction.planned': {
    dossier: text,
    plannedDate: text,
    witness: z.object({ name: text, orderNumber: text, council: text }),
    inspector: text,
    items: z.array(destructionItem),
  },
  'destruction.certified': { dossier: text, method: text, disposal: text.optional(), dateChange: text.optional() },
  destruction: { ...movement, lot: text.optional(), dossier: text },
  'destruction.copySent': { dossier: text },
  'destruction.cancelled': { dossier: text, reason: text },
  'month.closed': { month: text, head: z.object({ seq: seqNumber, hash: hex64 }), products: z.array(monthBalance) },
  'edition.produced': {
    edition: z.enum(EDITION_KINDS),
    from: text,
    to: text,
    productId: text.optional(),
    closureOf: text.optional(),
    inventory: seqNumber.optional(),
    dossier: text.optional(),
    fileName: text,
    sha256: hex64,
    size: z.number().int().positive(),
  },
  'holder.changed': { holder: practitioner, inventory: seqNumber },
  'register.closed': { reason: text, depositedWith: z.object({ authority: z.enum(['ARS', 'DDPP']), address: text }) },
  'clock.setBack': { previousSeq: seqNumber, previous: z.iso.datetime(), current: z.iso.datetime() },
  'signingKey.recorded': { publicKey: hex64, reason: z.enum(SIGNING_KEY_REASONS) },
} satisfies Record<EventType, z.ZodRawShape>;

const envelope = {
  format: z.literal(JOURNAL_FORMATS),
  seq: seqNumber,
  prevHash: hex64,
  hash: hex64,
  recordedAt: z.iso.datetime(),
  operationDate: text,
  validatedBy: practitioner,
  observation: text.optional(),
  // Which events may carry one, and with which key, is the replay's to check (replay-signature.ts).
  signature: z
    .string()
    .regex(/^[0-9a-f]{128}$/)
    .optional(),
};

/** Every type of event the register has, for whoever must show it handles each one. */
export const EVENT_TYPES = Object.keys(BODIES) as EventType[];

const SCHEMAS = new Map<string, z.ZodType>(Object.entries(BODIES).map(([type, body]) => [type, z.object({ ...envelope, type: z.literal(type), ...body })]));

export function isKnownType(type: unknown): type is EventType {
  return typeof type === 'string' && SCHEMAS.has(type);
}

/** What is wrong with an event's shape: an unknown type, or the first field that does not fit. */
export type ShapeFault = { kind: 'type'; type: string } | { kind: 'field'; field: string };

export function checkEventShape(value: unknown): ShapeFault | null {
  const type = typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
  const schema = typeof type === 'string' ? SCHEMAS.get(type) : undefined;
  if (!schema) return { kind: 'type', type: String(type) };
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { kind: 'field', field: issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'type' };
}

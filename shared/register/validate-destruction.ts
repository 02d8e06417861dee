// The destruction dossier (art. R. 5132-36): narcotics set aside in quarantine are
// denatured before a colleague designated by the Ordre, the inspector (ARS or DDPP)
// having been told at least one month before. Four events:
//   destruction.planned    the dossier (items, planned date, witness), dated the day of the notice;
//                          the register numbers it, "PV-2026-001", counting the dossiers of its year;
//   destruction.certified  the procès-verbal, dated the day of the destruction, and with it in
//                          the same transaction (renderer/db/record.ts)…
//   destruction            …one exit from quarantine per item of the plan, derived from it;
//   destruction.copySent   the copy of the PV sent to the inspector, on its operation date;
//   destruction.cancelled  a dossier abandoned before its PV, its items free again.
// A plan dated less than a month before the planned day is accepted (the inspector may
// agree to it), but the window warns and the notice says so (decision 0006).
import type {
  Destruction,
  DestructionCancelled,
  DestructionCertified,
  DestructionCopySent,
  DestructionItem,
  DestructionPlanned,
  DestructionWitness,
} from './events';
import { isIsoDay, lastDayOf } from './dates';
import { addMilli, formatQuantity, toMilli, type Milli } from './quantity';
import { optionalField, positive, refuse, text } from './refusal';
import { lotKey } from '../stock/lot-ledger';
import type { DossierFacts, RegisterState } from './register-state';
import { stockOf, type Facts } from './rule-facts';
import { ensureStock } from './validate-movements';

export type { CancelledEvent, CertifiedEvent, CopySentEvent, DestructionEvent, DossierFacts, PlannedEvent } from './register-state';

/** A plan does not carry its number yet: the register assigns it. */
export type DestructionPlanDraft = Omit<DestructionPlanned, 'dossier'>;

/** An exit by destruction names its dossier and item; the register derives the quantity from the plan. */
export type DestructionDraft = Pick<Destruction, 'type' | 'dossier' | 'productId' | 'lot'>;

/** The number the next dossier of that day's year gets: PV-2026-001, PV-2026-002… */
export function nextDossierNumber(dossiers: Iterable<string>, day: string): string {
  const prefix = `PV-${day.slice(0, 4)}-`;
  let count = 0;
  for (const dossier of dossiers) if (dossier.startsWith(prefix)) count += 1;
  return `${prefix}${String(count + 1).padStart(3, '0')}`;
}

/** The same day a month later; the month's last day when it has no such day (31/01 → 28/02). */
export function oneMonthAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const last = lastDayOf(month);
  const candidate = `${month}-${String(d).padStart(2, '0')}`;
  return candidate > last ? last : candidate;
}

/** The notice must reach the inspector at least one month before: true when this plan leaves less. */
export function noticeTooShort(noticeDay: string, plannedDate: string): boolean {
  return plannedDate < oneMonthAfter(noticeDay);
}

export function itemKey(item: Pick<DestructionItem, 'productId' | 'lot'>): string {
  return `${item.productId}|${item.lot ?? ''}`;
}

function dossierFacts(dossier: unknown, state: RegisterState): DossierFacts {
  const facts = typeof dossier === 'string' ? state.dossiers.get(dossier) : undefined;
  if (!facts) return refuse('destruction.unknownDossier', 'dossier', { dossier: String(dossier ?? '') });
  return facts;
}

function witness(value: Partial<DestructionWitness> | undefined, state: RegisterState): DestructionWitness {
  const checked = {
    name: text(value?.name, 'witness.name', 'nom du témoin'),
    orderNumber: text(value?.orderNumber, 'witness.orderNumber', 'n° RPPS ou Ordre du témoin'),
    council: text(value?.council, 'witness.council', 'conseil de l’Ordre qui l’a désigné'),
  };
  // Conditions excluding any conflict of interest: not someone who signs this register.
  if (state.validators.has(checked.orderNumber)) refuse('destruction.witnessIsOwn', 'witness.orderNumber', { orderNumber: checked.orderNumber });
  return checked;
}

export function validateDestructionPlan(body: DestructionPlanDraft, operationDate: string, { state, fetched }: Facts): DestructionPlanned {
  const { products } = state;
  if (!Array.isArray(body.items) || body.items.length === 0) refuse('destruction.empty', 'items');
  const seen = new Set<string>();
  const totals = new Map<string, Milli>();
  const items = body.items.map((draft, index): DestructionItem => {
    const field = `items.${index}`;
    const product = typeof draft?.productId === 'string' ? products.get(draft.productId) : undefined;
    if (!product) return refuse('product.unknown', `${field}.productId`);
    const designation = product.state.definition.designation;
    const { lot } = optionalField('lot', draft.lot, `${field}.lot`, 'numéro de lot');
    // Whether the lot was ever received is a look-up (lookups.ts, keyed by lotKey): the state keeps only the lots still held.
    if (lot !== undefined && !fetched.receivedLots?.has(lotKey(draft.productId, lot))) refuse('destruction.unknownLot', `${field}.lot`, { designation, lot });
    const key = itemKey({ productId: draft.productId, ...(lot === undefined ? {} : { lot }) });
    if (seen.has(key)) refuse('destruction.duplicateItem', field, { designation, lot: lot ?? '' });
    seen.add(key);
    const quantity = positive(draft.quantity, `${field}.quantity`);
    const total = addMilli(totals.get(draft.productId) ?? toMilli(0), quantity);
    totals.set(draft.productId, total);
    // Only what is set aside in quarantine is destroyed; the split between lots is an estimate, the product's quarantine is not.
    if (total > product.stock.quarantine) {
      refuse('destruction.exceedsQuarantine', `${field}.quantity`, {
        designation,
        available: formatQuantity(product.stock.quarantine),
        requested: formatQuantity(total),
      });
    }
    return { productId: draft.productId, ...(lot === undefined ? {} : { lot }), quantity };
  });
  const plannedDate = text(body.plannedDate, 'plannedDate', 'date prévue de la destruction');
  if (!isIsoDay(plannedDate)) refuse('date.malformed', 'plannedDate');
  if (plannedDate < operationDate) refuse('destruction.plannedBeforeNotice', 'plannedDate', { day: operationDate });
  return {
    type: 'destruction.planned',
    dossier: nextDossierNumber(state.dossiers.keys(), operationDate),
    plannedDate,
    witness: witness(body.witness, state),
    inspector: text(body.inspector, 'inspector', 'inspecteur destinataire de l’avis'),
    items,
  };
}

export function validateDestructionCertified(body: DestructionCertified, operationDate: string, { state }: Facts): DestructionCertified {
  const facts = dossierFacts(body.dossier, state);
  const { dossier, plannedDate } = facts.planned;
  if (facts.certified) refuse('destruction.alreadyCertified', 'dossier', { dossier });
  if (facts.cancelled) refuse('destruction.cancelledDossier', 'dossier', { dossier, day: facts.cancelled.operationDate });
  if (operationDate < facts.planned.operationDate) refuse('destruction.beforeNotice', 'operationDate', { dossier, day: facts.planned.operationDate });
  const changed = operationDate !== plannedDate;
  const dateChange = changed ? optionalField('dateChange', body.dateChange, 'dateChange', 'motif du changement de date') : {};
  if (changed && dateChange.dateChange === undefined) refuse('destruction.dateChangeReason', 'dateChange', { day: plannedDate });
  return {
    type: 'destruction.certified',
    dossier,
    method: text(body.method, 'method', 'méthode de dénaturation'),
    ...optionalField('disposal', body.disposal, 'disposal', 'élimination des résidus'),
    ...dateChange,
  };
}

export function validateDestruction(body: DestructionDraft, operationDate: string, { state }: Facts): Destruction {
  const facts = dossierFacts(body.dossier, state);
  const { dossier } = facts.planned;
  const lot = typeof body.lot === 'string' && body.lot !== '' ? body.lot : undefined;
  const { certified } = facts;
  if (!certified) return refuse('destruction.notCertified', 'dossier', { dossier });
  if (operationDate !== certified.operationDate) refuse('destruction.wrongDay', 'operationDate', { dossier, day: certified.operationDate });
  const key = itemKey({ productId: body.productId, ...(lot === undefined ? {} : { lot }) });
  const item = facts.planned.items.find((candidate) => itemKey(candidate) === key);
  if (!item) return refuse('destruction.notInDossier', 'productId', { dossier, lot: lot ?? '' });
  if (facts.destroyed.some((done) => itemKey(done) === key)) refuse('destruction.alreadyDestroyed', 'productId', { dossier, lot: lot ?? '' });
  // An inactive product is destroyed all the same: what it holds must leave the register.
  if (!state.products.has(body.productId)) refuse('product.unknown', 'productId');
  ensureStock(item.quantity, 'quarantine', stockOf(state, body.productId));
  return { type: 'destruction', productId: item.productId, quantity: item.quantity, ...(item.lot === undefined ? {} : { lot: item.lot }), dossier };
}

export function validateCopySent(body: DestructionCopySent, operationDate: string, { state }: Facts): DestructionCopySent {
  const facts = dossierFacts(body.dossier, state);
  const { dossier } = facts.planned;
  if (!facts.certified) return refuse('destruction.notCertified', 'dossier', { dossier });
  if (facts.copySent) refuse('destruction.copyAlreadySent', 'dossier', { dossier, day: facts.copySent.operationDate });
  if (operationDate < facts.certified.operationDate) refuse('destruction.copyBeforeDestruction', 'operationDate', { day: facts.certified.operationDate });
  return { type: 'destruction.copySent', dossier };
}

export function validateCancelled(body: DestructionCancelled, operationDate: string, { state }: Facts): DestructionCancelled {
  const facts = dossierFacts(body.dossier, state);
  const { dossier } = facts.planned;
  if (facts.certified) refuse('destruction.cancelCertified', 'dossier', { dossier });
  if (facts.cancelled) refuse('destruction.cancelledDossier', 'dossier', { dossier, day: facts.cancelled.operationDate });
  if (operationDate < facts.planned.operationDate) refuse('destruction.beforeNotice', 'operationDate', { dossier, day: facts.planned.operationDate });
  return { type: 'destruction.cancelled', dossier, reason: text(body.reason, 'reason', 'motif de l’annulation') };
}

/** The items of the dossiers still open (neither destroyed nor cancelled): they wait for their PV. */
export function openDossiers(dossiers: Iterable<DossierFacts>): DossierFacts[] {
  return [...dossiers].filter((facts) => !facts.certified && !facts.cancelled);
}

/** The exits a PV calls for: one per item of its plan, in the plan's order. */
export function destructionDrafts(planned: Pick<DestructionPlanned, 'dossier' | 'items'>): DestructionDraft[] {
  return planned.items.map((item) => ({
    type: 'destruction',
    dossier: planned.dossier,
    productId: item.productId,
    ...(item.lot === undefined ? {} : { lot: item.lot }),
  }));
}

// A patient's earlier dispensations, as the prescription rules read them. The app reads
// them from its database by the patient's name, the replay of a journal keeps them as it
// passes: both hand the same facts to the rules (decide.ts).
import { addDays } from '../register/dates';
import type { Counterparty } from '../register/events-register';
import type { Dispensation, PrescriptionRecord } from '../register/events-movements';
import type { Milli } from '../register/quantity';

/** One earlier dispensation filled on a recorded prescription. */
export interface PatientDispensation {
  seq: number;
  operationDate: string;
  productId: string;
  quantity: Milli;
  prescriber: Counterparty;
  prescription: PrescriptionRecord;
}

/**
 * How far back earlier prescriptions are read, from the new prescription's date. A
 * prescription covers 28 days at most (art. R. 5132-30); three months leave room for a
 * longer one recorded with its warning, and keep a daily dispensation's history small.
 */
export const HISTORY_DAYS = 92;

/** The earliest prescription date the rules read for a prescription dated `date`. */
export function historySince(date: string): string {
  return addDays(date, -HISTORY_DAYS);
}

/** A sealed dispensation as history, when it names a patient and a prescription; otherwise null. */
export function asPatientDispensation(event: { seq: number; operationDate: string } & Dispensation): PatientDispensation | null {
  if (event.recipient.kind !== 'patient' || !event.prescription) return null;
  return {
    seq: event.seq,
    operationDate: event.operationDate,
    productId: event.productId,
    quantity: event.quantity,
    prescriber: event.prescriber,
    prescription: event.prescription,
  };
}

/** The patient a dispensation's history is looked up by: their name as the register holds it (trimmed). */
export function patientKey(dispensation: Pick<Dispensation, 'recipient'>): string | undefined {
  const { recipient } = dispensation;
  if (recipient?.kind !== 'patient' || typeof recipient.name !== 'string') return undefined;
  const name = recipient.name.trim();
  return name === '' ? undefined : name;
}

/**
 * Whether two prescriptions come from the same prescriber: by RPPS when both carry one,
 * otherwise by name, ignoring case and spacing (the same doctor typed twice).
 */
export function samePrescriber(a: { prescriber: Counterparty; prescription: Pick<PrescriptionRecord, 'prescriberRpps'> }, b: typeof a): boolean {
  const rppsA = a.prescription.prescriberRpps;
  const rppsB = b.prescription.prescriberRpps;
  if (rppsA !== undefined && rppsB !== undefined) return rppsA === rppsB;
  const name = (counterparty: Counterparty) => counterparty.name.trim().toLocaleLowerCase('fr').replace(/\s+/g, ' ');
  return name(a.prescriber) === name(b.prescriber);
}

/**
 * The substance the overlap rule compares: the one the product declares (the same morphine
 * in another strength counts), or the product itself when it declares none.
 */
export function substanceKey(productId: string, definition: { substance?: { name: string } } | undefined): string {
  const name = definition?.substance?.name.trim().toLocaleLowerCase('fr');
  return name ? `substance:${name}` : `product:${productId}`;
}

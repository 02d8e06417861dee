// How an edition's cells read. The movement's name and its counterparty come from
// shared/register/labels.ts, so that a movement is called the same in the window, on
// paper and at the command line; only the layout of the columns is decided here.
import { formatDay } from '../register/dates';
import type { EstablishmentKind, MovementEvent, Practitioner } from '../register/events';
import { bearerLabel, movementCounterparty, movementNature, recipientLabel } from '../register/labels';
import { formatQuantity, type Milli } from '../register/quantity';
import { formatInteger, frenchTypography } from '../french';
import type { LedgerLine } from './ledger';
import type { ChainHead } from '../register/chain-head';

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant in the establishment's local time: "23/11/2026 14:05". */
export function formatInstant(instant: Date): string {
  const day = `${pad(instant.getDate())}/${pad(instant.getMonth() + 1)}/${instant.getFullYear()}`;
  return `${day} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** The edition time as each page states it: "23/11/2026 à 14:05". */
export function formatEditionInstant(instant: Date): string {
  return formatInstant(instant).replace(' ', ' à ');
}

/** The chain head as each page states it: order number and the first 16 hex digits of its hash. */
export function formatHead(head: ChainHead): string {
  return `n° ${formatInteger(head.seq)}, empreinte ${head.hash.slice(0, 16)}`;
}

export function formatMaybe(quantity: Milli | null | undefined): string {
  return quantity === null || quantity === undefined ? '' : formatQuantity(quantity);
}

/** A movement's nature, and the mark of its correction when it has been corrected. */
export function natureCell(line: LedgerLine, kind: EstablishmentKind): string {
  const nature = movementNature(line.event, kind);
  return line.correctedBy ? `${nature}\ncorrigé par n° ${line.correctedBy.seq}` : nature;
}

/**
 * The counterparty without the prescription's number, for layouts that give the
 * ordonnancier number a column of its own; the wording is the labels' own.
 */
export function counterpartyCell(event: MovementEvent): string {
  if (event.type === 'dispensation') {
    const who = `${recipientLabel(event.recipient)} / ${event.prescriber.name}`;
    return event.bearer ? `${who} — porteur : ${bearerLabel(event.bearer)}` : who;
  }
  if (event.type === 'vet.dispensing') return `${event.animal.identification} (${event.animal.species}) / ${event.owner.name}`;
  return movementCounterparty(event);
}

/** The ordonnancier number (officine) or the prescription's reference (veterinary dispensing). */
export function prescriptionReference(event: MovementEvent): string {
  if (event.type === 'dispensation') return event.ordonnancierNumber;
  if (event.type === 'vet.dispensing') return event.prescriptionRef;
  return '';
}

export function validatedByLabel(person: Practitioner): string {
  return `Validé par ${person.name} (n° ${person.orderNumber})`;
}

/** The observations column: who validated, what they wrote, and the links between a correction and its original. */
export function observationsCell(line: LedgerLine, kind: EstablishmentKind): string {
  const { event, reversed, correctedBy } = line;
  const parts: string[] = [];
  if (event.type === 'correction' && reversed) {
    parts.push(`Annule : ${movementNature(reversed, kind)} du ${formatDay(reversed.operationDate)}, ${formatQuantity(reversed.quantity)}`);
  }
  if (correctedBy) parts.push(`Contre-passé par le n° ${correctedBy.seq} du ${formatDay(correctedBy.operationDate)}`);
  if (event.observation) parts.push(event.observation);
  parts.push(validatedByLabel(event.validatedBy));
  return frenchTypography(parts.join('\n'));
}

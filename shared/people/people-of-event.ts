// The people a register event names, as the counter's memory keeps them: patients,
// prescribers, suppliers and animal owners. Read from the events themselves, so that the
// memory is never a second file to keep in step with the register: it can be rebuilt
// from the journal at any time (docs/decisions/0036-memoire-des-personnes.md).
import type { RegisterEvent } from '../register/events';
import { searchForm, searchWords } from './search-text';

export const PERSON_ROLES = ['patient', 'prescriber', 'supplier', 'owner'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** One person as last written in the register. */
export interface PersonSeen {
  role: PersonRole;
  name: string;
  address: string;
  /** The prescriber's RPPS, when a prescription recorded it. */
  rpps?: string;
  /** What a supplier is (grossiste-répartiteur, laboratoire…). */
  profession?: string;
  /** Order number and operation date of the last event that named them. */
  lastSeq: number;
  lastDate: string;
}

/**
 * The same person is the same role, name and address in search form: « MARTIN Jean » at
 * « 3 rue des Lilas » and « Martin jean » at « 3, rue des lilas » are one; two Jean Martin
 * at two addresses are two.
 */
export function personKey(role: PersonRole, name: string, address: string): string {
  return `${role}|${searchForm(name)}|${searchForm(address)}`;
}

/** The index terms of a person: each word of the name, prefixed by the role so one index serves every role. */
export function personTerms(role: PersonRole, name: string): string[] {
  return searchWords(name).map((word) => `${role}:${word}`);
}

/** The people an event names; none for the events that name nobody (or an anonymous patient). */
export function peopleOf(event: RegisterEvent): PersonSeen[] {
  const seen = { lastSeq: event.seq, lastDate: event.operationDate };
  const named = (person: Omit<PersonSeen, 'lastSeq' | 'lastDate'>): PersonSeen[] => (person.name.trim() === '' ? [] : [{ ...person, ...seen }]);
  switch (event.type) {
    case 'dispensation': {
      const rpps = event.prescription?.prescriberRpps;
      return [
        ...(event.recipient.kind === 'patient' ? named({ role: 'patient', name: event.recipient.name, address: event.recipient.address }) : []),
        ...named({ role: 'prescriber', name: event.prescriber.name, address: event.prescriber.address, ...(rpps ? { rpps } : {}) }),
      ];
    }
    case 'receipt':
      return named({ role: 'supplier', name: event.supplier.name, address: event.supplier.address, profession: event.supplier.profession });
    case 'supplier.return':
      return named({ role: 'supplier', name: event.supplier.name, address: event.supplier.address });
    case 'vet.administration':
    case 'vet.dispensing':
      return named({ role: 'owner', name: event.owner.name, address: event.owner.address });
    default:
      return [];
  }
}

/**
 * What the memory keeps of a person seen again: the latest name and address as written,
 * and what an earlier event knew that this one does not say (a prescriber's RPPS, a
 * supplier's profession).
 */
export function mergeSeen(earlier: PersonSeen | undefined, later: PersonSeen): PersonSeen {
  if (!earlier) return later;
  const [older, newer] = earlier.lastSeq > later.lastSeq ? [later, earlier] : [earlier, later];
  return {
    ...newer,
    ...((newer.rpps ?? older.rpps) ? { rpps: newer.rpps ?? older.rpps } : {}),
    ...((newer.profession ?? older.profession) ? { profession: newer.profession ?? older.profession } : {}),
  };
}

// The events that end a holder's time with the register: the hand-over to a buyer
// (R. 5132-37 §1–2) and the definitive closure (§3–4). Both keep the register in the
// same chain; nothing before them is rewritten (decision 0010).
import type { EstablishmentKind, Practitioner } from './events-register';

/**
 * "Changement de titulaire": from this order number on, the buyer holds the register and
 * is its only validator; the seller and the people they authorised no longer validate.
 * The operation date is the day of the cession. `inventory` names the contradictory
 * inventory taken in the buyer's presence (an `inventory.taken` with `counterParty`).
 */
export interface HolderChanged {
  type: 'holder.changed';
  holder: Practitioner;
  inventory: number;
}

/** Who receives the records on a definitive closure: the ARS for an officine, the DDPP for a veterinarian. */
export const DEPOSIT_AUTHORITIES: Record<EstablishmentKind, 'ARS' | 'DDPP'> = { officine: 'ARS', veterinaire: 'DDPP' };
export type DepositAuthority = (typeof DEPOSIT_AUTHORITIES)[EstablishmentKind];

/**
 * Definitive closure (cessation d'activité): the register accepts no movement, no product
 * and no validator change afterwards, only editions (and the last monthly closure). The
 * operation date is the day of the closure; every narcotic must have been destroyed first.
 */
export interface RegisterClosed {
  type: 'register.closed';
  /** Why the activity ends (cessation, fermeture définitive…). */
  reason: string;
  /** Where the register and its documents are deposited. */
  depositedWith: { authority: DepositAuthority; address: string };
}

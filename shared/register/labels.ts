// French names of what the register records, shared by the window, the editions and
// the command line so that a movement is called the same everywhere.
import type { CorrectionReason, MovementEvent } from './events';
import { missingCaseError } from '../result';

export const CORRECTION_REASON_LABELS: Record<CorrectionReason, string> = {
  quantite: 'Erreur de quantité',
  produit: 'Erreur de produit',
  date: 'Erreur de date',
  tiers: 'Erreur de fournisseur, de patient ou de prescripteur',
  doublon: 'Saisie en double',
  autre: 'Autre motif',
};

export function movementNature(event: MovementEvent): string {
  switch (event.type) {
    case 'receipt':
      return 'Réception';
    case 'dispensation':
      return 'Dispensation';
    case 'correction':
      return `Contre-passation du n° ${event.corrects}`;
    default:
      throw missingCaseError(event);
  }
}

/** Who the movement was with, as a register line shows it. */
export function movementCounterparty(event: MovementEvent): string {
  switch (event.type) {
    case 'receipt':
      return [event.supplier.name, event.deliveryRef ? `BL ${event.deliveryRef}` : null].filter(Boolean).join(' — ');
    case 'dispensation':
      return `${event.patient.name} / Dr ${event.prescriber.name} — ordonnancier n° ${event.ordonnancierNumber}`;
    case 'correction':
      return `${CORRECTION_REASON_LABELS[event.reason]} : ${event.comment}`;
    default:
      throw missingCaseError(event);
  }
}

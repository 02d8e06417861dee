// What each type of event is called when a refusal names it (« un préparateur ne valide
// pas une contre-passation »). Movements keep the names the registers print.
import type { EventType } from '../register/events';
import { MOVEMENT_LABELS } from '../register/labels';

export const EVENT_LABELS: Record<EventType, string> = {
  ...MOVEMENT_LABELS,
  'register.opened': 'Ouverture du registre',
  'establishment.changed': 'Changement de nom ou d’adresse de l’établissement',
  'validator.authorized': 'Habilitation d’une personne',
  'validator.revoked': 'Retrait d’une habilitation',
  'product.defined': 'Définition d’un produit',
  'product.changed': 'Modification d’un produit',
  'inventory.taken': 'Inventaire',
  'destruction.planned': 'Avis de destruction',
  'destruction.certified': 'Procès-verbal de destruction',
  'destruction.copySent': 'Envoi de la copie du procès-verbal',
  'destruction.cancelled': 'Abandon d’un dossier de destruction',
  'month.closed': 'Clôture mensuelle',
  'edition.produced': 'Édition imprimée',
  'holder.changed': 'Changement de titulaire',
  'register.closed': 'Cessation définitive',
  'clock.setBack': 'Recul de l’horloge',
  'signingKey.recorded': 'Clé de signature enregistrée',
};

// French names of what the register records, shared by the window, the editions and
// the command line so that a movement is called the same everywhere.
import { missingCaseError } from '../result';
import type {
  Bearer,
  CorrectionReason,
  EstablishmentKind,
  ExportAuthorisationKind,
  ImportAuthorisationKind,
  MovementEvent,
  MovementType,
  QuarantineReason,
  Recipient,
  StockCompartment,
  TradeAuthorisation,
} from './events';
import { formatDay } from './dates';
import { formatQuantity } from './quantity';

export const CORRECTION_REASON_LABELS: Record<CorrectionReason, string> = {
  quantite: 'Erreur de quantité',
  produit: 'Erreur de produit',
  date: 'Erreur de date',
  tiers: 'Erreur de fournisseur, de patient ou de prescripteur',
  doublon: 'Saisie en double',
  autre: 'Autre motif',
};

export const COMPARTMENT_LABELS: Record<StockCompartment, string> = {
  dispensable: 'Stock disponible',
  quarantine: 'Quarantaine (à détruire)',
};

export const QUARANTINE_REASON_LABELS: Record<QuarantineReason, string> = {
  expired: 'Périmé',
  altered: 'Altéré',
  other: 'Autre motif',
};

export const MOVEMENT_LABELS: Record<MovementType, string> = {
  'opening.balance': 'Solde repris',
  receipt: 'Réception',
  'patient.return': 'Retour patient',
  dispensation: 'Dispensation',
  'vet.administration': 'Administration',
  'vet.dispensing': 'Délivrance au détenteur',
  'preparation.use': 'Préparation magistrale',
  'supplier.return': 'Retour fournisseur',
  theft: 'Vol ou détournement',
  'quarantine.moved': 'Mise en quarantaine',
  correction: 'Contre-passation',
  'inventory.adjustment': 'Écart d’inventaire',
  destruction: 'Destruction',
};

/**
 * A veterinary register speaks of the animal's keeper (« détenteur », art. R. 5141-112 du
 * code de la santé publique), never of a patient: the same movement, in its own words.
 */
const VETERINARY_LABELS: Record<MovementType, string> = { ...MOVEMENT_LABELS, 'patient.return': 'Retour du détenteur' };

/** The names of the movements in the words of this kind of establishment. */
export function movementLabels(kind: EstablishmentKind): Record<MovementType, string> {
  return kind === 'veterinaire' ? VETERINARY_LABELS : MOVEMENT_LABELS;
}

/** The counterparty column's heading, in the words of this kind of establishment. */
export function counterpartyHeading(kind: EstablishmentKind): string {
  return kind === 'veterinaire' ? 'Fournisseur, animal / détenteur — références' : 'Fournisseur, patient / prescripteur — références';
}

export function movementNature(event: MovementEvent, kind: EstablishmentKind): string {
  if (event.type === 'correction') return `Contre-passation du n° ${event.corrects}`;
  const labels = movementLabels(kind);
  if (event.type === 'inventory.adjustment') {
    return `${labels[event.type]} (inventaire n° ${event.inventory}${event.compartment === 'quarantine' ? ', quarantaine' : ''})`;
  }
  if (event.type === 'destruction') return `${labels[event.type]} (PV n° ${event.dossier})`;
  if (event.type === 'opening.balance' && event.compartment === 'quarantine') return `${labels[event.type]} (quarantaine)`;
  if ((event.type === 'supplier.return' || event.type === 'theft') && event.compartment === 'quarantine') {
    return `${labels[event.type]} (quarantaine)`;
  }
  return labels[event.type];
}

export function recipientLabel(recipient: Recipient): string {
  switch (recipient.kind) {
    case 'patient':
      return recipient.name;
    case 'anonymous':
      return 'Anonyme (art. L. 3414-1)';
    case 'professional':
      return `${recipient.name} (usage professionnel)`;
    default:
      throw missingCaseError(recipient);
  }
}

/** A declaration's reference, and its day when the theft recorded it (art. R. 5132-80). */
export function datedReference(reference: string, day: string | undefined): string {
  return day === undefined ? reference : `${reference} du ${formatDay(day)}`;
}

/** "AIS n° FR-2026-0042": an import or export authorisation as the register prints it. */
export function authorisationLabel(authorisation: TradeAuthorisation<ImportAuthorisationKind | ExportAuthorisationKind>): string {
  return `${authorisation.kind} n° ${authorisation.number}`;
}

/** Who the movement was with and its references, as a register line shows them. */
export function movementCounterparty(event: MovementEvent): string {
  const parts = (...items: (string | false | undefined)[]) => items.filter(Boolean).join(' — ');
  switch (event.type) {
    case 'opening.balance':
      return `Report : ${event.source}`;
    case 'receipt':
      return parts(
        `${event.supplier.name} (${event.supplier.profession})`,
        `BL ${event.deliveryRef}`,
        `lot ${event.lot}, pér. ${event.expiry.slice(5)}/${event.expiry.slice(0, 4)}`,
        event.orderBookRef && `carnet ${event.orderBookRef}`,
        event.authorisation && `importation, ${authorisationLabel(event.authorisation)}`,
      );
    case 'patient.return':
      return parts(`Rapporté par ${event.returnedBy}`, event.comment);
    case 'dispensation':
      return parts(
        `${recipientLabel(event.recipient)} / ${event.prescriber.name}`,
        `ordonnancier n° ${event.ordonnancierNumber}`,
        event.bearer && `porteur : ${bearerLabel(event.bearer)}`,
      );
    case 'vet.administration':
      return `${event.animal.identification} (${event.animal.species}) / ${event.owner.name}`;
    case 'vet.dispensing':
      return parts(
        `${event.animal.identification} (${event.animal.species}) / ${event.owner.name}`,
        `ordonnance ${event.prescriptionRef}`,
        event.prescribedDays !== undefined && `traitement de ${event.prescribedDays} jour${event.prescribedDays > 1 ? 's' : ''}`,
      );
    case 'preparation.use':
      return `Préparation n° ${event.preparationNumber}`;
    case 'supplier.return':
      return parts(
        event.supplier.name,
        event.reason,
        event.returnRef && `bon ${event.returnRef}`,
        event.authorisation && `exportation, ${authorisationLabel(event.authorisation)}`,
      );
    case 'theft':
      return parts(
        event.circumstances,
        `plainte ${datedReference(event.policeReportRef, event.policeReportDate)}`,
        `décl. ${datedReference(event.regionalDeclarationRef, event.regionalDeclarationDate)}`,
        `décl. ${datedReference(event.agencyDeclarationRef, event.agencyDeclarationDate)}`,
      );
    case 'quarantine.moved':
      // Neither entry nor exit: the line says how much changed compartment.
      return parts(
        `${formatQuantity(event.quantity)} du stock disponible vers la quarantaine (à détruire)`,
        QUARANTINE_REASON_LABELS[event.reason],
        event.lot && `lot ${event.lot}`,
        event.comment,
      );
    case 'correction':
      if (event.reverses === 'transfer') {
        return `${formatQuantity(event.quantity)} ${event.compartment === 'quarantine' ? 'de la quarantaine remis au stock disponible' : 'du stock disponible remis en quarantaine'} — ${CORRECTION_REASON_LABELS[event.reason]} : ${event.comment}`;
      }
      return `${CORRECTION_REASON_LABELS[event.reason]} : ${event.comment}`;
    case 'inventory.adjustment':
      return `Motif : ${event.reason}`;
    case 'destruction':
      return parts(`Stock en quarantaine détruit — procès-verbal ${event.dossier}`, event.lot && `lot ${event.lot}`);
    default:
      throw missingCaseError(event);
  }
}

/** How the bearer was identified (art. R. 5132-35): the document shown, or that the pharmacist knew them. */
export function bearerProof(bearer: Bearer): string | undefined {
  return bearer.idReference ?? (bearer.known ? 'connu de la pharmacie' : undefined);
}

/** The bearer on one line: name, address (absent from bearers recorded before it was asked), and proof. */
export function bearerLabel(bearer: Bearer): string {
  const proof = bearerProof(bearer);
  return [bearer.name, bearer.address].filter(Boolean).join(', ') + (proof ? ` (${proof})` : '');
}

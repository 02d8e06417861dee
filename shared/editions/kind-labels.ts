// What each kind of edition is called, for the window's list and the transmittal slip.
import type { EditionKind, EstablishmentKind } from '../register/events';

export const EDITION_KIND_LABELS: Record<EditionKind, string> = {
  'product-register': 'Registre d’un produit',
  'period-journal': 'Registre de tous les produits',
  'month-balance': 'Balance mensuelle',
  dispensations: 'Ordonnancier',
  integrity: 'Rapport d’intégrité',
  theft: 'Déclaration de vol',
  inventory: 'Inventaire',
  'destruction-notice': 'Avis de destruction',
  'destruction-pv': 'Procès-verbal de destruction',
  'transfer-inventory': 'Inventaire de cession',
  transmittal: 'Bordereau de transmission',
  'annual-working-copy': 'Copie de travail JARE (.xlsx)',
  'annual-statement': 'État annuel récapitulatif',
  'annual-letter': 'Lettre d’accompagnement (ANSM)',
  'annual-authorisations': 'Autorisations d’import et d’export',
  'annual-authorisations-csv': 'Autorisations d’import et d’export (CSV)',
  'annual-jare-fill-report': 'Remplissage du fichier JARE (rapport)',
};

/** A veterinarian keeps no ordonnancier: the same edition lists the deliveries to the animals' keepers. */
export function editionKindLabel(edition: EditionKind, kind: EstablishmentKind): string {
  if (edition === 'dispensations' && kind === 'veterinaire') return 'Délivrances';
  return EDITION_KIND_LABELS[edition];
}

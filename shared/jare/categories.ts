// Where each movement of the register goes in the annual declaration (JARE, sheets S and
// P). Entries (+) and exits (-) follow the columns known or reconstructed in
// decision 0007; what has no JARE column is a "difference", listed one by
// one with its explanation so that stock 31/12 = stock 1/1 + entries − exits is accounted
// for. A move between compartments changes nothing here.
import type { MovementEvent, MovementType } from '../register/events';

export const JARE_ENTRY_KINDS = ['manufacture', 'acquisition', 'import'] as const;
export type JareEntryKind = (typeof JARE_ENTRY_KINDS)[number];

export const JARE_EXIT_KINDS = ['manufactureUse', 'wholesale', 'retail', 'export', 'destruction', 'lossTheft'] as const;
export type JareExitKind = (typeof JARE_EXIT_KINDS)[number];

export type JareCategory =
  | { flow: 'entry'; kind: JareEntryKind }
  | { flow: 'exit'; kind: JareExitKind }
  /** Counted in the stock but in no JARE column: listed as an explained difference. */
  | { flow: 'difference' }
  /** Neither entry nor exit (between compartments). */
  | { flow: 'none' };

/** French headers of the flow columns, as the guide words them or as reconstructed (see the workbook for which is which). */
export const JARE_ENTRY_LABELS: Record<JareEntryKind, string> = {
  manufacture: 'Fabrication / synthèse (+)',
  acquisition: 'Acquisition sur le territoire douanier (+)',
  import: 'Importation (+)',
};

export const JARE_EXIT_LABELS: Record<JareExitKind, string> = {
  manufactureUse: 'Utilisation pour la fabrication (-)',
  wholesale: 'Cession sur le territoire douanier au commerce de gros (-)',
  retail: 'Cession sur le territoire douanier au commerce de détail (-)',
  export: 'Exportation (-)',
  destruction: 'Destruction (-)',
  lossTheft: 'Pertes et vols (-)',
};

/**
 * The mapping, one row per kind of movement. `destruction` is listed ahead of the event
 * that will carry it, so that the table stays complete when it joins the register.
 */
export const JARE_CATEGORIES: Readonly<Record<MovementType | 'destruction', JareCategory>> = {
  // Reprise d’un registre antérieur datée dans l’année : ni achat ni fabrication, un stock qui existait déjà → écart expliqué.
  'opening.balance': { flow: 'difference' },
  // Réception d’un grossiste-répartiteur, d’un fabricant ou d’une autre officine en France = acquisition sur le territoire douanier
  // (une réception qui porte une autorisation d’importation AIS ou AIP est une importation : movementCategory).
  receipt: { flow: 'entry', kind: 'acquisition' },
  // Retour d’un patient (mis en quarantaine pour destruction) : aucune colonne JARE connue → écart expliqué.
  'patient.return': { flow: 'difference' },
  // Délivrance au patient = cession au commerce de détail / usage (la « consommation » de l’OICS).
  dispensation: { flow: 'exit', kind: 'retail' },
  // Administration par le vétérinaire = usage, au même titre que la délivrance.
  'vet.administration': { flow: 'exit', kind: 'retail' },
  // Délivrance par le vétérinaire au détenteur de l’animal = cession au détail.
  'vet.dispensing': { flow: 'exit', kind: 'retail' },
  // Utilisation pour une préparation magistrale = utilisation pour la fabrication.
  'preparation.use': { flow: 'exit', kind: 'manufactureUse' },
  // Retour au fournisseur (grossiste ou fabricant) = cession au commerce de gros
  // (un retour qui porte une autorisation d’exportation AES ou AEP est une exportation : movementCategory).
  'supplier.return': { flow: 'exit', kind: 'wholesale' },
  // Vol ou détournement = pertes et vols, sa propre colonne.
  theft: { flow: 'exit', kind: 'lossTheft' },
  // Destruction devant un confrère désigné (PV) = destruction, sa propre colonne.
  destruction: { flow: 'exit', kind: 'destruction' },
  // Mise en quarantaine : le stock ne change pas, seule sa part « à détruire » → rien.
  'quarantine.moved': { flow: 'none' },
  // Contre-passation : corrige une erreur d’inscription → écart expliqué (une contre-passation de mise en quarantaine ne compte pas).
  correction: { flow: 'difference' },
  // Écart d’inventaire (pesées et décomptes) → écart expliqué, avec le motif de l’inventaire.
  'inventory.adjustment': { flow: 'difference' },
};

export function jareCategory(type: MovementType): JareCategory {
  return JARE_CATEGORIES[type];
}

/**
 * Where one movement goes: its kind's column, except a receipt made under an import
 * authorisation (AIS, AIP), which is an import, and a supplier return made under an
 * export authorisation (AES, AEP), which is an export.
 */
export function movementCategory(event: MovementEvent): JareCategory {
  if (event.type === 'receipt' && event.authorisation) return { flow: 'entry', kind: 'import' };
  if (event.type === 'supplier.return' && event.authorisation) return { flow: 'exit', kind: 'export' };
  return jareCategory(event.type);
}

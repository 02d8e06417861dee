// Who may validate what. The register records who validated each line (art. R. 5132-36
// du code de la santé publique); the pharmacist or the veterinarian answers for it, and a
// préparateur or a student acts under their effective control (art. L. 4241-1 and
// R. 4235-13 du code de la santé publique). The table below is the one place that says
// which role validates which kind of event; docs/roles.md explains each line.
import type { EstablishmentKind, EventType } from '../register/events';

/** The roles a person may hold in the register; the holder is always `titulaire`. */
export const ROLE_KINDS = ['titulaire', 'pharmacien', 'preparateur', 'etudiant', 'veterinaire', 'auxiliaire-veterinaire'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** The roles the holder may give: everyone but the holder, who is named by the opening or a cession. */
export const DELEGATED_ROLES = ['pharmacien', 'preparateur', 'etudiant', 'veterinaire', 'auxiliaire-veterinaire'] as const satisfies readonly RoleKind[];
export type DelegatedRole = (typeof DELEGATED_ROLES)[number];

export const ROLE_LABELS: Record<RoleKind, string> = {
  titulaire: 'Titulaire',
  pharmacien: 'Pharmacien adjoint ou remplaçant',
  preparateur: 'Préparateur en pharmacie',
  etudiant: 'Étudiant en pharmacie',
  veterinaire: 'Vétérinaire (associé, salarié ou remplaçant)',
  'auxiliaire-veterinaire': 'Auxiliaire spécialisé vétérinaire',
};

/** The roles that exist in each kind of establishment, as the holder may give them. */
export const ROLES_OF_KIND: Record<EstablishmentKind, readonly DelegatedRole[]> = {
  officine: ['pharmacien', 'preparateur', 'etudiant'],
  veterinaire: ['veterinaire', 'auxiliaire-veterinaire'],
};

/**
 * The role of a person authorised before roles were recorded (their event has no
 * `roleKind`). They keep what they could validate then, so that every journal written
 * before still replays as valid: a pharmacist's, or a veterinarian's. docs/roles.md says
 * how the holder narrows it (revoke, then authorise again with the role).
 */
export const ROLE_BEFORE_ROLES: Record<EstablishmentKind, DelegatedRole> = {
  officine: 'pharmacien',
  veterinaire: 'veterinaire',
};

const HOLDER: readonly RoleKind[] = ['titulaire'];
/** Those who answer for the register: the holder and the pharmacists or veterinarians they authorise. */
const RESPONSIBLE: readonly RoleKind[] = ['titulaire', 'pharmacien', 'veterinaire'];
const EVERYONE: readonly RoleKind[] = ROLE_KINDS;

/**
 * Which roles may validate each type of event. Exhaustive: a new type of event does not
 * compile until it says who validates it.
 */
export const MAY_VALIDATE = {
  // The opening, the authorisations, the hand-over and the closure engage the holder alone.
  'register.opened': HOLDER,
  'validator.authorized': HOLDER,
  'validator.revoked': HOLDER,
  'holder.changed': HOLDER,
  'register.closed': HOLDER,
  // What the register is: its establishment and its products.
  'establishment.changed': RESPONSIBLE,
  // Who receives a product the register does not list yet defines it; changing or deactivating one is for those who answer.
  'product.defined': [...RESPONSIBLE, 'preparateur', 'auxiliaire-veterinaire'],
  'product.changed': RESPONSIBLE,
  'opening.balance': RESPONSIBLE,
  // The counter's daily work, under a pharmacist's or a veterinarian's control.
  receipt: EVERYONE,
  'patient.return': EVERYONE,
  dispensation: ['titulaire', 'pharmacien', 'preparateur', 'etudiant'],
  'preparation.use': ['titulaire', 'pharmacien', 'preparateur'],
  'vet.administration': ['titulaire', 'veterinaire'],
  'vet.dispensing': ['titulaire', 'veterinaire', 'auxiliaire-veterinaire'],
  'supplier.return': [...RESPONSIBLE, 'preparateur', 'auxiliaire-veterinaire'],
  'quarantine.moved': [...RESPONSIBLE, 'preparateur', 'auxiliaire-veterinaire'],
  // What corrects, counts, destroys or declares: a pharmacist or a veterinarian.
  theft: RESPONSIBLE,
  correction: RESPONSIBLE,
  'inventory.taken': RESPONSIBLE,
  'inventory.adjustment': RESPONSIBLE,
  'destruction.planned': RESPONSIBLE,
  'destruction.certified': RESPONSIBLE,
  destruction: RESPONSIBLE,
  'destruction.copySent': RESPONSIBLE,
  'destruction.cancelled': RESPONSIBLE,
  'month.closed': RESPONSIBLE,
  // A signing key is recorded in the act of the closure it first signs, by whoever validates it.
  'signingKey.recorded': RESPONSIBLE,
  // Printing an edition and noting a clock set back are recorded for whoever is at the keyboard.
  'edition.produced': EVERYONE,
  'clock.setBack': EVERYONE,
} as const satisfies Record<EventType, readonly RoleKind[]>;

export function mayValidate(role: RoleKind, type: EventType): boolean {
  return (MAY_VALIDATE[type] as readonly RoleKind[]).includes(role);
}

/** The roles a person may be given in an establishment of this kind. */
export function isRoleOfKind(role: unknown, kind: EstablishmentKind): role is DelegatedRole {
  return typeof role === 'string' && (ROLES_OF_KIND[kind] as readonly string[]).includes(role);
}

/** A validator as the register's state lists them: the holder first. */
export interface ListedValidator {
  orderNumber: string;
  roleKind?: DelegatedRole;
}

/** The role a listed person validates with: the holder's for the first, else the one recorded, else the one before roles. */
export function roleOf(person: ListedValidator, validators: readonly ListedValidator[], kind: EstablishmentKind): RoleKind {
  return roleBeside(person, validators[0], kind);
}

/** The same, given the holder alone (the register's state keeps its validators by number). */
export function roleBeside(person: ListedValidator, holder: ListedValidator | undefined, kind: EstablishmentKind): RoleKind {
  if (holder?.orderNumber === person.orderNumber) return 'titulaire';
  return person.roleKind ?? ROLE_BEFORE_ROLES[kind];
}

import { describe, expect, it } from 'vitest';
import { isRoleOfKind, MAY_VALIDATE, mayValidate, ROLE_BEFORE_ROLES, ROLE_KINDS, roleOf, ROLES_OF_KIND, type RoleKind } from '../../../shared/access/roles';
import { EVENT_TYPES } from '../../../shared/register/event-schemas';
import type { EventType } from '../../../shared/register/events';

/**
 * What each role validates, written out by role as docs/roles.md states it, apart from the
 * table of the code: every pair (role, type) is checked against this list.
 */
const COUNTER: EventType[] = ['receipt', 'patient.return', 'edition.produced', 'clock.setBack'];
const COUNTER_STOCK: EventType[] = ['product.defined', 'supplier.return', 'quarantine.moved'];
const REGISTER_WORK: EventType[] = [
  'establishment.changed',
  'product.defined',
  'product.changed',
  'opening.balance',
  'theft',
  'correction',
  'inventory.taken',
  'inventory.adjustment',
  'destruction.planned',
  'destruction.certified',
  'destruction',
  'destruction.copySent',
  'destruction.cancelled',
  'month.closed',
  'signingKey.recorded',
  'supplier.return',
  'quarantine.moved',
];
const EXPECTED: Record<RoleKind, EventType[]> = {
  titulaire: [...EVENT_TYPES],
  pharmacien: [...COUNTER, ...REGISTER_WORK, 'dispensation', 'preparation.use'],
  preparateur: [...COUNTER, ...COUNTER_STOCK, 'dispensation', 'preparation.use'],
  etudiant: [...COUNTER, 'dispensation'],
  veterinaire: [...COUNTER, ...REGISTER_WORK, 'vet.administration', 'vet.dispensing'],
  'auxiliaire-veterinaire': [...COUNTER, ...COUNTER_STOCK, 'vet.dispensing'],
};

const PAIRS = ROLE_KINDS.flatMap((role) => EVENT_TYPES.map((type) => [role, type, EXPECTED[role].includes(type)] as const));

describe('the table of who validates what', () => {
  it('says who validates every type of event the register has, and no other', () => {
    expect(Object.keys(MAY_VALIDATE).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(PAIRS)('%s validates %s: %s', (role, type, allowed) => {
    expect(mayValidate(role, type)).toBe(allowed);
  });

  it.each(['register.opened', 'validator.authorized', 'validator.revoked', 'holder.changed', 'register.closed'] as const)(
    'leaves %s to the holder alone',
    (type) => {
      expect(ROLE_KINDS.filter((role) => mayValidate(role, type))).toEqual(['titulaire']);
    },
  );

  it('lets a pharmacist or a veterinarian validate everything but what engages the holder alone', () => {
    const holderOnly = EVENT_TYPES.filter((type) => !mayValidate('pharmacien', type) && !mayValidate('veterinaire', type));
    expect(holderOnly.sort()).toEqual(['holder.changed', 'register.closed', 'register.opened', 'validator.authorized', 'validator.revoked']);
  });
});

describe('the roles of an establishment', () => {
  it('gives an officine its pharmacists, préparateurs and students, a veterinary practice its veterinarians and auxiliaries', () => {
    expect(ROLES_OF_KIND.officine).toEqual(['pharmacien', 'preparateur', 'etudiant']);
    expect(ROLES_OF_KIND.veterinaire).toEqual(['veterinaire', 'auxiliaire-veterinaire']);
  });

  it.each([
    ['preparateur', 'officine', true],
    ['preparateur', 'veterinaire', false],
    ['auxiliaire-veterinaire', 'veterinaire', true],
    ['auxiliaire-veterinaire', 'officine', false],
    ['titulaire', 'officine', false],
    ['directeur', 'officine', false],
    [undefined, 'officine', false],
  ] as const)('takes %s as a role given in a %s: %s', (role, kind, expected) => {
    expect(isRoleOfKind(role, kind)).toBe(expected);
  });
});

describe('roleOf', () => {
  const holder = { orderNumber: '1' };
  const preparateur = { orderNumber: '2', roleKind: 'preparateur' as const };
  const authorisedBefore = { orderNumber: '3' };
  const listed = [holder, preparateur, authorisedBefore];

  it('gives the first person listed, the holder, the holder’s role', () => {
    expect(roleOf(holder, listed, 'officine')).toBe('titulaire');
  });

  it('gives a person the role recorded when they were authorised', () => {
    expect(roleOf(preparateur, listed, 'officine')).toBe('preparateur');
  });

  it('gives a person authorised before roles were recorded the role stated for that case', () => {
    expect(roleOf(authorisedBefore, listed, 'officine')).toBe(ROLE_BEFORE_ROLES.officine);
    expect(ROLE_BEFORE_ROLES).toEqual({ officine: 'pharmacien', veterinaire: 'veterinaire' });
    expect(roleOf(authorisedBefore, listed, 'veterinaire')).toBe('veterinaire');
  });
});

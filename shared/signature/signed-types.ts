// Which events close something and are therefore signed with the register's key: the
// month's closure (art. R. 5132-36 du code de la santé publique), the inventory, the
// procès-verbal of a destruction, the hand-over to a new holder and the definitive
// closure (art. R. 5132-37). Everything recorded before one of them is covered by its
// signature, since it signs the head it closes (docs/decisions/0044-clotures-signees.md).
import type { EventType } from '../register/events';

export const SIGNED_TYPES = [
  'month.closed',
  'inventory.taken',
  'destruction.certified',
  'holder.changed',
  'register.closed',
] as const satisfies readonly EventType[];

export type SignedType = (typeof SIGNED_TYPES)[number];

const SIGNED: ReadonlySet<string> = new Set(SIGNED_TYPES);

export function isSignedType(type: string): type is SignedType {
  return SIGNED.has(type);
}

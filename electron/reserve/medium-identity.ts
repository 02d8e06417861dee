// The reserve medium's identity card, `support-reserve.json` at the root of the reserve
// folder: a random medium id drawn when the reserve is first set up there, and the
// registers it holds. The settings remember the id; a folder that does not carry it (the
// empty mount folder of an unplugged key, another key) is never taken for the reserve.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceWhole } from '../files/replace-whole';

export const IDENTITY_FILE = 'support-reserve.json';

export interface MediumIdentity {
  format: 1;
  mediumId: string;
  registerIds: string[];
  createdAt: string;
}

export async function readIdentity(folder: string): Promise<MediumIdentity | null> {
  try {
    const value = JSON.parse(await readFile(join(folder, IDENTITY_FILE), 'utf8')) as Partial<MediumIdentity>;
    if (typeof value.mediumId !== 'string' || !Array.isArray(value.registerIds)) return null;
    return {
      format: 1,
      mediumId: value.mediumId,
      registerIds: value.registerIds.filter((id) => typeof id === 'string'),
      createdAt: String(value.createdAt ?? ''),
    };
  } catch {
    return null; // absent (a reserve from an earlier version, or not a reserve) or unreadable
  }
}

/** Written aside, flushed, then renamed: a card is whole or absent, never half. */
export async function writeIdentity(folder: string, identity: MediumIdentity): Promise<void> {
  await replaceWhole(join(folder, IDENTITY_FILE), Buffer.from(`${JSON.stringify(identity, null, 2)}\n`, 'utf8'));
}

export function newIdentity(registerIds: string[], now: Date): MediumIdentity {
  return { format: 1, mediumId: randomUUID(), registerIds, createdAt: now.toISOString() };
}

/** The card with `registerId` listed, written only when it was not. */
export async function listRegister(folder: string, identity: MediumIdentity, registerId: string): Promise<MediumIdentity> {
  if (identity.registerIds.includes(registerId)) return identity;
  const next = { ...identity, registerIds: [...identity.registerIds, registerId].sort() };
  await writeIdentity(folder, next);
  return next;
}

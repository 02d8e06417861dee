// Is the folder at the configured path really the reserve medium? Its identity card must
// carry the id the settings remember. A reserve made by an earlier version has no card:
// it is adopted when it already holds this register's journal (and given a card). An
// empty folder or a foreign card is "introuvable ou différent" until the person confirms.
import { appError } from '../../shared/errors';
import { journalFileName } from '../../shared/journal/line';
import { join } from 'node:path';
import { inspectJournal } from './journal-tail';
import { listRegister, newIdentity, readIdentity, writeIdentity, type MediumIdentity } from './medium-identity';
import { logOnReserve } from './reserve-log';
import { loadSettings, updateSettings } from './settings';

export type MediumVerdict = 'recognised' | 'unrecognised';

async function holdsJournal(folder: string, registerId: string): Promise<boolean> {
  try {
    return (await inspectJournal(join(folder, journalFileName(registerId)))).head !== null;
  } catch {
    return true; // a journal is there, damaged: it is this register's reserve all the same
  }
}

async function remember(dataFolder: string, folder: string, mediumId: string): Promise<void> {
  await updateSettings(dataFolder, (current) => ({ ...current, reserveFolder: folder, reserveMediumId: mediumId }));
}

export async function recogniseMedium(dataFolder: string, folder: string, registerId: string, writable: boolean, now: Date): Promise<MediumVerdict> {
  const { reserveMediumId: expected } = await loadSettings(dataFolder);
  const identity = await readIdentity(folder);
  if (identity !== null && expected !== undefined) return identity.mediumId === expected ? 'recognised' : 'unrecognised';
  // Settings from an earlier version: adopt a card that names this register.
  if (identity !== null) {
    if (!identity.registerIds.includes(registerId) && !(await holdsJournal(folder, registerId))) return 'unrecognised';
    await remember(dataFolder, folder, identity.mediumId);
    return 'recognised';
  }
  // No card: a reserve from an earlier version, if this register's journal is there.
  if (expected !== undefined || !(await holdsJournal(folder, registerId))) return 'unrecognised';
  if (writable) {
    const created = newIdentity([registerId], now);
    await writeIdentity(folder, created);
    await remember(dataFolder, folder, created.mediumId);
    await logOnReserve(folder, registerId, {
      at: now.toISOString(),
      event: 'medium.adopted',
      notice: appError('reserve.mediumAdopted', undefined, { folder }),
      details: { mediumId: created.mediumId },
    });
  }
  return 'recognised';
}

/**
 * The person chose this folder, or confirmed it as the new reserve: its card is adopted,
 * or one is written. A read-only medium without a card stays usable for reading.
 */
export async function adoptMedium(dataFolder: string, folder: string, registerId: string | null, writable: boolean, now: Date): Promise<MediumIdentity | null> {
  const found = await readIdentity(folder);
  let identity: MediumIdentity | null = found;
  if (writable) {
    identity =
      found === null ? newIdentity(registerId === null ? [] : [registerId], now) : registerId === null ? found : await listRegister(folder, found, registerId);
    if (found === null) {
      await writeIdentity(folder, identity);
      if (registerId !== null) {
        await logOnReserve(folder, registerId, {
          at: now.toISOString(),
          event: 'medium.created',
          notice: appError('reserve.mediumCreated', undefined, { folder }),
          details: { mediumId: identity.mediumId },
        });
      }
    }
  }
  await updateSettings(dataFolder, (current) => {
    const { reserveMediumId: _previous, ...rest } = current;
    return identity === null ? { ...rest, reserveFolder: folder } : { ...rest, reserveFolder: folder, reserveMediumId: identity.mediumId };
  });
  return identity;
}

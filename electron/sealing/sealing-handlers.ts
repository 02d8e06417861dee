// Turning encryption of the reserve on, and opening an encrypted reserve on a new PC
// (decision 0041). Set-up draws the key and the recovery code and shows the code once,
// for the recovery sheet; nothing is encrypted until the person types back the group
// asked for, which proves the sheet was printed or copied. The code itself is never
// stored: only the identity it seals.
import { randomInt } from 'node:crypto';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceWhole } from '../files/replace-whole';
import { readIfPresent } from '../files/write-once';
import { journalFileName } from '../../shared/journal/line';
import { migrateReserve, type MigrationTarget } from './migrate-reserve';
import { abandonBuilding, beginRekeying, readRekeyingState, runRekeying, type RekeyingTarget } from './rekey-reserve';
import { SEALED_JOURNAL_SUFFIX } from './sealed-line';
import type { SerialQueue } from '../../shared/serial-queue';
import { appError } from '../../shared/errors';
import { groupToTypeBack, typedBackMatches } from '../../shared/encryption/recovery-code';
import type { MainHandlers } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/result';
import { reachableReserveFolder } from '../reserve/reserve-folder';
import { loadLocalKey, placeKeyOnMedium, readMediumKey, saveLocalKey, savePendingKey, SEALED_KEY_FILE } from './key-store';
import { createReserveKey, unlockReserveKey, type KeyOptions, type NewReserveKey } from './reserve-key';

export interface SealingContext {
  dataFolder: string;
  /** Hands the recovery sheet to the system viewer, to print it: '' once opened, else what went wrong. */
  openPath?: (path: string) => Promise<string>;
  /** Only tests change it (a lower scrypt cost, a fixed code). */
  keyOptions?: KeyOptions;
  now?: () => Date;
  /** Only tests change it: lines sealed per batch of a migration, and a hook after each. */
  migration?: Pick<MigrationTarget, 'batch' | 'afterBatch' | 'lock'>;
  /** Only tests change it: lines sealed again per batch of a re-keying, and a hook after each step. */
  rekeying?: Pick<RekeyingTarget, 'batch' | 'afterStep' | 'lock'>;
  /** The reserve's append queue (reserve-handlers.ts): a re-keying switches between two appends, never during one. */
  queue?: SerialQueue;
}

type SealingHandlers = Pick<MainHandlers, 'sealing:status' | 'sealing:setUp' | 'sealing:openSheet' | 'sealing:confirm' | 'sealing:unlock' | 'sealing:migrate'>;

/**
 * The sheet waits in the data folder only while it is printed: it carries the code. The
 * data folder already holds the key in clear, so it reveals nothing more there, and it is
 * removed once the code is typed back. Never copied to the reserve or the archives.
 */
const SHEET_FILE = 'fiche-de-secours.pdf';

export function createSealingHandlers({
  dataFolder,
  keyOptions,
  openPath = async () => 'aucun lecteur de PDF',
  now = () => new Date(),
  migration = {},
  rekeying = {},
  queue,
}: SealingContext): SealingHandlers {
  // The key drawn by the last set-up, waiting for its code to be typed back; in memory only.
  let pending: { key: NewReserveKey; expected: string } | null = null;

  /**
   * The new key waits beside the current one until the journal on the medium is sealed
   * to it, read back and verified; the old copy is kept until then. An interruption
   * resumes at the next append or the next confirmation (rekey-reserve.ts).
   */
  const rekey = async (key: NewReserveKey) => {
    const reserve = await reachableReserveFolder(dataFolder, 'write');
    if (!reserve.ok) return reserve;
    const journals = (await readdir(reserve.value)).filter((name) => name.endsWith(SEALED_JOURNAL_SUFFIX));
    // An earlier re-keying: a switch begun ends first (with its own key); a copy still being built is dropped.
    const earlier = await readRekeyingState(dataFolder);
    if (earlier?.phase === 'switching') {
      const finished = await runRekeying({ dataFolder, now, ...rekeying, ...(queue === undefined ? {} : { exclusive: queue }) });
      if (!finished.ok) return finished;
    }
    await abandonBuilding(dataFolder);
    await savePendingKey(dataFolder, key.identity, key.sealedIdentity);
    if (journals.length === 0) {
      // Nothing sealed yet on this medium: the new key simply replaces the old one.
      await replaceWhole(join(reserve.value, SEALED_KEY_FILE), key.sealedIdentity);
      await saveLocalKey(dataFolder, key.identity, key.sealedIdentity);
      return ok({ recipient: key.recipient });
    }
    await beginRekeying(dataFolder, reserve.value, journals[0]!.slice(0, -SEALED_JOURNAL_SUFFIX.length));
    const outcome = await runRekeying({ dataFolder, now, ...rekeying, ...(queue === undefined ? {} : { exclusive: queue }) });
    return outcome.ok ? ok({ recipient: key.recipient }) : outcome;
  };

  return {
    'sealing:status': async ({ registerId }) => {
      const key = await loadLocalKey(dataFolder);
      const reachable = await reachableReserveFolder(dataFolder, 'read');
      if (!reachable.ok) return ok({ active: key !== null, mediumHasKey: null, clearJournal: false });
      const clearJournal = await readIfPresent(join(reachable.value, journalFileName(registerId))).then((bytes) => bytes !== null);
      return ok({ active: key !== null, mediumHasKey: (await readMediumKey(reachable.value)) !== null, clearJournal });
    },

    'sealing:migrate': async ({ registerId, consent }) => {
      const key = await loadLocalKey(dataFolder);
      if (key === null) return err(appError('sealing.keyNeeded'));
      const reserve = await reachableReserveFolder(dataFolder, 'write');
      if (!reserve.ok) return reserve;
      if ((await placeKeyOnMedium(reserve.value, key.sealedIdentity)) === 'different')
        return err(appError('sealing.otherKey', undefined, { folder: reserve.value }));
      // The clear copy goes only on the person's word, given on screen in those terms.
      return migrateReserve({ folder: reserve.value, registerId, key, now, ...migration }, consent === 'removeClearCopy');
    },

    'sealing:setUp': async () => {
      const key = await createReserveKey(keyOptions);
      const asked = groupToTypeBack(key.recoveryCode, randomInt(1_000_000));
      pending = { key, expected: asked.expected };
      return ok({ recoveryCode: key.recoveryCode, groupToTypeBack: asked.position, recipient: key.recipient });
    },

    'sealing:openSheet': async ({ bytes }) => {
      if (pending === null) return err(appError('sealing.noSetUp'));
      const path = join(dataFolder, SHEET_FILE);
      await mkdir(dataFolder, { recursive: true });
      await replaceWhole(path, bytes);
      const problem = await openPath(path);
      return problem === '' ? ok(null) : err(appError('edition.openFailed', undefined, { fileName: SHEET_FILE, detail: problem }));
    },

    'sealing:confirm': async ({ typedGroup }) => {
      if (pending === null) return err(appError('sealing.noSetUp'));
      if (!typedBackMatches(typedGroup, pending.expected)) return err(appError('sealing.typedBackWrong'));
      const { key } = pending;
      pending = null;
      await unlink(join(dataFolder, SHEET_FILE)).catch(() => undefined); // printed, or never asked for
      // A new sheet while the reserve is already encrypted: its journal is sealed again to the new key (decision 0047).
      if ((await loadLocalKey(dataFolder)) !== null) return rekey(key);
      await saveLocalKey(dataFolder, key.identity, key.sealedIdentity);
      // The medium receives its copy now if it is there, else with the first encrypted line.
      const reserve = await reachableReserveFolder(dataFolder, 'write');
      if (reserve.ok && (await placeKeyOnMedium(reserve.value, key.sealedIdentity).catch(() => 'absent')) === 'different')
        return err(appError('sealing.otherKey', undefined, { folder: reserve.value }));
      return ok({ recipient: key.recipient });
    },

    'sealing:unlock': async ({ code }) => {
      const reserve = await reachableReserveFolder(dataFolder, 'read');
      if (!reserve.ok) return reserve;
      const sealedIdentity = await readMediumKey(reserve.value);
      if (sealedIdentity === null) return err(appError('sealing.noKeyOnMedium', undefined, { folder: reserve.value }));
      const unlocked = await unlockReserveKey(sealedIdentity, code);
      if (!unlocked.ok) return unlocked;
      await saveLocalKey(dataFolder, unlocked.value.identity, sealedIdentity);
      return ok({ recipient: unlocked.value.recipient });
    },
  };
}

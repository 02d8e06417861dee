// verify <registre>.journal-chiffre.txt: the reserve's encrypted journal (decision 0041),
// checked by whoever holds its recovery sheet. The code opens cle-de-reserve.age, found
// beside the journal on the medium; every line is then decrypted (its age tag checked),
// must carry the order number and hash written in clear before it, and the whole chain
// is verified as a clear journal is. A torn last line, never acknowledged, is left out
// and said, as the application leaves it out (docs/journal-format.md).
import { dirname, join } from 'node:path';
import { describeError } from '../../../../shared/errors';
import { frenchTypography } from '../../../../shared/french';
import { readIfPresent } from '../../../files/write-once';
import { inspectJournal, JournalDamagedError } from '../../../reserve/journal-tail';
import { SEALED_KEY_FILE } from '../../../sealing/key-store';
import { unlockReserveKey } from '../../../sealing/reserve-key';
import { verifySealedJournal } from '../../../sealing/sealed-journal';
import { sealedLineHead, SEALED_JOURNAL_SUFFIX } from '../../../sealing/sealed-line';
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from '../../common/io';
import { journalBreak } from '../../common/messages';
import { recoveryCodeNeeded, verifySummary } from './messages';

export function isSealedJournalFile(path: string): boolean {
  return path.endsWith(SEALED_JOURNAL_SUFFIX);
}

export async function verifySealedJournalFile(path: string, code: string | undefined, io: CliIo): Promise<ExitCode> {
  const folder = dirname(path);
  const sealedKey = await readIfPresent(join(folder, SEALED_KEY_FILE));
  if (sealedKey === null) {
    io.err(describeError({ code: 'sealing.noKeyOnMedium', params: { folder } }));
    return EXIT_USAGE;
  }
  const typed = code ?? (await io.askSecret?.('Code de secours (imprimé sur la fiche de secours) : ')) ?? null;
  if (typed === null) {
    io.err(recoveryCodeNeeded(path));
    return EXIT_USAGE;
  }
  const key = await unlockReserveKey(sealedKey, typed);
  if (!key.ok) {
    io.err(describeError(key.error));
    return EXIT_USAGE;
  }
  let shape;
  try {
    shape = await inspectJournal(path, sealedLineHead);
  } catch (error) {
    if (!(error instanceof JournalDamagedError)) throw error;
    io.err(
      frenchTypography(
        `Journal chiffré altéré : ${path}\nLa ligne qui commence à l’octet ${error.offset} n’est pas une ligne chiffrée du registre, avant la dernière ligne.`,
      ),
    );
    return EXIT_BROKEN;
  }
  const verdict = await verifySealedJournal(path, key.value.identity, shape.soundEnd);
  if (!verdict.ok) {
    io.err(journalBreak(path, verdict));
    return EXIT_BROKEN;
  }
  io.out(verifySummary(path, verdict));
  io.out(
    frenchTypography(
      'Chaque ligne déchiffrée avec la clé que le code de secours ouvre : authentifiée, et portant le n° d’ordre et l’empreinte écrits en clair devant elle.',
    ),
  );
  if (shape.tail !== null)
    io.out(
      frenchTypography(
        `Fin inachevée de ${shape.tail.bytes} octets après le dernier événement complet : une écriture interrompue, jamais acquittée, laissée de côté.`,
      ),
    );
  return EXIT_OK;
}

// `verify` on what leaves the PC encrypted: a sealed hand-over package, opened with its
// passphrase (--phrase, or asked on the terminal), and the reserve's encrypted journal,
// opened with the recovery code (--code, or asked) through cle-de-reserve.age beside it.
// A wrong secret is refused in French with exit code 2; an altered line with exit code 1.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { SEALED_KEY_FILE } from '../../../electron/sealing/key-store';
import { createReserveKey } from '../../../electron/sealing/reserve-key';
import { sealedJournalFileName, sealLines } from '../../../electron/sealing/sealed-line';
import { sealPackage } from '../../../shared/package/sealed-package';
import { TODAY } from '../../fixtures/drafts';
import { eventsWithEdition, handoverPackage } from '../../fixtures/package';
import { TEST_SCRYPT_WORK_FACTOR } from '../../fixtures/sealed-package';
import { plain, tempFolder } from './journal-files';

const PASSPHRASE = 'K7Q2M-9XW4D-HT3PA-CR8VN-5BYE1';
const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';

function captured(answer?: string): CliIo & { stdout: string[]; stderr: string[]; asked: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const asked: string[] = [];
  return {
    stdout,
    stderr,
    asked,
    today: TODAY,
    out: (text) => stdout.push(plain(text)),
    err: (text) => stderr.push(plain(text)),
    ...(answer === undefined
      ? {}
      : {
          askSecret: async (question: string) => {
            asked.push(question);
            return answer;
          },
        }),
  };
}

async function sealedPackageFile(): Promise<{ path: string; fingerprint: string }> {
  const built = handoverPackage(events);
  const path = join(tempFolder(), 'dossier-reprise_REG-2026-001_20261123-1530.zip.age');
  writeFileSync(path, await sealPackage(built.zip, PASSPHRASE, TEST_SCRYPT_WORK_FACTOR));
  return { path, fingerprint: built.fingerprint };
}

async function sealedReserve(): Promise<{ path: string; recoveryCode: string }> {
  const folder = tempFolder();
  const key = await createReserveKey({ scryptWorkFactor: TEST_SCRYPT_WORK_FACTOR });
  writeFileSync(join(folder, SEALED_KEY_FILE), key.sealedIdentity);
  const path = join(folder, sealedJournalFileName(registerId));
  writeFileSync(path, await sealLines(events, key.recipient));
  return { path, recoveryCode: key.recoveryCode };
}

describe('verify <sealed package>', () => {
  it('opens it with --phrase and prints the fingerprint of the clear manifest', async () => {
    const { path, fingerprint } = await sealedPackageFile();
    const io = captured();
    expect(await runCli(['verify', path, '--phrase', PASSPHRASE], io)).toBe(EXIT_OK);
    expect(io.stdout.join('\n')).toContain(`Empreinte du dossier (SHA-256 de manifest.json) : ${fingerprint}`);
  });

  it('asks the passphrase on the terminal without --phrase', async () => {
    const { path } = await sealedPackageFile();
    const io = captured(PASSPHRASE.toLowerCase());
    expect(await runCli(['verify', path], io)).toBe(EXIT_OK);
    expect(io.asked).toEqual(['Phrase de passe du dossier (imprimée sur sa fiche) : ']);
  });

  it('says how to give the passphrase when there is no terminal, and refuses a wrong one', async () => {
    const { path } = await sealedPackageFile();
    const none = captured();
    expect(await runCli(['verify', path], none)).toBe(EXIT_USAGE);
    expect(none.stderr.join('\n')).toContain('Donnez sa phrase de passe (imprimée sur la fiche remise avec la décharge ou le récépissé) avec --phrase');
    const wrong = captured();
    expect(await runCli(['verify', path, '--phrase', 'ABCDE-FGHJK-MNPQR-STVWX-YZ012'], wrong)).toBe(EXIT_USAGE);
    expect(wrong.stderr.join('\n')).toBe(
      `Dossier refusé : ${path}\nCette phrase de passe n’ouvre pas ce dossier : rien n’a été lu ni écrit. Vérifiez-la sur la fiche remise avec la décharge (ou le récépissé) et saisissez-la de nouveau.`,
    );
    expect(wrong.stdout).toEqual([]);
  });
});

describe('verify <encrypted reserve journal>', () => {
  it('opens every line with the recovery code and verifies the whole chain', async () => {
    const { path, recoveryCode } = await sealedReserve();
    const io = captured();
    expect(await runCli(['verify', path, '--code', recoveryCode], io)).toBe(EXIT_OK);
    const text = io.stdout.join('\n');
    expect(text).toContain(`Journal intègre : ${path}`);
    expect(text).toContain(`Dernier n° d’ordre : ${events.length}`);
    expect(text).toContain(`Empreinte de tête : ${events.at(-1)!.hash}`);
    // Asked on the terminal without --code.
    const asking = captured(recoveryCode);
    expect(await runCli(['verify', path], asking)).toBe(EXIT_OK);
    expect(asking.asked).toEqual(['Code de secours (imprimé sur la fiche de secours) : ']);
  });

  it('refuses a wrong code clearly, and says how to give one when there is no terminal', async () => {
    const { path } = await sealedReserve();
    const wrong = captured();
    expect(await runCli(['verify', path, '--code', 'ABCDE-FGHJK-MNPQR-STVWX-YZ012'], wrong)).toBe(EXIT_USAGE);
    expect(wrong.stderr.join('\n')).toMatch(/^Code de secours refusé : il n’ouvre pas la clé de cette copie de réserve\./);
    expect(wrong.stdout).toEqual([]);
    const none = captured();
    expect(await runCli(['verify', path], none)).toBe(EXIT_USAGE);
    expect(none.stderr.join('\n')).toContain('Donnez le code de secours (imprimé sur la fiche de secours) avec --code');
  });

  it('names the line whose sealed content was altered, and leaves a torn end aside', async () => {
    const { path, recoveryCode } = await sealedReserve();
    const lines = readFileSync(path, 'utf8').split('\n');
    // One base64 character of line 3's sealed event changed, well inside its payload.
    const third = lines[2]!;
    const at = third.length - 40;
    lines[2] = third.slice(0, at) + (third[at] === 'A' ? 'B' : 'A') + third.slice(at + 1);
    const altered = join(path, '..', `${registerId}-altere.journal-chiffre.txt`);
    writeFileSync(altered, lines.join('\n'));
    const io = captured();
    expect(await runCli(['verify', altered, '--code', recoveryCode], io)).toBe(EXIT_BROKEN);
    expect(io.stderr.join('\n')).toContain('Ligne 3 (n° d’ordre 3) : l’empreinte ne correspond pas au contenu');

    appendFileSync(path, '6 ' + 'f'.repeat(64) + ' YWdlLWVuY3J5cHRpb24ub3JnL3Yx');
    const torn = captured();
    expect(await runCli(['verify', path, '--code', recoveryCode], torn)).toBe(EXIT_OK);
    expect(torn.stdout.join('\n')).toMatch(/Fin inachevée de \d+ octets après le dernier événement complet/);
  });
});

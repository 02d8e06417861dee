// `verify` on a journal whose closures are signed: the summary names the key, and a
// journal edited then re-chained without the key is refused at its first signed closure.
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { keyFingerprint } from '../../../shared/signature/fingerprint';
import { TODAY } from '../../fixtures/drafts';
import { chainIntact, forge, signedRegister } from '../../fixtures/signed-journal';
import { plain, writeJournal } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

describe('verify on a signed journal', () => {
  it('accepts it and says that its closure’s signature was verified, with the key’s fingerprint', async () => {
    const register = await signedRegister();
    const io = captured();
    expect(await runCli(['verify', writeJournal(register.events)], io)).toBe(EXIT_OK);
    const fingerprint = keyFingerprint(register.state.signingKey?.publicKey ?? '');
    expect(io.stdout.join('\n')).toContain(`Signatures : 1 clôture signée, signature vérifiée avec la clé du registre, empreinte ${fingerprint}.`);
  });

  it('refuses it edited and re-chained without the key, naming the closure whose signature fails', async () => {
    const { events } = await signedRegister();
    const forged = forge(events, 4, { ordonnancierNumber: '2026-000099' });
    expect(chainIntact(forged)).toBe(true);
    const io = captured();
    const path = writeJournal(forged);
    expect(await runCli(['verify', path], io)).toBe(EXIT_BROKEN);
    expect(io.stderr.join('\n')).toMatch(
      /^Journal refusé : .*\nLigne 6 \(n° d’ordre 6\) : .*La signature de cette clôture ne correspond pas à la clé du registre \(empreinte [0-9A-F ]{19}\) : elle ou une inscription qui la précède a été modifiée, puis le journal rechaîné sans la clé\.$/,
    );
  });
});

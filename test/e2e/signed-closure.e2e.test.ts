// A register set up in the window gets its signing key at its opening; the month closed
// at the first start after it ends is signed by the main process, the integrity check
// says that signature was verified, and the closure's edition prints the key's fingerprint.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../shared/register/events';
import { keyFingerprint } from '../../shared/signature/fingerprint';
import { verifyText } from '../../shared/signature/ed25519';
import { signedMessage } from '../../shared/signature/signed-message';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

const PICTURES = join(import.meta.dirname, '..', '..', 'test-results', 'editions');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-signed-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function reserveEvents(reserveFolder: string): Promise<RegisterEvent[]> {
  const [name] = (await readdir(reserveFolder)).filter((file) => file.endsWith('.journal.jsonl'));
  const text = await readFile(join(reserveFolder, name ?? ''), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RegisterEvent);
}

describe('signed closures', () => {
  it('signs the month closed at the next start, verifies it in the integrity check, and prints the key on the closure’s edition', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    const dataFolder = join(workDir, 'data');
    await mkdir(reserveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, reserveFolder, clock: new Date(2026, 2, 10, 10, 0) });
    const { page } = app;
    await openRegister(page);
    await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-0600');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    // The first start in April closes March by itself.
    await app.setClock(new Date(2026, 3, 2, 9, 0));
    await page.reload();
    await expect.poll(async () => (await reserveEvents(reserveFolder)).some((event) => event.type === 'month.closed'), { timeout: 60_000 }).toBe(true);
    const events = await reserveEvents(reserveFolder);
    const [opening] = events;
    const publicKey = opening?.type === 'register.opened' ? (opening.signingKey ?? '') : '';
    expect(opening).toMatchObject({ format: 3, signingKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const closed = events.find((event) => event.type === 'month.closed');
    expect(closed).toMatchObject({ seq: 5, format: 3, month: '2026-03' });
    expect(verifyText(publicKey, signedMessage(closed as RegisterEvent), closed?.signature ?? '')).toBe(true);
    // The private key is in no file the window or the reserve can reach.
    const keyFiles = await readdir(join(dataFolder, 'cles-de-signature'));
    expect(keyFiles).toEqual([`${publicKey}.json`]);
    expect(await readFile(join(dataFolder, 'cles-de-signature', keyFiles[0] ?? ''), 'utf8')).toContain('"protectedKey"');

    const fingerprint = keyFingerprint(publicKey);
    await openTab(page, 'Intégrité');
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    const result = page.getByLabel('Résultat de la vérification');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('Registre intègre');
    await expect
      .poll(() => page.getByTestId('integrity-signing').textContent())
      .toBe(`Signatures\u202f: 1 clôture signée, signature vérifiée avec la clé du registre, empreinte ${fingerprint}.`);
    await app.screenshot('signed-closure-01-integrity');

    // The closure's balance, archived at the closure: the key and its fingerprint at its foot.
    // Written by the closure in the background: the folder may not be there yet.
    const closureEditions = async () => {
      const folder = join(dataFolder, 'editions', closed?.type === 'month.closed' ? (opening?.type === 'register.opened' ? opening.registerId : '') : '');
      return (await readdir(folder).catch(() => [] as string[])).filter((name) => name.includes('_cloture_')).map((name) => join(folder, name));
    };
    await expect.poll(async () => (await closureEditions()).length, { timeout: 60_000 }).toBeGreaterThan(0);
    const [path = ''] = await closureEditions();
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/[ \t]+/g, ' ');
    expect(text).toContain(`Clé de signature du registre : empreinte ${fingerprint} — clé publique Ed25519 ${publicKey}`);
    execFileSync('pdftoppm', ['-r', '90', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(PICTURES, 'e2e-signed-closure-balance')]);
    await app.close();
  });
});

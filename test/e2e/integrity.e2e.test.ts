// An entry altered behind the application's back, in IndexedDB through its raw API or in
// the reserve journal with a text editor, is detected and named: the reserve at the next
// start, an entry of the database by the whole check (on demand, and every week).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, alterStoredEvent, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-integrity-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('integrity check', () => {
  it('names the altered entry in the database and the altered line of the reserve', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    await mkdir(reserveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), reserveFolder });
    const { page } = app;
    await openRegister(page);
    await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-0600');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    await openTab(page, 'Intégrité');
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    const result = page.getByLabel('Résultat de la vérification');
    await expect.poll(() => result.textContent()).toContain('Registre intègre\u202f: 4 mouvements vérifiés');
    expect(await result.textContent()).toContain('Copie de réserve identique au registre (4 mouvements)');
    await app.screenshot('integrity-01-intact');

    // Someone edits the reserve journal: the product's designation on line 2.
    const [journalName] = (await readdir(reserveFolder)).filter((name) => name.endsWith('.journal.jsonl'));
    const journalPath = join(reserveFolder, journalName ?? '');
    const journal = await readFile(journalPath, 'utf8');
    await writeFile(journalPath, journal.replace('"designation":"Skenan LP"', '"designation":"Skenan LP 10 mg"'));
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('la ligne 2 (n° d’ordre 2) est altérée (contenu modifié)');

    // Someone rewrites the receipt (order number 3) directly in IndexedDB, bypassing Dexie.
    // The check at start reads only what was added since the last verified head (n° 4):
    // the whole check, asked for here (or on its weekly schedule), reads n° 3 again.
    await alterStoredEvent(page, 3, { quantity: 42_000 });
    await page.reload();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('la ligne 2 (n° d’ordre 2) est altérée');
    expect(await alert.textContent()).not.toContain('le n° d’ordre 3');
    await openTab(page, 'Intégrité');
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    await expect.poll(() => alert.textContent()).toContain('le n° d’ordre 3 a été modifié après sa validation');
    expect(await alert.textContent()).toContain('la ligne 2 (n° d’ordre 2) est altérée');
    await app.screenshot('integrity-02-both-altered');
    await app.close();
  });
});

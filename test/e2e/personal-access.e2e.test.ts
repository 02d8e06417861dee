// Who signs: once the holder sets the personal codes up, the window opens on « Qui
// êtes-vous ? », each line is validated by the person whose session is open, a
// préparateur's correction is refused and the pharmacist's accepted, the session locks
// itself after the idle time, and the printed register names who validated each line.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { pdfText } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-access-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Typeset by the window with a narrow no-break space before the question mark. */
const WHO = 'Qui êtes-vous\u202f?';
const HOLDER = 'Hélène Durand';
const PREPARATEUR = 'Lucas Bernard';

async function openSession(page: Page, name: string, code: string, { first = false } = {}) {
  const who = page.getByRole('form', { name: WHO });
  await who.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await who.getByLabel(first ? 'Choisissez votre code personnel' : 'Votre code personnel').fill(code);
  if (first) await who.getByLabel('Confirmez votre code').fill(code);
  await who.getByRole('button', { name: 'Ouvrir ma session' }).click();
  await expect.poll(() => page.locator('.topbar__validator').textContent(), { timeout: 10_000 }).toContain(`Session\u202f: ${name}`);
}

describe('personal access', () => {
  it('opens on « Qui êtes-vous ? », signs with the open session, refuses the préparateur’s correction, and locks itself', async () => {
    const saveFolder = join(workDir, 'papiers');
    await mkdir(saveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), saveFolder });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    // A second delivery, so that the first one can be cancelled after the préparateur's dispensation.
    await receiveBoxes(page, 1);

    // The holder authorises a préparateur, then sets the personal codes up.
    await openTab(page, 'Établissement');
    const authorise = page.getByRole('form', { name: 'Habiliter une personne à valider' });
    await authorise.getByLabel('Nom et prénom').fill(PREPARATEUR);
    await authorise.getByLabel('N° RPPS ou n° Ordre').fill('20202020202');
    await authorise.getByLabel('Fonction').fill('Préparateur');
    await authorise.getByLabel('Préparateur en pharmacie').check();
    await authorise.getByRole('button', { name: 'Habiliter cette personne' }).click();
    await expect.poll(() => authorise.getByRole('status').textContent()).toContain('peut désormais valider');
    const setUp = page.getByRole('form', { name: 'Codes personnels' });
    await setUp.getByLabel('Votre code personnel de titulaire').fill('482913');
    await setUp.getByLabel('Confirmez votre code').fill('482913');
    await setUp.getByRole('button', { name: 'Mettre en place et imprimer la feuille de secours' }).click();

    // From now on, nothing shows before a session is open; the recovery sheet was saved and opened to print.
    // (Two scrypt hashes, each memory-hard on purpose, come first: a longer wait than the default.)
    await expect.poll(() => page.getByRole('heading', { name: WHO }).count(), { timeout: 10_000 }).toBe(1);
    expect(await readdir(saveFolder)).toEqual([expect.stringMatching(/_feuille-de-secours_\d{8}-\d{6}\.pdf$/)]);
    expect(app.opened).toEqual([expect.stringMatching(/_feuille-de-secours_\d{8}-\d{6}\.pdf$/)]);
    expect((await readFile(join(saveFolder, (await readdir(saveFolder))[0]!))).subarray(0, 5).toString()).toBe('%PDF-');
    await app.screenshot('access-01-who-are-you');

    // A wrong code says so, in French, and counts the tries left.
    const who = page.getByRole('form', { name: WHO });
    await who.getByRole('radio', { name: new RegExp(`^${HOLDER}`) }).check();
    await who.getByLabel('Votre code personnel').fill('000111');
    await who.getByRole('button', { name: 'Ouvrir ma session' }).click();
    await expect.poll(() => who.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Code erroné. Encore 4 essais');

    // The préparateur chooses a code at their first session and dispenses: that is theirs to validate.
    await openSession(page, PREPARATEUR, '739164', { first: true });
    await dispense(page, 2, '2026-0042');
    // Their correction is refused.
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 3' }).click();
    await page.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Erreur de quantité' });
    await page.getByRole('textbox', { name: 'Explication' }).fill('Reçu 1 boîte, saisi 2');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ne permet pas de valider «\u202fContre-passation\u202f»');
    await app.screenshot('access-02-correction-refused');

    // One key locks; switching person takes the code only.
    await page.keyboard.press('F12');
    await openSession(page, HOLDER, '482913');
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 3' }).click();
    await page.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Erreur de quantité' });
    await page.getByRole('textbox', { name: 'Explication' }).fill('Reçu 1 boîte, saisi 2');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('annule le n° 3');
    const rows = page.locator('table.register-table tbody tr:not(.register-table__correction)');
    await expect.poll(() => rows.count()).toBe(4);
    const lines = await rows.allInnerTexts();
    // Newest first: the correction on top, then the préparateur's dispensation.
    expect(lines[0]).toMatch(/^\d+\t.*Contre-passation du n° 3.*\tHélène Durand\t/);
    expect(lines[1]).toMatch(/^\d+\t.*Jean Martin.*\tLucas Bernard\t/);
    await app.screenshot('access-03-correction-by-holder');

    // On paper too: the printed register names who validated each line.
    await page.getByRole('button', { name: 'Imprimer ce produit', exact: true }).click();
    await expect.poll(() => page.locator('.print-card').getByRole('status').textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre');
    const printed = pdfText(app.opened.at(-1) ?? '');
    const lineOf = (words: string) => printed.split('\n').find((line) => line.includes(words)) ?? '';
    expect(lineOf('Jean Martin / Dr Claire Petit')).toMatch(/Dispensation .* Validé par Lucas Bernard \(n° 20202020202\)$/);
    // The correction's second line carries its validator, under « Contre-passation du ».
    const correction = printed.split('\n').findIndex((line) => line.includes('Contre-passation du'));
    expect(printed.split('\n')[correction + 1]).toMatch(/Validé par Hélène Durand \(n° 10101234567\)$/);

    // The préparateur forgot their code: the holder erases it with their own, in the Établissement tab.
    await openTab(page, 'Établissement');
    const reset = page.getByRole('form', { name: 'Code oublié par une autre personne' });
    await reset.getByLabel('Personne', { exact: true }).selectOption({ label: PREPARATEUR });
    await reset.getByLabel('Votre code personnel de titulaire').fill('482913');
    await reset.getByRole('button', { name: 'Effacer son code' }).click();
    await expect.poll(() => reset.textContent(), { timeout: 10_000 }).toContain(`Code de ${PREPARATEUR} effacé`);
    await app.screenshot('access-05-code-reset-by-holder');
    // At their next session they choose a new one.
    await page.keyboard.press('F12');
    await openSession(page, PREPARATEUR, '615283', { first: true });

    // The holder lost theirs: « Code oublié » and the recovery code printed on the sheet open their session with a new code.
    await page.keyboard.press('F12');
    const sheet = pdfText(join(saveFolder, (await readdir(saveFolder))[0]!));
    const recoveryCode = /\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})\b/.exec(sheet)?.[1] ?? '';
    expect(recoveryCode).toHaveLength(24);
    await who.getByRole('radio', { name: new RegExp(`^${HOLDER}`) }).check();
    await who.getByRole('button', { name: 'Code oublié' }).click();
    const recovery = page.getByRole('form', { name: 'Code oublié : la feuille de secours' });
    await recovery.getByLabel('Code de secours (feuille de secours)').fill('AAAA-BBBB-CCCC-DDDD-EEEE');
    await recovery.getByLabel('Choisissez votre code personnel').fill('905172');
    await recovery.getByLabel('Confirmez votre code').fill('905172');
    await recovery.getByRole('button', { name: 'Remplacer mon code et imprimer une nouvelle feuille' }).click();
    await expect.poll(() => recovery.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Code de secours erroné');
    await recovery.getByLabel('Code de secours (feuille de secours)').fill(recoveryCode.toLowerCase());
    await recovery.getByLabel('Choisissez votre code personnel').fill('905172');
    await recovery.getByLabel('Confirmez votre code').fill('905172');
    await app.screenshot('access-06-holder-recovery');
    await recovery.getByRole('button', { name: 'Remplacer mon code et imprimer une nouvelle feuille' }).click();
    await expect.poll(() => page.locator('.topbar__validator').textContent(), { timeout: 10_000 }).toContain(`Session\u202f: ${HOLDER}`);
    // A new sheet, with a new recovery code, was saved and opened to print.
    expect(await readdir(saveFolder)).toHaveLength(2);
    expect(app.opened.filter((path) => /_feuille-de-secours_\d{8}-\d{6}\.pdf$/.test(path))).toHaveLength(2);

    // The session locks itself after the idle time set for this workstation (a few seconds here).
    await page.evaluate(() => window.localStorage.setItem('registre.verrouillage.minutes', '0.05'));
    await page.keyboard.press('F12');
    await openSession(page, PREPARATEUR, '615283');
    await expect.poll(() => page.getByRole('heading', { name: WHO }).count(), { timeout: 15_000 }).toBe(1);
    await app.screenshot('access-04-locked-after-idle');
    await app.close();
  });
});

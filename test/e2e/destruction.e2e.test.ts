// The destruction dossier through the real window: a patient return waits in quarantine;
// a dossier is opened for a day 10 days away (the window warns: under a month), its
// notice to the ARS printed; the PV is then established today (earlier than announced,
// so a reason is asked), which posts the exit from quarantine naming the PV and prints
// it; the copy sent to the ARS is noted. Both PDFs are archived and read with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { iso, pdfText, plain, shown } from './reading';
import { addSkenan, chooseProduct, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-destruction-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('destruction', () => {
  it('plans a destruction of a patient return, prints the notice, establishes the PV that posts the exit, and notes the copy sent', async () => {
    const dataFolder = join(workDir, 'data');
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2, { lot: 'SK-D1' });

    // A patient return: 5 capsules into quarantine (n° 4).
    await openTab(page, 'Entrées');
    await page.getByRole('radio', { name: 'Retour patient', exact: true }).check();
    await chooseProduct(page, SKENAN);
    await page.getByRole('textbox', { name: 'Quantité (gélule)', exact: true }).fill('5');
    await page.getByRole('textbox', { name: 'Rapporté par', exact: true }).fill('M. Roux, fils de la patiente');
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('n° d’ordre 4');

    // The quarantine is listed; one line chosen, planned 10 days from today: the window warns.
    await openTab(page, 'Destructions');
    const today = app.today();
    const planned = iso(new Date(app.now().getTime() + 10 * 86_400_000));
    const dossier = `PV-${today.slice(0, 4)}-001`;
    const table = page.getByRole('table', { name: 'Stock en quarantaine' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/Skenan LP.*sans lot\s+5 gélule/s);
    await page.getByRole('checkbox', { name: 'Détruire Skenan LP, sans lot' }).check();
    expect(await page.getByRole('textbox', { name: 'Quantité à détruire de Skenan LP, sans lot' }).inputValue()).toBe('5');
    await page.getByLabel('Date prévue de la destruction').fill(planned);
    await expect.poll(async () => plain(await page.locator('.destruction-warning').textContent())).toContain('Moins d’un mois entre l’avis');
    await page.getByLabel('Témoin : nom du confrère').fill('Dr Paul Giraud');
    await page.getByLabel('Témoin : n° RPPS ou Ordre').fill('10107654321');
    expect(await page.getByLabel('Conseil de l’Ordre qui l’a désigné').inputValue()).toBe('le conseil régional de l’Ordre des pharmaciens');
    await page.getByLabel('Conseil de l’Ordre qui l’a désigné').fill('le conseil régional de l’Ordre des pharmaciens d’Auvergne-Rhône-Alpes');
    await page.getByLabel('Inspecteur destinataire (ARS, service et adresse)').fill('ARS Auvergne-Rhône-Alpes, 241 rue Garibaldi, 69003 Lyon');
    await app.screenshot('destruction-01-plan');
    await page.getByRole('button', { name: 'Ouvrir le dossier et imprimer l’avis' }).click();
    await expect.poll(() => page.locator('.destruction-plan').getByRole('status').textContent()).toContain(`Dossier ${dossier} ouvert (n° d’ordre 5)`);
    const printed = page.locator('.destruction > .outcome[role="status"]');
    await expect.poll(() => printed.textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 6)');
    await app.screenshot('destruction-02-notice-printed');

    // The notice, archived and opened: the establishment, the item, the witness, the date, the warning.
    const [registerId] = await readdir(join(dataFolder, 'editions'));
    const folder = join(dataFolder, 'editions', registerId ?? '');
    const noticeFile = (await readdir(folder)).find((name) => name.includes('avis-destruction'));
    expect(noticeFile).toBeDefined();
    expect(noticeFile).toContain(dossier);
    const notice = pdfText(join(folder, noticeFile ?? '')).replace(/\s+/g, ' ');
    expect(notice).toContain('Avis de destruction de stupéfiants');
    expect(notice).toContain('Pharmacie du Marché');
    expect(notice).toContain('12 place de l’Église, 69001 Lyon');
    expect(notice).toContain('Skenan LP');
    expect(notice).toContain('gélule LP, 30 mg');
    expect(notice).toContain('5 gélule');
    expect(notice).toContain('Dr Paul Giraud (n° RPPS ou Ordre 10107654321)');
    expect(notice).toContain(`je procéderai le ${shown(planned)}`);
    expect(notice).toContain('inférieur à un mois');
    expect(notice).toMatch(/Page 1 \/ 1/);
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(folder, noticeFile ?? ''),
      join(PICTURES, 'e2e-destruction-notice'),
    ]);

    // On the day: the PV, today rather than the day announced, so the reason is asked first.
    const card = page.getByRole('article', { name: `Dossier ${dossier}` });
    await card.getByRole('button', { name: `Établir le procès-verbal ${dossier}` }).click();
    const pv = card.getByRole('form', { name: `Procès-verbal ${dossier}` });
    await pv.getByLabel('Méthode de dénaturation').fill('Dissolution dans l’eau chaude puis incorporation à un gélifiant');
    await pv.getByLabel('Élimination des résidus').fill('DASRI');
    await pv.getByRole('button', { name: 'Valider le procès-verbal' }).click();
    await expect
      .poll(async () => plain(await card.getByRole('alert').first().textContent()))
      .toContain(`La destruction n’a pas lieu à la date annoncée à l’inspecteur (${shown(planned)})`);
    await pv.getByLabel('Pourquoi pas à la date annoncée ?').fill('Date avancée avec l’accord de l’inspecteur');
    await app.screenshot('destruction-03-pv-form');
    await pv.getByRole('button', { name: 'Valider le procès-verbal' }).click();
    await expect
      .poll(async () => plain(await card.getByRole('status').first().textContent()))
      .toContain(`Procès-verbal ${dossier} validé : sortie par destruction n° 8`);
    await expect.poll(() => printed.textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 9)');
    await expect.poll(() => card.locator('.dossier__status').textContent()).toBe(`Détruit le ${shown(today)}`);
    await app.screenshot('destruction-04-pv-printed');

    const pvFile = (await readdir(folder)).find((name) => name.includes('pv-destruction'));
    expect(pvFile).toBeDefined();
    const pvText = pdfText(join(folder, pvFile ?? '')).replace(/\s+/g, ' ');
    expect(pvText).toContain('Procès-verbal de destruction de stupéfiants');
    expect(pvText).toContain('Pharmacie du Marché');
    expect(pvText).toContain('12 place de l’Église, 69001 Lyon');
    expect(pvText).toContain(`Procès-verbal n° ${dossier} — destruction du ${shown(today)}`);
    expect(pvText).toContain('Dr Paul Giraud (n° RPPS ou Ordre 10107654321)');
    expect(pvText).toContain('Dissolution dans l’eau chaude puis incorporation à un gélifiant');
    expect(pvText).toContain('Date avancée avec l’accord de l’inspecteur');
    expect(pvText).toContain('Le pharmacien titulaire');
    expect(pvText).toContain('Le témoin');
    expect(pvText).toMatch(/n° 8\b/);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', join(folder, pvFile ?? ''), join(PICTURES, 'e2e-destruction-pv')]);
    expect(app.opened.map((path) => path.split(/[\\/]/).pop())).toEqual([noticeFile, pvFile]);

    // The copy sent to the ARS, noted.
    await card.getByRole('button', { name: 'Inscrire l’envoi de la copie' }).click();
    await expect
      .poll(async () => plain(await card.locator('.dossier__copy--sent').textContent()))
      .toBe(`Copie du procès-verbal envoyée à l’ARS le ${shown(today)}.`);
    await app.screenshot('destruction-05-copy-sent');

    // The stock: the quarantine emptied, the register balance down by 5; nothing left to destroy.
    await expect.poll(() => table.count()).toBe(0);
    await openTab(page, 'Stock');
    const stockRow = page.getByRole('table', { name: 'Stock actuel' }).locator('tbody tr').first();
    await expect.poll(() => stockRow.innerText()).toMatch(/Skenan LP.*\s28\s+28\s+—\s+gélule/s);

    // The register: the destruction line names the PV, an exit of 5.
    await openTab(page, 'Registre');
    const register = page.getByRole('table', { name: /^Registre par produit/ });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(3);
    expect(await register.locator('tbody tr').nth(0).innerText()).toMatch(
      new RegExp(`^8\\t.*\\tDestruction \\(PV n° ${dossier}\\)\\tStock en quarantaine détruit — procès-verbal ${dossier}\\t\\t5\\t28\\t`, 's'),
    );
    await app.screenshot('destruction-06-register');
    await app.close();
  });

  it('cancels a dossier whose destruction will not take place, with its reason, and frees its stock for a new dossier', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile-cancel'), dataFolder: join(workDir, 'data-cancel') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 1, { lot: 'SK-C1' });
    await openTab(page, 'Entrées');
    await page.getByRole('radio', { name: 'Retour patient', exact: true }).check();
    await chooseProduct(page, SKENAN);
    await page.getByRole('textbox', { name: 'Quantité (gélule)', exact: true }).fill('3');
    await page.getByRole('textbox', { name: 'Rapporté par', exact: true }).fill('Mme Roux');
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('n° d’ordre 4');

    await openTab(page, 'Destructions');
    const dossier = `PV-${app.today().slice(0, 4)}-001`;
    const line = page.getByRole('checkbox', { name: 'Détruire Skenan LP, sans lot' });
    await line.check();
    await page.getByLabel('Date prévue de la destruction').fill(iso(new Date(app.now().getTime() + 40 * 86_400_000)));
    await page.getByLabel('Témoin : nom du confrère').fill('Dr Paul Giraud');
    await page.getByLabel('Témoin : n° RPPS ou Ordre').fill('10107654321');
    await page.getByLabel('Inspecteur destinataire (ARS, service et adresse)').fill('ARS Auvergne-Rhône-Alpes');
    await page.getByRole('button', { name: 'Ouvrir le dossier et imprimer l’avis' }).click();
    await expect.poll(() => page.locator('.destruction-plan').getByRole('status').textContent()).toContain(`Dossier ${dossier} ouvert`);
    // The three capsules wait for that dossier: nothing left to choose.
    await expect.poll(() => line.isDisabled()).toBe(true);

    const card = page.getByRole('article', { name: `Dossier ${dossier}` });
    await card.getByRole('button', { name: `Annuler le dossier ${dossier}` }).click();
    const form = card.getByRole('form', { name: `Annulation du dossier ${dossier}` });
    await form.getByRole('button', { name: 'Annuler le dossier' }).click();
    await expect.poll(async () => plain(await form.getByRole('alert').textContent())).toBe('Le champ « motif de l’annulation » est obligatoire.');
    await form.getByLabel('Motif de l’annulation').fill('Témoin indisponible ; l’inspecteur a été prévenu par courriel');
    await app.screenshot('destruction-07-cancel-form');
    await form.getByRole('button', { name: 'Annuler le dossier' }).click();
    await expect.poll(async () => plain(await card.getByRole('status').first().textContent())).toContain(`Dossier ${dossier} annulé (n° d’ordre`);
    await expect.poll(() => card.locator('.dossier__status').textContent()).toBe(`Annulé le ${shown(app.today())}`);
    expect(await card.getByRole('button', { name: `Établir le procès-verbal ${dossier}` }).count()).toBe(0);
    // The stock is free again for a new dossier; the register names the cancellation and its reason.
    await expect.poll(() => line.isDisabled()).toBe(false);
    await app.screenshot('destruction-08-cancelled');
    await openTab(page, 'Registre');
    const steps = page.getByRole('table', { name: 'Inventaires, destructions et vols : Skenan LP' });
    await expect.poll(async () => plain(await steps.innerText())).toContain(`Dossier ${dossier} annulé`);
    expect(plain(await steps.innerText())).toContain('Motif : Témoin indisponible ; l’inspecteur a été prévenu par courriel');
    await app.close();
  });
});

// The register's own description, through the window: the reserve folder asked for at
// the opening, a change of address, a préparateur authorised, chosen in "Validé par",
// recorded as validator, then revoked; a product edited, deactivated and reactivated.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { launchApp, type RunningApp } from './harness/launch';
import { addSkenan, offeredProducts, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

const HOLDER = 'Hélène Durand — Titulaire';
const PREPARATEUR = 'Lucas Bernard — Préparateur';

let workDir: string;
let reserveFolder: string;
let app: RunningApp;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-establishment-'));
  reserveFolder = join(workDir, 'usb-key');
  await mkdir(reserveFolder);
  app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), reserveFolder });
});

afterAll(async () => {
  await app.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Every event of the reserve journal: what is stored, as an inspector would read it. */
async function storedEvents(): Promise<RegisterEvent[]> {
  const [file] = (await readdir(reserveFolder)).filter((name) => name.endsWith('.journal.jsonl'));
  if (!file) return [];
  return (await readFile(join(reserveFolder, file), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const parsed = parseLine(line);
      if (!parsed.ok) throw new Error(`ligne illisible : ${parsed.reason}`);
      return parsed.event;
    });
}

function validatedBy(page: Page) {
  return page.getByRole('combobox', { name: 'Validé par' });
}

async function offeredValidators(page: Page): Promise<string[]> {
  return validatedBy(page).locator('option').allInnerTexts();
}

/** The products the register tab's own choice offers (the register keeps showing a deactivated product). */
async function registerProducts(page: Page): Promise<string[]> {
  return page.getByRole('combobox', { name: 'Produit', exact: true }).locator('option').allInnerTexts();
}

describe('establishment, validators and products', () => {
  it('asks for the reserve folder while opening, and opens without it only once the warning is accepted', async () => {
    const { page } = app;
    const reserve = page.locator('.setup__reserve');
    await expect.poll(() => reserve.textContent()).toContain('deux supports distincts (art. R. 5132-36');
    await expect.poll(() => reserve.textContent()).toContain('Aucun dossier de réserve choisi.');
    await page.getByLabel('Nom de l’établissement').fill('Pharmacie du Marché');
    await page.getByLabel('Adresse').fill('12 place de l’Église, 69001 Lyon');
    await page.getByLabel('Nom et prénom').fill('Hélène Durand');
    await page.getByLabel('N° RPPS ou n° Ordre').fill('10101234567');

    // Neither a folder nor the explicit choice to go without: nothing is opened.
    await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Choisissez le dossier de la copie de réserve');
    await expect
      .poll(() => page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).evaluate((button) => button === document.activeElement))
      .toBe(true);
    expect(await page.getByRole('heading', { name: 'Ouverture du registre' }).isVisible()).toBe(true);
    await app.screenshot('establishment-01-setup-reserve-refused');

    const without = page.getByRole('checkbox', { name: 'Ouvrir sans copie de réserve pour l’instant' });
    await without.check();
    await expect.poll(() => reserve.textContent()).toContain('le registre n’existe que sur cet ordinateur');
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot('establishment-02-setup-without-reserve-warning');
    await without.uncheck();

    // The folder on the second medium: the harness's picker answers the USB key.
    await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await expect.poll(() => reserve.textContent()).toContain(`Dossier de réserve\u202f: ${reserveFolder}`);
    expect(await without.count()).toBe(0);
    await app.screenshot('establishment-03-setup-reserve-chosen');

    await openRegister(page, { reserve: true });
    // The very first event is already on the second medium.
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 1/1');
    expect((await storedEvents()).map((event) => event.type)).toEqual(['register.opened']);
  });

  it('records a new address, shown at the top of the window', async () => {
    const { page } = app;
    await openTab(page, 'Établissement');
    const form = page.getByRole('form', { name: 'Nom et adresse de l’établissement' });
    await expect.poll(() => form.getByLabel('Adresse').inputValue()).toBe('12 place de l’Église, 69001 Lyon');
    expect(await form.textContent()).toContain('les pages déjà éditées gardent l’ancien nom et l’ancienne adresse');
    expect(await form.textContent()).toContain('Officine de pharmacie');
    await app.screenshot('establishment-04-screen');

    // Nothing changed yet: nothing to record.
    await form.getByRole('button', { name: 'Enregistrer le changement' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('aucun changement à enregistrer');

    await form.getByLabel('Adresse').fill('5 rue de la République\n69002 Lyon');
    await form.getByRole('button', { name: 'Enregistrer le changement' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Changement enregistré sous le n° d’ordre 2');
    await expect.poll(() => page.locator('.topbar__establishment').innerText()).toBe('Pharmacie du Marché\n5 rue de la République 69002 Lyon');
    await app.screenshot('establishment-05-address-changed');
  });

  it('authorises a préparateur, who is then offered in "Validé par" and signs what follows', async () => {
    const { page } = app;
    expect(await offeredValidators(page)).toEqual([HOLDER]);
    const form = page.getByRole('form', { name: 'Habiliter une personne à valider' });
    await form.getByLabel('Nom et prénom').fill('Lucas Bernard');
    await form.getByLabel('N° RPPS ou n° Ordre').fill('20202020202');
    await form.getByLabel('Fonction').fill('Préparateur');
    // What the person may validate follows the role chosen, not the words of their function.
    expect(await form.getByRole('group', { name: 'Rôle (ce qu’il permet de valider)' }).getByRole('radio').count()).toBe(3);
    await form.getByLabel('Préparateur en pharmacie').check();
    // The usual roles are suggested.
    expect(await form.locator('datalist option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
      'Pharmacien adjoint',
      'Pharmacien remplaçant',
      'Préparateur',
      'Vétérinaire associé',
      'Vétérinaire salarié',
    ]);
    await form.getByRole('button', { name: 'Habiliter cette personne' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Lucas Bernard peut désormais valider (n° d’ordre 3)');
    const validators = page.getByRole('table', { name: 'Personnes habilitées à valider' });
    await expect
      .poll(() => validators.locator('tbody tr').allInnerTexts())
      .toEqual([
        'Hélène Durand\t10101234567\tTitulaire\tTitulaire\tHabilitation permanente',
        'Lucas Bernard\t20202020202\tPréparateur\tPréparateur en pharmacie\tRetirer l’habilitation',
      ]);
    await expect.poll(() => offeredValidators(page)).toEqual([HOLDER, PREPARATEUR]);
    await app.screenshot('establishment-06-preparateur-authorised');

    await validatedBy(page).selectOption({ label: PREPARATEUR });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    // The register's line names the préparateur as the one who validated it.
    await openTab(page, 'Registre');
    const lines = page.locator('table.register-table tbody tr');
    await expect.poll(() => lines.count()).toBe(1);
    const line = await lines.first().innerText();
    expect(line).toMatch(/^5\t.*Réception\t/);
    expect(line).toContain('\tLucas Bernard\t');
    await app.screenshot('establishment-07-register-validated-by-preparateur');

    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 5/5');
    const stored = await storedEvents();
    expect(stored.map((event) => [event.seq, event.type, event.validatedBy.name])).toEqual([
      [1, 'register.opened', 'Hélène Durand'],
      [2, 'establishment.changed', 'Hélène Durand'],
      [3, 'validator.authorized', 'Hélène Durand'],
      [4, 'product.defined', 'Lucas Bernard'],
      [5, 'receipt', 'Lucas Bernard'],
    ]);
    expect(stored[4]?.validatedBy).toEqual({ name: 'Lucas Bernard', orderNumber: '20202020202' });
  });

  it('revokes the préparateur after a confirmation; "Validé par" falls back to the holder', async () => {
    const { page } = app;
    await openTab(page, 'Établissement');
    // The holder's authority is never offered for removal.
    expect(await page.getByRole('button', { name: 'Retirer l’habilitation de Hélène Durand' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Retirer l’habilitation de Lucas Bernard' }).click();
    const confirm = page.getByRole('group', { name: 'Retirer l’habilitation de Lucas Bernard' });
    await expect.poll(() => confirm.textContent()).toContain('ne pourra plus valider');
    await app.screenshot('establishment-08-revoke-confirm');

    // Cancelling changes nothing.
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    expect(await confirm.count()).toBe(0);
    expect(await offeredValidators(page)).toEqual([HOLDER, PREPARATEUR]);

    // Only the holder authorises and revokes: the préparateur, still chosen, is refused.
    await page.getByRole('button', { name: 'Retirer l’habilitation de Lucas Bernard' }).click();
    await confirm.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Seul le titulaire habilite une personne ou lui retire son habilitation');
    expect(await storedEvents()).toHaveLength(5);

    await validatedBy(page).selectOption({ label: HOLDER });
    await page.getByRole('button', { name: 'Retirer l’habilitation de Lucas Bernard' }).click();
    await confirm.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Habilitation de Lucas Bernard retirée (n° d’ordre 6)');
    await expect.poll(() => offeredValidators(page)).toEqual([HOLDER]);
    expect(await validatedBy(page).inputValue()).toBe('10101234567');
    await app.screenshot('establishment-09-preparateur-revoked');

    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 6/6');
    expect((await storedEvents())[5]).toMatchObject({ type: 'validator.revoked', validatedBy: { name: 'Hélène Durand' } });
  });

  it('edits a product, then deactivates it: it leaves the movement forms and stays in the register', async () => {
    const { page } = app;
    await openTab(page, 'Produits');
    const products = page.getByRole('table', { name: 'Produits' });
    await page.getByRole('button', { name: 'Modifier Skenan LP' }).click();
    const edit = page.locator('form.edit-product');
    await expect.poll(() => edit.getByLabel('Désignation').inputValue()).toBe('Skenan LP');
    // Two boxes were received in capsules: the unit can no longer change, and the form says why.
    const unit = edit.getByLabel('Unité de prise');
    await expect
      .poll(() => edit.locator('.field--locked .field__hint').innerText())
      .toBe('Des mouvements sont déjà comptés en gélule\u202f: l’unité ne peut plus changer.');
    expect(await unit.isDisabled()).toBe(true);
    expect(await unit.inputValue()).toBe('gélule');
    await edit.getByLabel('Désignation').fill('Skénan LP');
    await edit.getByLabel('Unités par boîte').fill('28');
    await app.screenshot('establishment-10-product-edit-unit-locked');
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Produit «\u202fSkénan LP\u202f» modifié (n° d’ordre 7)');
    expect(await edit.count()).toBe(0);
    const row = products.locator('tbody tr').first();
    const cells = () => row.locator('td').allInnerTexts();
    await expect.poll(cells).toEqual(['Skénan LP', 'gélule LP', '30 mg', 'gélule', '28', '—', '—', 'Modifier\nDésactiver']);
    await expect
      .poll(async () => (await storedEvents())[6])
      .toMatchObject({
        type: 'product.changed',
        productId: 'P4',
        active: true,
        product: { designation: 'Skénan LP', perBox: 28_000, unit: 'gélule' },
        validatedBy: { name: 'Hélène Durand' },
      });

    await page.getByRole('button', { name: 'Désactiver Skénan LP' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('désactivé (n° d’ordre 8)');
    await expect.poll(() => row.getAttribute('class')).toBe('inactive');
    expect(await cells()).toEqual(['Skénan LP désactivé', 'gélule LP', '30 mg', 'gélule', '28', '—', '—', 'Modifier\nRéactiver']);
    await app.screenshot('establishment-11-product-deactivated');

    await openTab(page, 'Entrées');
    await expect.poll(() => offeredProducts(page)).toEqual([]);
    await app.screenshot('establishment-12-entries-without-product');
    await openTab(page, 'Sorties');
    await expect.poll(() => offeredProducts(page)).toEqual([]);
    await openTab(page, 'Registre');
    await expect.poll(() => registerProducts(page)).toEqual(['Tous les produits', 'Skénan LP — gélule LP 30 mg (désactivé)']);
    await expect.poll(() => page.locator('table.register-table tbody tr').count()).toBe(1);
    await app.screenshot('establishment-13-register-of-deactivated-product');

    // Reactivated, it is offered again.
    await openTab(page, 'Produits');
    await page.getByRole('button', { name: 'Réactiver Skénan LP' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('réactivé (n° d’ordre 9)');
    await openTab(page, 'Entrées');
    await expect.poll(() => offeredProducts(page)).toEqual(['Skénan LP — gélule LP 30 mg']);
  });
});

// Every kind of entry through the window: a receipt refused for its missing lot, in
// French and under that field, with nothing recorded and nothing lost, then accepted; a
// balance carried over into quarantine; a patient return into quarantine; and the stock
// that results, total and quarantine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-entries-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The field (label, control, hint, refusal) whose control has that accessible name. */
function field(page: Page, role: 'textbox' | 'combobox', name: string): Locator {
  return page.locator('.field', { has: page.getByRole(role, { name, exact: true }) });
}

function textbox(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

async function chooseKind(page: Page, kind: string) {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await expect.poll(() => page.getByRole('combobox', { name: 'Produit', exact: true }).isVisible()).toBe(true);
}

function registerRows(page: Page) {
  return page.locator('table.register-table tbody tr');
}

describe('entries of an officine', () => {
  it('records an opening balance in quarantine, a receipt once its lot is given, and a patient return', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data') });
    const { page } = app;
    const NEXT_YEAR = app.now().getFullYear() + 1;
    await openRegister(page);
    await addSkenan(page);

    await openTab(page, 'Entrées');
    const kinds = page.getByRole('group', { name: 'Type d’entrée' }).getByRole('radio');
    expect(await kinds.evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual([
      'Réception',
      'Retour patient',
      'Solde repris',
    ]);

    // The balance carried over from the paper register: the product's first line, here in quarantine.
    await chooseKind(page, 'Solde repris');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Solde repris d’un registre précédent');
    expect(await page.getByText('À saisir comme première ligne du produit').isVisible()).toBe(true);
    await chooseProduct(page, SKENAN);
    await textbox(page, 'Quantité (gélule)').fill('6');
    await page.getByRole('radio', { name: 'Quarantaine (à détruire)' }).check();
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('En quarantaine\u202f: 0 gélule — après ce mouvement\u202f: 6 gélules');
    await page.getByRole('button', { name: 'Enregistrer le solde repris' }).click();
    await expect
      .poll(() => field(page, 'textbox', 'Origine du solde').getByRole('alert').textContent())
      .toBe('Le champ «\u202forigine du solde (registre précédent)\u202f» est obligatoire.');
    await textbox(page, 'Origine du solde').fill('Registre papier n° 3, folio 112');
    // Once the field is edited, its refusal goes.
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot('entries-01-opening-balance');
    await page.getByRole('button', { name: 'Enregistrer le solde repris' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Solde repris enregistré sous le n° d’ordre 3.');

    // A second carried-over balance into the same compartment is refused.
    await chooseProduct(page, SKENAN);
    await textbox(page, 'Quantité (gélule)').fill('10');
    await page.getByRole('radio', { name: 'Quarantaine (à détruire)' }).check();
    await page.getByRole('button', { name: 'Enregistrer le solde repris' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Un solde est déjà repris pour ce produit dans');
    await app.screenshot('entries-02-opening-balance-refused');

    // A receipt without its lot: refused under the lot field, nothing recorded, nothing lost.
    await chooseKind(page, 'Réception');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Réception d’un fournisseur');
    await chooseProduct(page, SKENAN);
    await textbox(page, 'Quantité').fill('2');
    await textbox(page, 'Péremption (MM/AAAA)').fill(`3/${String(NEXT_YEAR).slice(2)}`);
    await expect
      .poll(() => field(page, 'textbox', 'Péremption (MM/AAAA)').locator('.field__hint').textContent())
      .toBe(`Péremption lue\u202f: mars ${NEXT_YEAR}`);
    await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).fill('OCP Répartition');
    await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill('Grossiste-répartiteur');
    await textbox(page, 'Adresse du fournisseur').fill('ZI Sud, 69800 Saint-Priest');
    await textbox(page, 'N° du bon de livraison').fill('BL-2026-118');
    await textbox(page, 'N° carnet à souches (facultatif)').fill('CS-0042');
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('Stock disponible\u202f: 0 gélule — après ce mouvement\u202f: 28 gélules');
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await expect.poll(() => field(page, 'textbox', 'N° de lot').getByRole('alert').textContent()).toBe('Le champ «\u202fnuméro de lot\u202f» est obligatoire.');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('status').count()).toBe(0);
    expect(await textbox(page, 'N° de lot').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await textbox(page, 'Quantité').inputValue()).toBe('2');
    expect(await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('OCP Répartition');
    expect(await textbox(page, 'N° du bon de livraison').inputValue()).toBe('BL-2026-118');
    await app.screenshot('entries-03-receipt-refused');

    await textbox(page, 'N° de lot').fill('SK4521');
    await textbox(page, 'Observation (facultatif)').fill('Carton abîmé, contenu intact');
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    // n° 4: the refused receipt took no order number.
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Réception enregistrée sous le n° d’ordre 4.');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    // The supplier stays for the next product of the same delivery; the product's own fields empty.
    expect(await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('OCP Répartition');
    expect(await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).inputValue()).toBe('Grossiste-répartiteur');
    expect(await textbox(page, 'N° du bon de livraison').inputValue()).toBe('BL-2026-118');
    expect(await textbox(page, 'N° de lot').inputValue()).toBe('');
    expect(await textbox(page, 'Quantité').inputValue()).toBe('');
    await app.screenshot('entries-04-receipt-recorded');

    // A patient return: into quarantine, never dispensable, and said so before saving.
    await chooseKind(page, 'Retour patient');
    expect(await page.getByRole('note').textContent()).toContain('ne pourront jamais être dispensées');
    await chooseProduct(page, SKENAN);
    await textbox(page, 'Quantité (gélule)').fill('5');
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('En quarantaine\u202f: 6 gélules — après ce mouvement\u202f: 11 gélules');
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect
      .poll(() => field(page, 'textbox', 'Rapporté par').getByRole('alert').textContent())
      .toBe('Le champ «\u202frapporté par\u202f» est obligatoire.');
    await textbox(page, 'Rapporté par').fill('Mme Durand, fille du patient');
    await textbox(page, 'Commentaire (facultatif)').fill('Traitement arrêté');
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot('entries-05-patient-return');
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Retour patient enregistré sous le n° d’ordre 5, en quarantaine.');

    // The shared step records a complete receipt too (n° 6, one box).
    await receiveBoxes(page, 1, { lot: 'SK4522' });

    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(4);
    // The tab shows the newest line first; read here in register order.
    const rows = (await registerRows(page).allInnerTexts()).reverse();
    expect(rows[0]).toMatch(/^3\t.*\tSolde repris \(quarantaine\)\tReport\u202f: Registre papier n° 3, folio 112\t6\t\t6\t/);
    expect(rows[1]).toMatch(
      new RegExp(
        `^4\\t.*\\tRéception\\tOCP Répartition \\(Grossiste-répartiteur\\) — BL BL-2026-118 — lot SK4521, pér\\. 03/${NEXT_YEAR} — carnet CS-0042\\t28\\t\\t34\\tHélène Durand\\t[\\s\\S]*Carton abîmé, contenu intact`,
      ),
    );
    expect(rows[2]).toMatch(/^5\t.*\tRetour patient\tRapporté par Mme Durand, fille du patient — Traitement arrêté\t5\t\t39\t/);
    expect(rows[3]).toMatch(
      new RegExp(`^6\\t.*\\tRéception\\tOCP Répartition \\(Grossiste-répartiteur\\) — BL BL-2026-118 — lot SK4522, pér\\. 12/${NEXT_YEAR + 1}\\t14\\t\\t53\\t`),
    );
    await app.screenshot('entries-06-register');

    // 6 + 28 + 5 + 14 = 53 in the register, of which 11 in quarantine: 42 can be dispensed.
    await openTab(page, 'Stock');
    const stock = page.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stock.locator('thead').innerText()).toMatch(/Solde du registre\tDisponible\tQuarantaine \(à détruire\)/);
    await expect.poll(() => stock.locator('tbody tr').innerText()).toMatch(/^Skenan LP — gélule LP 30 mg\t53\t42\t11\tgélule$/);
    await app.screenshot('entries-07-stock');
    await app.close();
  });
});

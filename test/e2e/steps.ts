// What a person does in the window, step by step, shared by the end-to-end scenarios.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SKENAN = 'Skenan LP — gélule LP 30 mg';

export async function openTab(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

export async function openRegister(page: Page) {
  await page.getByLabel('Nom de l’établissement').fill('Pharmacie du Marché');
  await page.getByLabel('Adresse').fill('12 place de l’Église, 69001 Lyon');
  await page.getByLabel('Nom et prénom').fill('Hélène Durand');
  await page.getByLabel('N° RPPS ou n° Ordre').fill('10101234567');
  await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
  await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
}

export async function addSkenan(page: Page, { cip13 }: { cip13?: string } = {}) {
  await openTab(page, 'Produits');
  await page.getByLabel('Désignation').fill('Skenan LP');
  await page.getByLabel('Forme').fill('gélule LP');
  await page.getByLabel('Dosage').fill('30 mg');
  await page.getByLabel('Unité de prise').fill('gélule');
  await page.getByLabel('Unités par boîte').fill('14');
  if (cip13) await page.getByLabel('Code CIP13 (facultatif)').fill(cip13);
  await page.getByRole('button', { name: 'Ajouter le produit' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Skenan LP');
}

export async function receiveBoxes(page: Page, boxes: number) {
  await openTab(page, 'Réception');
  await page.getByRole('combobox', { name: 'Produit', exact: true }).selectOption({ label: SKENAN });
  await page.getByRole('textbox', { name: 'Quantité', exact: true }).fill(String(boxes));
  await page.getByRole('textbox', { name: 'Fournisseur', exact: true }).fill('OCP Répartition');
  await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Réception enregistrée');
}

/** A dispensation to a named patient on prescription, through the "Sorties" tab. */
export async function dispense(page: Page, units: number, ordonnancier: string) {
  await openTab(page, 'Sorties');
  await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
  await page.getByRole('combobox', { name: 'Produit', exact: true }).selectOption({ label: SKENAN });
  await page.getByLabel('Quantité (gélule)').fill(String(units));
  await page.getByRole('radio', { name: 'Patient', exact: true }).check();
  await page.getByLabel('Nom du patient').fill('Jean Martin');
  await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
  await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
  await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
  await page.getByLabel('N° d’ordonnancier').fill(ordonnancier);
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  // The form empties once recorded: the success line is this dispensation's, not the last one's.
  await expect.poll(() => page.getByLabel('Quantité', { exact: false }).first().inputValue()).toBe('');
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Dispensation enregistrée');
}

export function reserveBanner(page: Page) {
  return page.getByRole('region', { name: 'Copie de réserve' });
}

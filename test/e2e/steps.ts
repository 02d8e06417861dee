// What a person does in the window, step by step, shared by the end-to-end scenarios.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const SKENAN = 'Skenan LP — gélule LP 30 mg';

/**
 * Chooses the product of a movement as a person does in the picker: its label typed, then
 * Enter. Again until chosen: the products may still be loading when the form appears.
 */
export async function chooseProduct(scope: Page | Locator, label: string) {
  const picker = scope.getByRole('combobox', { name: 'Produit', exact: true });
  await expect
    .poll(async () => {
      await picker.fill(label);
      await picker.press('Enter');
      return picker.inputValue();
    })
    .toBe(label);
}

/** The products the picker of a movement offers, as listed when it opens. */
export async function offeredProducts(page: Page): Promise<string[]> {
  const picker = page.getByRole('combobox', { name: 'Produit', exact: true });
  await picker.fill('');
  await picker.press('ArrowDown');
  const labels = await page.locator('.product-picker__label').allInnerTexts();
  await picker.press('Escape');
  return labels;
}

/**
 * Clicks a tab, then waits for its screen, as a person sees it: a screen the window does not
 * show at opening is loaded apart, and shows a loading line until then (decision 0064).
 */
export async function openTab(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => page.locator('.content > p.loading').count()).toBe(0);
}

/**
 * Fills the set-up form and opens the register. The reserve folder is chosen there when
 * `reserve` is true (the harness answers the folder given to launchApp); otherwise the
 * register opens without it, the warning acknowledged, and the banner asks for it later.
 */
export async function openRegister(page: Page, { reserve = false }: { reserve?: boolean } = {}) {
  await page.getByLabel('Nom de l’établissement').fill('Pharmacie du Marché');
  await page.getByLabel('Adresse').fill('12 place de l’Église, 69001 Lyon');
  await page.getByLabel('Nom et prénom').fill('Hélène Durand');
  await page.getByLabel('N° RPPS ou n° Ordre').fill('10101234567');
  if (reserve) {
    const chosen = () => page.locator('.setup__reserve').textContent();
    if (!(await chosen())?.includes('Dossier de réserve\u202f:')) await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await expect.poll(chosen).toContain('Dossier de réserve\u202f:');
  } else {
    await page.getByRole('checkbox', { name: 'Ouvrir sans copie de réserve pour l’instant' }).check();
  }
  await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
  await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
}

/** Skenan LP 30 mg; with `substance`, its morphine salt and the mg per capsule, for the annual declaration. */
export async function addSkenan(page: Page, { cip13, substance }: { cip13?: string; substance?: { name: string; salt: string; mg: string } } = {}) {
  await openTab(page, 'Produits');
  await page.getByLabel('Désignation').fill('Skenan LP');
  await page.getByLabel('Forme').fill('gélule LP');
  await page.getByLabel('Dosage').fill('30 mg');
  await page.getByLabel('Unité de prise').fill('gélule');
  await page.getByLabel('Unités par boîte').fill('14');
  if (cip13) await page.getByLabel('Code CIP13 (facultatif)').fill(cip13);
  if (substance) {
    await page.getByLabel('Substance', { exact: true }).fill(substance.name);
    await page.getByLabel('Base ou sel').selectOption('sel');
    await page.getByLabel('Nom du sel').fill(substance.salt);
    await page.getByLabel('Quantité de substance par gélule').fill(substance.mg);
  }
  await page.getByRole('button', { name: 'Ajouter le produit' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Skenan LP');
}

/** What a receipt says besides its quantity; every field has a default a test may change. */
export interface ReceiptDetails {
  product?: string;
  lot?: string;
  /** As typed from the box (MM/AAAA); by default December, two years ahead. */
  expiry?: string;
  supplier?: string;
  profession?: string;
  address?: string;
  deliveryRef?: string;
  orderBookRef?: string;
  /** An import: the kind of ANSM authorisation (AIS, AIP) and its number. */
  authorisation?: { kind: 'AIS' | 'AIP'; number: string };
}

/** The year on the window's clock (the application's, which a scenario may have set). */
export async function windowYear(page: Page): Promise<number> {
  return page.evaluate(() => new Date().getFullYear());
}

/** Boxes of Skenan (or `details.product`) received from the wholesaler, through Entrées › Réception. */
export async function receiveBoxes(page: Page, boxes: number, details: ReceiptDetails = {}) {
  await fillReceipt(page, boxes, details);
  await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
  // The product and quantity empty once recorded: the success line is this receipt's, not the last one's.
  await expect.poll(() => page.getByRole('textbox', { name: 'Quantité', exact: true }).inputValue()).toBe('');
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Réception enregistrée');
}

/** The receipt form filled in, not yet sent (a crash test sends it itself). */
export async function fillReceipt(page: Page, boxes: number, details: ReceiptDetails = {}) {
  const {
    product = SKENAN,
    lot = 'SK4521',
    expiry,
    supplier = 'OCP Répartition',
    profession = 'Grossiste-répartiteur',
    address = 'ZI Sud, 69800 Saint-Priest',
    deliveryRef = 'BL-2026-118',
    orderBookRef,
    authorisation,
  } = details;
  await openTab(page, 'Entrées');
  await page.getByRole('radio', { name: 'Réception', exact: true }).check();
  // Unless told, a lot two years after the window's year: never expired, whatever the date.
  const lotExpiry = expiry ?? `12/${(await windowYear(page)) + 2}`;
  await chooseProduct(page, product);
  await page.getByRole('textbox', { name: 'Quantité', exact: true }).fill(String(boxes));
  await page.getByRole('radio', { name: 'boîtes', exact: true }).check();
  await page.getByRole('textbox', { name: 'N° de lot', exact: true }).fill(lot);
  await page.getByRole('textbox', { name: 'Péremption (MM/AAAA)', exact: true }).fill(lotExpiry);
  await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).fill(supplier);
  await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill(profession);
  await page.getByRole('textbox', { name: 'Adresse du fournisseur', exact: true }).fill(address);
  await page.getByRole('textbox', { name: 'N° du bon de livraison', exact: true }).fill(deliveryRef);
  if (orderBookRef !== undefined) await page.getByRole('textbox', { name: 'N° carnet à souches (facultatif)', exact: true }).fill(orderBookRef);
  if (authorisation !== undefined) {
    await page.getByRole('combobox', { name: 'Importation', exact: true }).selectOption(authorisation.kind);
    await page.getByRole('textbox', { name: 'N° de l’autorisation d’importation', exact: true }).fill(authorisation.number);
  }
}

/** The dispensation form of the "Sorties" tab filled for a named patient on prescription, not sent. */
export async function fillDispensation(page: Page, units: number, ordonnancier: string) {
  await openTab(page, 'Sorties');
  await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
  await chooseProduct(page, SKENAN);
  await page.getByLabel('Quantité (gélule)').fill(String(units));
  await page.getByRole('radio', { name: 'Patient', exact: true }).check();
  await page.getByLabel('Nom du patient').fill('Jean Martin');
  await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
  await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
  await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
  await page.getByLabel('N° d’ordonnancier').fill(ordonnancier);
}

/** A dispensation to a named patient on prescription, through the "Sorties" tab. */
export async function dispense(page: Page, units: number, ordonnancier: string) {
  await fillDispensation(page, units, ordonnancier);
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  // The form empties once recorded: the success line is this dispensation's, not the last one's.
  await expect.poll(() => page.getByRole('textbox', { name: 'Quantité', exact: true }).inputValue()).toBe('');
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Dispensation enregistrée');
}

export function reserveBanner(page: Page) {
  return page.getByRole('region', { name: 'Copie de réserve', exact: true });
}

/** Rewrites a stored event through the raw IndexedDB API, bypassing Dexie, as a forger would. */
export async function alterStoredEvent(page: Page, seq: number, change: Record<string, unknown>) {
  await page.evaluate(
    ({ seq, change }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('registre-stupefiants');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const store = opening.result.transaction('events', 'readwrite').objectStore('events');
          const read = store.get(seq);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, ...change });
            write.onsuccess = () => resolve();
            write.onerror = () => reject(write.error);
          };
        };
      }),
    { seq, change },
  );
}

/**
 * Types a day into the application's date field as a person does: the digits only
 * (the field adds the slashes), after selecting what the field held.
 */
export async function typeDay(page: Page, label: string, day: string) {
  const [year, month, date] = day.split('-');
  const field = page.getByLabel(label);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(`${date}${month}${year}`);
}

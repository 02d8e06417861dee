// A keyboard-wedge scanner on the entry and exit screens, whatever field has the focus:
// the box's code, typed as a scanner types it (keys a few milliseconds apart, GS between
// the fields, Enter last), chooses the product and fills lot and expiry; its Enter records
// nothing; the field that had the focus keeps what it held; a code of no product is said.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness/launch';
import { addSkenan, openRegister, openTab, receiveBoxes } from './steps';
import { MAX_SCAN_PAUSE_MS } from '../../shared/scan/wedge-burst';

const CIP = '3400930039946';
const GS = '\u001d';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-scan-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The digit row of an AZERTY keyboard without Caps Lock, 1 to 9 then 0. */
const AZERTY_ROW = '&é"\'(-è_çà';

/** Digits as a scanner set to QWERTY types them on an AZERTY keyboard. */
function azerty(digits: string): string {
  return digits.replace(/\d/g, (digit) => AZERTY_ROW[(Number(digit) + 9) % 10] ?? digit);
}

/** What a wedge scanner sends: every character at once, then Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

/** A scanner whose FNC1 is Ctrl+]: the fields typed, the key between them, then Enter. */
async function scanWithCtrlBracket(page: Page, fields: readonly string[]) {
  for (const [index, field] of fields.entries()) {
    if (index > 0) await page.keyboard.press('Control+BracketRight');
    await page.keyboard.type(field);
  }
  await page.keyboard.press('Enter');
}

function textbox(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

function chosenProduct(page: Page) {
  return page.getByRole('combobox', { name: 'Produit', exact: true }).inputValue();
}

function focusedName(page: Page) {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
}

/**
 * A register that received one delivery from « Répartiteur Ouest », reopened in a new
 * window on the Entrées tab: nothing typed in it, the supplier comes from the register.
 * Returns the two digits of the year the boxes scanned then expire in.
 */
async function reopenedAfterOneDelivery(app: RunningApp): Promise<string> {
  const { page } = app;
  await openRegister(page);
  await addSkenan(page, { cip13: CIP });
  await receiveBoxes(page, 1, { supplier: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan', deliveryRef: 'BL-HIER' });
  await page.reload();
  await openTab(page, 'Entrées');
  await expect.poll(() => page.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('Répartiteur Ouest');
  return String(app.now().getFullYear() + 2).slice(2);
}

describe('a box scanned on the entry and exit screens', () => {
  it('chooses the product and fills lot and expiry wherever the focus is, and its Enter records nothing', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data') });
    const { page } = app;
    const YY = String(app.now().getFullYear() + 2).slice(2);
    await openRegister(page);
    await addSkenan(page, { cip13: CIP });

    await openTab(page, 'Entrées');
    // The supplier first: with it, an Enter that reached the form would record a receipt.
    await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).fill('OCP Répartition');
    await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill('Grossiste-répartiteur');
    await textbox(page, 'Adresse du fournisseur').fill('ZI Sud, 69800 Saint-Priest');
    await textbox(page, 'N° du bon de livraison').fill('BL-2026-118');

    // A DataMatrix read into the lot field, GS between the fields, the prefix first.
    await textbox(page, 'N° de lot').focus();
    await scan(page, `]d201${'0' + CIP}17${YY}0300` + `10AB12C${GS}21SN0042`);
    await expect.poll(() => chosenProduct(page)).toContain('Skenan LP');
    expect(await textbox(page, 'N° de lot').inputValue()).toBe('AB12C');
    expect(await textbox(page, 'Péremption (MM/AAAA)').inputValue()).toBe(`03/20${YY}`);
    expect(await focusedName(page)).toBe('quantity');
    expect(await page.getByRole('status').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe(`Boîte lue\u202f: Skenan LP. Lot AB12C. Péremption 03/20${YY}.`);
    await app.screenshot('scan-01-receipt-read');

    // The quantity and Enter: the receipt is recorded, its lot without any control character.
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('Réception enregistrée');

    // Read into a field that holds text: the field keeps it; the product and lot are the box's.
    await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).focus();
    await scan(page, `01${'0' + CIP}10LOT-2${GS}17${YY}1231`);
    await expect.poll(() => textbox(page, 'N° de lot').inputValue()).toBe('LOT-2');
    expect(await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('OCP Répartition');
    expect(await textbox(page, 'Péremption (MM/AAAA)').inputValue()).toBe(`12/20${YY}`);

    // Into the quantity, FNC1 as Ctrl+], from a scanner set to QWERTY on an AZERTY keyboard.
    await textbox(page, 'Quantité').fill('5');
    await textbox(page, 'Quantité').focus();
    // A person takes longer than the pause that ends a burst between typing and scanning.
    await page.waitForTimeout(MAX_SCAN_PAUSE_MS + 100);
    await page.keyboard.type(azerty(`01${'0' + CIP}10`));
    await page.keyboard.type('L3');
    await page.keyboard.press('Control+BracketRight');
    await page.keyboard.type(azerty(`17${YY}1231`));
    await page.keyboard.press('Enter');
    await expect.poll(() => textbox(page, 'N° de lot').inputValue()).toBe('L3');
    expect(await textbox(page, 'Quantité').inputValue()).toBe('5');
    expect(await textbox(page, 'Péremption (MM/AAAA)').inputValue()).toBe(`12/20${YY}`);

    // A code the register does not know: said, nothing chosen.
    await textbox(page, 'N° du bon de livraison').focus();
    await scan(page, '3400955123453');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Le code CIP13 3400955123453 n’est celui d’aucun produit du registre.');
    expect(await textbox(page, 'N° du bon de livraison').inputValue()).toBe('BL-2026-118');
    // What the box before it chose does not stay chosen.
    expect(await chosenProduct(page)).toBe('');
    expect(await textbox(page, 'N° de lot').inputValue()).toBe('');
    await app.screenshot('scan-02-unknown-code');

    // The register holds one receipt, whose lot is AB12C exactly.
    await openTab(page, 'Registre');
    await expect.poll(() => page.locator('table.register-table tbody').textContent()).toContain('AB12C');
    expect(await page.locator('table.register-table tbody tr').count()).toBe(1);

    // On the exit screen, an EAN-13 read into the patient's name chooses the product only.
    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Nom du patient').focus();
    await scan(page, CIP);
    await expect.poll(() => chosenProduct(page)).toContain('Skenan LP');
    expect(await page.getByLabel('Nom du patient').inputValue()).toBe('Jean Martin');
    expect(await focusedName(page)).toBe('quantity');
    await app.screenshot('scan-03-exit-read');

    // Typed by a person, the same digits are not a scan: the field keeps them, nothing is chosen.
    await page.getByRole('combobox', { name: 'Produit', exact: true }).fill('');
    await textbox(page, 'N° d’ordonnancier').focus();
    await page.keyboard.type(CIP, { delay: 150 });
    expect(await textbox(page, 'N° d’ordonnancier').inputValue()).toBe(CIP);
    expect(await chosenProduct(page)).not.toContain('Skenan');
    await app.close();
  });

  it('enters the first box of a delivery in a window just opened with the quantity, Entrée, the note and Entrée', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile-delivery'), dataFolder: join(workDir, 'data-delivery') });
    const { page } = app;
    const YY = await reopenedAfterOneDelivery(app);
    expect(await textbox(page, 'N° du bon de livraison').inputValue()).toBe('');
    expect(await page.locator('.delivery-line').textContent()).toContain('Livraison\u202f: Répartiteur Ouest');

    // No field has the focus: the scanner's FNC1 comes as Ctrl+], a key the window hears anywhere.
    await scanWithCtrlBracket(page, [`01${'0' + CIP}17${YY}0600` + `10L26100`, '21SN000001']);
    await expect.poll(() => focusedName(page)).toBe('quantity');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    // The first Entrée asks the delivery note, under its field; nothing is recorded yet.
    await expect.poll(() => focusedName(page)).toBe('deliveryRef');
    expect(await page.getByText('Première boîte de cette livraison').count()).toBe(1);
    await app.screenshot('scan-04-delivery-note-asked');
    // Typed by a person (keys a tenth of a second apart), not read by the scanner.
    await page.keyboard.type('BL-2026-1205', { delay: 100 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('Réception enregistrée sous le n° d’ordre');

    // The next box of the same delivery: the quantity and Entrée.
    await scanWithCtrlBracket(page, [`01${'0' + CIP}17${YY}0600` + `10L26101`, '21SN000002']);
    await expect.poll(() => focusedName(page)).toBe('quantity');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => textbox(page, 'N° de lot').inputValue()).toBe('');

    await openTab(page, 'Registre');
    const body = page.locator('table.register-table tbody');
    await expect.poll(() => body.locator('tr').count()).toBe(3);
    const text = await body.textContent();
    expect(text).toContain('lot L26100,');
    expect(text).toContain('lot L26101,');
    expect((text?.match(/BL-2026-1205/g) ?? []).length).toBe(2);
    await app.close();
  });
  it('reads the delivery note from its barcode when the form waits for it, and a box still chooses its product', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile-note'), dataFolder: join(workDir, 'data-note') });
    const { page } = app;
    const YY = await reopenedAfterOneDelivery(app);

    await scanWithCtrlBracket(page, [`01${'0' + CIP}17${YY}0600` + `10L26100`, '21SN000001']);
    await expect.poll(() => focusedName(page)).toBe('quantity');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('deliveryRef');

    // The form waits for its note: a box scanned now is still a box (its product chosen, the note still awaited).
    await scan(page, CIP);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Boîte lue');
    expect(await chosenProduct(page)).toContain('Skenan LP');
    expect(await textbox(page, 'N° du bon de livraison').inputValue()).toBe('');
    await textbox(page, 'N° de lot').fill('L26100');
    await textbox(page, 'Péremption (MM/AAAA)').fill(`06/20${YY}`);
    await textbox(page, 'Quantité').fill('3');
    await textbox(page, 'N° du bon de livraison').focus();

    // The note's Code 128, with the AIM prefix and a GS: the number alone reaches the field, and Entrée records.
    await page.waitForTimeout(MAX_SCAN_PAUSE_MS + 100);
    await scan(page, `]C0BL-2026-${GS}1205`);
    await expect.poll(() => textbox(page, 'N° du bon de livraison').inputValue()).toBe('BL-2026-1205');
    expect(await focusedName(page)).toBe('deliveryRef');
    expect(await page.getByRole('status').first().textContent()).toBe('N° du bon de livraison lu\u202f: BL-2026-1205.');
    expect(await page.locator('.delivery-line').textContent()).toContain('bon n° BL-2026-1205');
    // Its Enter recorded nothing: the product is still chosen.
    expect(await chosenProduct(page)).toContain('Skenan LP');
    await app.screenshot('scan-05-delivery-note-read');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('Réception enregistrée sous le n° d’ordre');

    // The cursor in the note's field: a new note read replaces the one there (a new delivery).
    await textbox(page, 'N° du bon de livraison').focus();
    await scan(page, ']A0LIV-77-000451');
    await expect.poll(() => textbox(page, 'N° du bon de livraison').inputValue()).toBe('LIV-77-000451');

    await openTab(page, 'Registre');
    const body = page.locator('table.register-table tbody');
    await expect.poll(() => body.locator('tr').count()).toBe(2);
    const text = await body.textContent();
    expect((text?.match(/BL-2026-1205/g) ?? []).length).toBe(1);
    expect(text).not.toContain(']C0');
    await app.close();
  });
  it('keeps a box scanned while the tab is still loading, for that tab only, and chooses its product once it shows', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile-loading'), dataFolder: join(workDir, 'data-loading') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page, { cip13: CIP });
    const loading = page.locator('.content > p.loading');

    // The entry screen's script is held by the harness until the test lets it through, so
    // that « Chargement du registre… » shows for as long as the test needs, on any machine.
    const holdEntryScreen = async () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/EntryScreen-[^/]+\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      return release;
    };

    // A new window; the tab chosen at once, the box scanned while the tab still loads.
    const release = await holdEntryScreen();
    await page.reload();
    await page.getByRole('button', { name: 'Entrées', exact: true }).click();
    await expect.poll(() => loading.count()).toBe(1);
    await scan(page, CIP);
    expect(await loading.count()).toBe(1);
    release();
    await expect.poll(() => chosenProduct(page)).toContain('Skenan LP');
    expect(await focusedName(page)).toBe('quantity');
    expect(await page.locator('.scan-notice').textContent()).toContain('Skenan LP');
    await page.unrouteAll();

    // Scanned while the entry tab loads, then the person goes to another tab and comes back:
    // the box is for neither. The register's tab takes no scan; the Stock tab's quarantine form does.
    for (const elsewhere of ['Registre', 'Stock']) {
      const letThrough = await holdEntryScreen();
      await page.reload();
      await page.getByRole('button', { name: 'Entrées', exact: true }).click();
      await expect.poll(() => loading.count()).toBe(1);
      await scan(page, CIP);
      await openTab(page, elsewhere);
      letThrough();
      await openTab(page, 'Entrées');
      const product = page.getByRole('combobox', { name: 'Produit', exact: true });
      await expect.poll(() => product.count()).toBe(1);
      // Once the products are read, a held box is chosen at once: a second leaves it time.
      await page.waitForTimeout(1_000);
      expect(await product.inputValue()).toBe('');
      expect(await page.locator('.scan-notice').count()).toBe(0);
      await page.unrouteAll();
    }
    await app.close();
  });
});

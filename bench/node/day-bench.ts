// A day at the counter, driven through the built window in Chromium as the e2e tests drive
// it (test/e2e/harness): the register already holds forty products, the stock and ten
// patients seen the day before; the day is five receipts read by the scanner, thirty
// dispensations to those ten patients (some prescriptions of two products, through
// « Même ordonnance, produit suivant »), then one of them corrected from its row. Keys,
// clicks and seconds are counted per task (day-keyboard.ts); the set-up is not counted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../../test/e2e/harness/launch';
import { CountingHands, type TaskCount } from './day-keyboard';
import { DAY_PRODUCTS, DELIVERY_NOTE, DISPENSED, labelOf, PATIENTS, PRESCRIBERS, SCANNED, SUPPLIER, type DayProduct } from './day-products';

export type DayTask = 'receipt.first' | 'receipt' | 'dispensation.first' | 'dispensation.next' | 'correction';

export interface DayTaskFigures extends TaskCount {
  task: DayTask;
  seconds: number;
  /** What the task was, for the reader of bench/results.json. */
  what: string;
}

export interface DayFigures {
  products: number;
  patients: number;
  tasks: DayTaskFigures[];
  /** The whole run, set-up included. */
  seconds: number;
}

const WAIT_MS = 10_000;

/**
 * What a person types to find a product: the first four letters of its name and the
 * number of its strength ("mosc 30"), read letter by letter until the product wanted
 * comes first (CountingHands.pickProduct), the arrows otherwise.
 */
function productQuery(product: DayProduct): string {
  const name = product.designation
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .slice(0, 4);
  return `${name} ${product.strength.split(' ')[0]}`;
}

const product = (index: number): DayProduct => {
  const found = DAY_PRODUCTS[index];
  if (!found) throw new Error(`produit ${index} absent`);
  return found;
};

/** The highest n° d’ordre a success line of the window shows. */
async function lastSeq(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...[...document.querySelectorAll('[role=status]')].map((node) => Number(/n° d’ordre (\d+)/.exec(node.textContent ?? '')?.[1] ?? 0))),
  );
}

/** Waits for the success line of the next n° d’ordre after `before`; returns it. */
async function recorded(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (before) => [...document.querySelectorAll('[role=status]')].some((node) => Number(/n° d’ordre (\d+)/.exec(node.textContent ?? '')?.[1] ?? 0) > before),
    before,
    { timeout: WAIT_MS },
  );
  return lastSeq(page);
}

// ——— the day before, not counted: programmatic filling is allowed here only ———

/** The product chosen by its label; again until chosen, as the products may still be loading. */
async function choose(page: Page, label: string) {
  const picker = page.getByRole('combobox', { name: 'Produit', exact: true });
  for (let tries = 0; tries < 50; tries += 1) {
    await picker.fill(label);
    await picker.press('Enter');
    if ((await picker.inputValue()) === label) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`produit ${label} jamais choisi`);
}

async function setUp(page: Page) {
  await page.getByLabel('Nom de l’établissement').fill('Pharmacie du Marché');
  await page.getByLabel('Adresse').fill('12 place de l’Église, 69001 Lyon');
  await page.getByLabel('Nom et prénom').fill('Hélène Durand');
  await page.getByLabel('N° RPPS ou n° Ordre').fill('10101234567');
  await page.getByRole('checkbox', { name: 'Ouvrir sans copie de réserve pour l’instant' }).check();
  await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
  await page.locator('.topbar', { hasText: 'Pharmacie du Marché' }).waitFor();

  await page.getByRole('button', { name: 'Produits', exact: true }).click();
  for (const item of DAY_PRODUCTS) {
    const before = await lastSeq(page);
    await page.getByLabel('Désignation').fill(item.designation);
    await page.getByLabel('Forme').fill(item.form);
    await page.getByLabel('Dosage').fill(item.strength);
    await page.getByLabel('Unité de prise').fill(item.unit);
    await page.getByLabel('Unités par boîte').fill(String(item.perBox));
    await page.getByLabel('Code CIP13 (facultatif)').fill(item.cip13 ?? '');
    await page.getByRole('button', { name: 'Ajouter le produit' }).click();
    await recorded(page, before);
  }

  // Stock of the products dispensed, from the wholesaler.
  await page.getByRole('button', { name: 'Entrées', exact: true }).click();
  const year = new Date().getFullYear() + 2;
  for (const [index, productIndex] of DISPENSED.entries()) {
    const before = await lastSeq(page);
    await choose(page, labelOf(product(productIndex)));
    await page.getByRole('textbox', { name: 'Quantité', exact: true }).fill('10');
    await page.getByRole('textbox', { name: 'N° de lot', exact: true }).fill(`VEILLE${index}`);
    await page.getByRole('textbox', { name: 'Péremption (MM/AAAA)', exact: true }).fill(`12/${year}`);
    await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).fill(SUPPLIER.name);
    await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill(SUPPLIER.profession);
    await page.getByRole('textbox', { name: 'Adresse du fournisseur', exact: true }).fill(SUPPLIER.address);
    await page.getByRole('textbox', { name: 'N° du bon de livraison', exact: true }).fill('BL-VEILLE');
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await recorded(page, before);
  }

  // Each patient came once already, on the prescriber who follows them.
  await page.getByRole('button', { name: 'Sorties', exact: true }).click();
  for (const [index, patient] of PATIENTS.entries()) {
    const prescriber = PRESCRIBERS[index % PRESCRIBERS.length];
    if (!prescriber) continue;
    const before = await lastSeq(page);
    await choose(page, labelOf(product(DISPENSED[index] ?? 1)));
    await page.locator('[name=quantity]').fill('7');
    await page.getByLabel('Nom du patient').fill(patient.name);
    await page.getByLabel('Adresse du patient').fill(patient.address);
    await page.getByLabel('Nom du prescripteur').fill(prescriber.name);
    await page.getByLabel('Adresse du prescripteur').fill(prescriber.address);
    await page.getByLabel('N° d’ordonnancier').fill(`2026-09${String(index).padStart(2, '0')}`);
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await recorded(page, before);
  }
}

// ——— the day, counted ———

/**
 * A DataMatrix as printed on the box: GTIN (0 + CIP13), expiry, lot, then the GS
 * separator and the serial. The scanner sends GS as Ctrl+] (a key, which reaches the
 * window wherever the focus is).
 */
function dataMatrix(cip13: string, lot: string, serial: number): string[] {
  const yy = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');
  return [`01${'0' + cip13}17${yy}0600` + `10${lot}`, `21SN${String(serial).padStart(6, '0')}`];
}

async function receipts(page: Page, hands: CountingHands, done: (task: DayTaskFigures) => void) {
  for (const [index, productIndex] of SCANNED.entries()) {
    const item = product(productIndex);
    const started = performance.now();
    const before = await lastSeq(page);
    if (index === 0) {
      await hands.click(page.getByRole('button', { name: 'Entrées', exact: true }));
      // A person scans once the form is on screen: a screen not yet loaded shows « Chargement… ».
      await page.waitForFunction(() => document.querySelector('.content > p.loading') === null, undefined, { timeout: WAIT_MS });
    }
    await hands.scan(dataMatrix(item.cip13 ?? '', `L${26_100 + index}`, index));
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'quantity', undefined, { timeout: WAIT_MS });
    await hands.typeValue(String(2 + (index % 3)));
    if (index === 0) {
      // The first box of the delivery: the form starts from the register's most recent
      // supplier, named in it (checked here: a person reads it, never takes it blind);
      // Entrée goes to the delivery note, asked once, which the next boxes keep.
      const named = await page.locator('.delivery-line').textContent();
      if (!named?.includes(SUPPLIER.name)) throw new Error(`fournisseur repris inattendu : ${named ?? ''}`);
      await hands.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'deliveryRef', undefined, { timeout: WAIT_MS });
      // The note's number is read from its barcode (Code 128, the scanner's AIM prefix
      // first); the form writes it in its field, and the person's Entrée records.
      await hands.scan([`]C0${DELIVERY_NOTE}`]);
      await page.waitForFunction((note) => document.querySelector<HTMLInputElement>('[name="deliveryRef"]')?.value === note, DELIVERY_NOTE, {
        timeout: WAIT_MS,
      });
    }
    await hands.press('Enter');
    await recorded(page, before);
    done({
      task: index === 0 ? 'receipt.first' : 'receipt',
      what: `réception de ${labelOf(item)} par lecture`,
      seconds: (performance.now() - started) / 1000,
      ...hands.take(),
    });
  }
}

/** The day's prescriptions: each patient brings one of two products, then one of one. */
function prescriptions(): { patient: number; lines: { product: number; quantity: string }[]; number: string }[] {
  const list: { patient: number; lines: { product: number; quantity: string }[]; number: string }[] = [];
  let number = 1;
  for (const round of [0, 1]) {
    for (const patient of PATIENTS.keys()) {
      const pick = (offset: number) => DISPENSED[(patient + offset + round * 5) % DISPENSED.length] ?? 1;
      const lines =
        round === 0
          ? [
              { product: pick(1), quantity: '14' },
              { product: pick(2), quantity: '7' },
            ]
          : [{ product: pick(4), quantity: '28' }];
      list.push({ patient, lines, number: `2026-${String(1000 + number).padStart(4, '0')}` });
      number += 1;
    }
  }
  return list;
}

/** The line entered with a wrong quantity (28 typed for 14), corrected at the end of the day. */
const MISTYPED = { prescription: 3, line: 0, typed: '28', right: '14' };

async function dispensations(page: Page, hands: CountingHands, done: (task: DayTaskFigures) => void): Promise<{ seq: number; patient: number }> {
  let mistyped = { seq: 0, patient: 0 };
  await hands.click(page.getByRole('button', { name: 'Sorties', exact: true }));
  await hands.click(page.getByRole('combobox', { name: 'Produit', exact: true }));
  for (const [index, prescription] of prescriptions().entries()) {
    const patient = PATIENTS[prescription.patient];
    const prescriber = PRESCRIBERS[prescription.patient % PRESCRIBERS.length];
    if (!patient || !prescriber) continue;
    for (const [line, { product: productIndex, quantity }] of prescription.lines.entries()) {
      const item = product(productIndex);
      const started = performance.now();
      const before = await lastSeq(page);
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'productId', undefined, { timeout: WAIT_MS });
      await hands.pickProduct(productQuery(item), labelOf(item));
      await hands.tabTo('quantity');
      const wrong = index === MISTYPED.prescription && line === MISTYPED.line;
      await hands.typeValue(wrong ? MISTYPED.typed : quantity);
      if (line === 0) {
        await hands.tabTo('recipient.name');
        await hands.pickPerson('recipient.name', patient.search, patient.name);
        await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'prescriber.name', undefined, { timeout: WAIT_MS });
        await hands.pickPerson('prescriber.name', prescriber.search, prescriber.name);
        await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'ordonnancierNumber', undefined, { timeout: WAIT_MS });
        await hands.typeValue(prescription.number);
      }
      if (line < prescription.lines.length - 1) await hands.click(page.getByRole('button', { name: 'Même ordonnance, produit suivant' }));
      else await hands.press('Enter');
      const seq = await recorded(page, before);
      if (wrong) mistyped = { seq, patient: prescription.patient };
      done({
        task: line === 0 ? 'dispensation.first' : 'dispensation.next',
        what: `${labelOf(item)} à ${patient.name}${line === 0 ? '' : ' (même ordonnance)'}`,
        seconds: (performance.now() - started) / 1000,
        ...hands.take(),
      });
    }
  }
  return mistyped;
}

/**
 * The mistyped line, found from the patient in the Registre, reversed from its row (a
 * reason and an explanation: the register says why a line is cancelled), then the
 * right line entered from the form the reversed one fills.
 */
async function correction(page: Page, hands: CountingHands, target: { seq: number; patient: number }): Promise<DayTaskFigures> {
  const patient = PATIENTS[target.patient];
  if (!patient) throw new Error('patient de la correction absent');
  const started = performance.now();
  await hands.click(page.getByRole('button', { name: 'Registre', exact: true }));
  await hands.click(page.locator('[name="filter.patient"]'));
  await hands.pickPerson('filter.patient', patient.search, patient.name);
  await hands.click(page.getByRole('button', { name: `Corriger le n° ${target.seq}` }));
  await hands.tabTo('reason'); // no key when the form opens with the cursor on its reason
  await hands.press('e'); // « Erreur de quantité », the first reason starting with E
  await hands.tabTo('comment');
  await hands.typeValue(`Délivré ${MISTYPED.right}, saisi ${MISTYPED.typed}`);
  await hands.press('Tab');
  await hands.press('Enter');
  const reversal = await recorded(page, target.seq);
  const corrected = page.locator('.register-table__correction');
  // Entrée when the cursor waits on « Saisir le mouvement corrigé », a click otherwise.
  if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Saisir le mouvement corrigé') await hands.press('Enter');
  else await hands.click(corrected.getByRole('button', { name: 'Saisir le mouvement corrigé' }));
  // The quantity typed over when the form opens on it, selected; found and selected otherwise.
  await page.locator('.register-table__correction [name=quantity]').waitFor();
  const onQuantity = await page.evaluate(() => {
    const field = document.activeElement as HTMLInputElement | null;
    return field?.getAttribute('name') === 'quantity' && field.selectionStart === 0 && field.selectionEnd === field.value.length;
  });
  if (!onQuantity) {
    await hands.click(corrected.locator('[name=quantity]'));
    await hands.press('ControlOrMeta+A');
  }
  await hands.typeValue(MISTYPED.right);
  await hands.press('Enter');
  await recorded(page, reversal);
  return {
    task: 'correction',
    what: `contre-passation du n° ${target.seq} et mouvement corrigé`,
    seconds: (performance.now() - started) / 1000,
    ...hands.take(),
  };
}

/** Runs the day on the built window in `site` (dist/renderer, or the bench's copy of it). */
export async function dayBench(site: string, log: (line: string) => void): Promise<DayFigures> {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'registre-journee-'));
  // The day before at 9:00, then the day itself: the patients are known from yesterday.
  const day = new Date();
  const yesterday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1, 9, 0);
  const app = await launchApp({ profileDir: join(work, 'profile'), dataFolder: join(work, 'data'), rendererDir: site, clock: yesterday });
  const tasks: DayTaskFigures[] = [];
  try {
    const { page } = app;
    log(`  la veille : ${DAY_PRODUCTS.length} produits, leur stock, ${PATIENTS.length} patients (non compté)…`);
    await setUp(page);
    await app.setClock(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9, 0));
    await page.reload();
    await page.locator('.topbar', { hasText: 'Pharmacie du Marché' }).waitFor();
    const hands = new CountingHands(page);
    log('  la journée : 5 réceptions par lecture, 30 dispensations, 1 correction…');
    await receipts(page, hands, (task) => tasks.push(task));
    const mistyped = await dispensations(page, hands, (task) => tasks.push(task));
    tasks.push(await correction(page, hands, mistyped));
    await app.screenshot('bench-day-correction');
  } catch (error) {
    await app.screenshot('bench-day-failed');
    throw error;
  } finally {
    await app.close();
    await rm(work, { recursive: true, force: true });
  }
  return { products: DAY_PRODUCTS.length, patients: PATIENTS.length, tasks, seconds: (performance.now() - started) / 1000 };
}

// A dispensation that knows its prescription (art. R. 5132-30 and R. 5132-33 du code de
// la santé publique), in the window: the computation shown before validation, a refusal
// of more than the prescription covers, a chevauchement warned and dispensed past with a
// reason, which the register keeps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-prescription-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A dispensation to Jean Martin, on a prescription of Dr Claire Petit dated `date`, for 28 days and 28 gélules. */
async function fillOnPrescription(page: Page, { quantity, date, ordonnancier }: { quantity: string; date: string; ordonnancier: string }) {
  await chooseProduct(page, SKENAN);
  await page.getByLabel('Quantité (gélule)').fill(quantity);
  await page.getByLabel('Nom du patient').fill('Jean Martin');
  await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
  await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
  await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
  await page.getByLabel('N° d’ordonnancier').fill(ordonnancier);
  await page.getByLabel('Date de l’ordonnance').fill(date);
  await page.getByLabel('Durée prescrite (jours)').fill('28');
  await page.getByLabel('Quantité prescrite pour toute la durée (gélule)').fill('28');
  await page.getByLabel('RPPS du prescripteur').fill('10003456789');
}

function review(page: Page) {
  return page.getByRole('region', { name: 'Contrôle de l’ordonnance' });
}

async function submitExit(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
}

describe('a dispensation on prescription', () => {
  it('shows the 3-day window, refuses more than the prescription covers, and records a reason past a chevauchement', async () => {
    // Monday 23 November 2026: a prescription dated Thursday 19 is presented on its 4th day.
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), clock: new Date(2026, 10, 23, 10, 0) });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 4); // n° 3: 56 gélules
    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();

    // The whole prescription, four days after its date: refused, with the computation (art. R. 5132-33).
    await fillOnPrescription(page, { quantity: '28', date: '2026-11-19', ordonnancier: '2026-1101' });
    await expect.poll(() => review(page).textContent()).toContain('4 jours de traitement retirés, 24 jours sur 28 restent à délivrer');
    expect(await review(page).textContent()).toContain('au plus 24 aujourd’hui');
    await app.screenshot('prescription-01-window-computed');
    await submitExit(page);
    const quantityField = page.locator('.field').filter({ has: page.getByLabel('Quantité (gélule)') });
    await expect
      .poll(() => quantityField.locator('.field__error').textContent())
      .toContain(
        'Quantité supérieure à ce que couvre l’ordonnance\u202f: quantité demandée 28, au plus 24 aujourd’hui (art. R. 5132-33 du code de la santé publique).',
      );
    await app.screenshot('prescription-02-refused');
    await page.getByLabel('Quantité (gélule)').fill('24');
    await submitExit(page);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Dispensation enregistrée sous le n° d’ordre 4. Copie de l’ordonnance à conserver jusqu’au 23/11/2029 (art. R. 5132-35 du code de la santé publique).',
      );

    // A new prescription of the same prescriber during the period covered: warned, the reason asked.
    await fillOnPrescription(page, { quantity: '28', date: '2026-11-23', ordonnancier: '2026-1102' });
    await expect.poll(() => review(page).textContent()).toContain('Chevauchement');
    // The patient's history on its timeline: the dispensation n° 4 and the days it covers.
    expect(await page.getByRole('region', { name: 'Stupéfiants délivrés à ce patient sur ordonnance (trois derniers mois)' }).textContent()).toContain(
      'Skenan LP — n° 4, le 23/11/2026\u202f: 24, couvre du 19/11/2026 au 16/12/2026 (Dr Claire Petit)',
    );
    expect(await review(page).textContent()).toContain('pour la période du 19/11/2026 au 16/12/2026 (ordonnance du 19/11/2026, n° d’ordre 4)');
    await submitExit(page);
    const reason = page.getByLabel('Motif de la délivrance malgré l’avertissement');
    await expect.poll(() => reason.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('indiquez pourquoi vous délivrez malgré l’avertissement');
    await app.screenshot('prescription-03-warning');
    await reason.fill('Posologie doublée par le prescripteur, confirmé par téléphone');
    await submitExit(page);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Dispensation enregistrée sous le n° d’ordre 5. Copie de l’ordonnance à conserver jusqu’au 23/11/2029 (art. R. 5132-35 du code de la santé publique).',
      );

    const stored = await page.evaluate(async () => {
      const open = indexedDB.open('registre-stupefiants');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const read = db.transaction('events').objectStore('events').get(5);
      return new Promise<unknown>((resolve) => (read.onsuccess = () => resolve(read.result)));
    });
    expect(stored).toMatchObject({
      type: 'dispensation',
      quantity: 28_000,
      prescription: {
        date: '2026-11-23',
        days: 28,
        quantity: 28_000,
        prescriberRpps: '10003456789',
        overrideReason: 'Posologie doublée par le prescripteur, confirmé par téléphone',
      },
    });
    await app.close();
  });
});

// The cession and the definitive closure through the real window. Hélène Durand sells:
// the cut-off and the buyer, the contradictory inventory with one capsule missing, a
// restart in the middle (the wizard resumes from the register), the transfer-inventory PDF
// read with pdftotext, the change of holder (refused from her préparateur, recorded by her),
// then the buyer alone validates a dispensation. The buyer then closes for good: final
// inventory, all stock into quarantine, its destruction, final editions, closure, the
// transmittal slip to the ARS; afterwards nothing can be recorded and printing still works.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness/launch';
import { pdfText, plain, shown } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');
const SELLER = 'Hélène Durand';
const BUYER = { name: 'Yann Le Floch', orderNumber: '10107654321' };

let workDir: string;
let app: RunningApp;
let dataFolder: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-cession-'));
  dataFolder = join(workDir, 'data');
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await app?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function archived(part: string): Promise<string> {
  const [registerId = ''] = await readdir(join(dataFolder, 'editions'));
  const folder = join(dataFolder, 'editions', registerId);
  const name = (await readdir(folder)).find((file) => file.includes(part));
  expect(name, `édition « ${part} » archivée`).toBeDefined();
  return join(folder, name ?? '');
}

function picture(path: string, name: string) {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(PICTURES, name)]);
}

const validatedBy = (page: Page) => page.getByRole('combobox', { name: 'Validé par' });
const wizardOutcome = (page: Page) => page.locator('.wizard > .outcome');
const step = (page: Page) => page.locator('.wizard-step[aria-current="step"] .wizard-step__name');

describe('cession and definitive closure', () => {
  it('hands the register over after a contradictory inventory; the buyer alone validates afterwards', async () => {
    app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder });
    let { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-1101');

    // A préparateur authorised by the seller (n° 5).
    await openTab(page, 'Établissement');
    const authorise = page.getByRole('form', { name: 'Habiliter une personne à valider' });
    await authorise.getByLabel('Nom et prénom').fill('Lucas Bernard');
    await authorise.getByLabel('N° RPPS ou n° Ordre').fill('20202020202');
    await authorise.getByLabel('Fonction').fill('Préparateur');
    await authorise.getByLabel('Préparateur en pharmacie').check();
    await authorise.getByRole('button', { name: 'Habiliter cette personne' }).click();
    await expect.poll(() => authorise.getByRole('status').textContent()).toContain('(n° d’ordre 5)');

    // Step 1: the cut-off and the buyer.
    await openTab(page, 'Cession / cessation');
    await expect.poll(() => step(page).textContent()).toBe('1. Date d’arrêté et repreneur');
    await page.getByLabel(/^Repreneur.*nom et prénom/).fill(BUYER.name);
    await page.getByLabel(/^Repreneur.*RPPS ou Ordre/).fill(BUYER.orderNumber);
    await app.screenshot('cession-01-parties');
    await page.getByRole('button', { name: 'Continuer vers l’inventaire contradictoire' }).click();

    // Step 2: the contradictory inventory — 17 found where 18 are expected.
    await expect.poll(() => step(page).textContent()).toBe('2. Inventaire contradictoire');
    expect(plain(await page.locator('.wizard__facts').textContent())).toContain(
      `par ${SELLER} (cédant) en présence de ${BUYER.name} (n° ${BUYER.orderNumber}) (repreneur)`,
    );
    await page.getByLabel('Compté par').fill(`${SELLER}, ${BUYER.name}`);
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('17');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('textbox', { name: 'Motif de l’écart — Skenan LP — Stock disponible' }).fill('Gélule manquante, constatée avec le repreneur');
    await app.screenshot('cession-02-inventory');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect.poll(() => step(page).textContent()).toBe('3. Inventaire de cession (PDF)');

    // A restart: the wizard resumes at step 3, read from the register.
    const port = app.port;
    await app.close();
    app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, port });
    page = app.page;
    await openTab(page, 'Cession / cessation');
    await expect.poll(() => step(page).textContent()).toBe('3. Inventaire de cession (PDF)');
    expect(plain(await page.locator('.wizard__facts').textContent())).toBe(
      `Inventaire contradictoire n° 6 du ${shown(app.today())}, en présence de ${BUYER.name} (n° ${BUYER.orderNumber}).`,
    );
    await app.screenshot('cession-03-resumed');

    // Step 3: the transfer-inventory PDF, archived and recorded (n° 8).
    await page.getByRole('button', { name: 'Imprimer l’inventaire de cession' }).click();
    await expect.poll(() => wizardOutcome(page).textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 8)');
    await expect.poll(() => step(page).textContent()).toBe('4. Changement de titulaire');
    const transfer = await archived('inventaire-cession');
    const text = pdfText(transfer).replace(/\s+/g, ' ');
    expect(text).toContain('Inventaire contradictoire de cession');
    expect(text).toContain('Pharmacie du Marché');
    // Both parties side by side: the two names, then the two numbers.
    expect(text).toContain(
      `Cédant (titulaire jusqu’à la cession) Cessionnaire (repreneur) ${SELLER} ${BUYER.name} n° RPPS ou Ordre 10101234567 n° RPPS ou Ordre ${BUYER.orderNumber}`,
    );
    expect(text).toContain(`Date d’arrêté : ${shown(app.today())}`);
    expect(text).toContain('Skenan LP — gélule LP, 30 mg (gélule) Stock disponible 18 17 −1 Gélule manquante, constatée avec le repreneur Écart inscrit n° 7');
    expect(text).toMatch(/lot SK4521 \(péremption 12\/\d{4}\) 17 \(estimé\)/);
    expect(text).toMatch(/Registre arrêté au n° d’ordre 7, empreinte de tête \(SHA-256\) : [0-9a-f]{64}/);
    expect(text).toContain('Le cédant Le cessionnaire');
    expect(text.match(/Lu et approuvé, date et signature/g)).toHaveLength(2);
    expect(text).toContain('Tête de chaîne à l’édition : n° 7');
    picture(transfer, 'e2e-cession-transfer-inventory');

    // Step 4: the préparateur cannot hand the register over; the holder does.
    await validatedBy(page).selectOption({ label: 'Lucas Bernard — Préparateur' });
    const handOver = page.getByRole('form', { name: 'Changement de titulaire' });
    await handOver.getByRole('button', { name: 'Inscrire le changement de titulaire' }).click();
    await expect
      .poll(async () => plain(await handOver.getByRole('alert').textContent()))
      .toContain(`Seul le titulaire (${SELLER}) inscrit un changement de titulaire`);
    await app.screenshot('cession-04-refused-to-preparateur');
    await validatedBy(page).selectOption({ label: `${SELLER} — Titulaire` });
    await handOver.getByRole('button', { name: 'Inscrire le changement de titulaire' }).click();
    await expect
      .poll(async () => plain(await page.locator('.wizard').getByRole('status').first().textContent()))
      .toContain(`Registre cédé à ${BUYER.name} (n° ${BUYER.orderNumber}) le ${shown(app.today())} (changement de titulaire, n° d’ordre 9)`);
    await expect.poll(() => step(page).count()).toBe(0);

    // The buyer holds the register: the footer names them, "Validé par" offers them alone.
    await expect.poll(async () => plain(await page.locator('.footer').textContent())).toContain(`Titulaire : ${BUYER.name} (n° ${BUYER.orderNumber})`);
    expect(await validatedBy(page).locator('option').allInnerTexts()).toEqual([`${BUYER.name} — Titulaire`]);
    // The hand-over package (and its décharge) is offered right there.
    expect(await page.locator('.wizard').getByRole('button', { name: 'Préparer le dossier de reprise…' }).count()).toBe(1);
    await app.screenshot('cession-05-handed-over');

    // The buyer dispenses; the register line names them, the seller's lines keep her name.
    await dispense(page, 1, '2026-1102');
    await openTab(page, 'Registre');
    const register = page.getByRole('table', { name: /^Registre par produit/ });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(4);
    expect(await register.locator('tbody tr').nth(3).innerText()).toContain(SELLER);
    expect(await register.locator('tbody tr').nth(0).innerText()).toMatch(/^10\t.*Yann Le Floch/s);
    await app.screenshot('cession-06-buyer-dispenses');
  });

  it('closes the register for good after the final inventory, the destruction of the rest and the transmittal slip; then nothing can be recorded and printing still works', async () => {
    const { page } = app;
    const today = app.today();
    await openTab(page, 'Cession / cessation');
    await page.getByRole('radio', { name: 'Cesser définitivement l’activité' }).check();

    // Step 1: the final inventory (16 available), printed like any inventory.
    await expect.poll(() => step(page).textContent()).toBe('1. Inventaire final');
    await page.getByLabel('Compté par').fill(BUYER.name);
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('16');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect.poll(() => step(page).textContent(), { timeout: 30_000 }).toBe('2. Stock disponible en quarantaine');
    await expect.poll(() => page.locator('.wizard .inventory, .wizard__panel').count()).toBeGreaterThan(0);
    await app.screenshot('closure-01-final-inventory');

    // Step 2: all the dispensable stock into quarantine.
    await page.getByRole('button', { name: 'Mettre tout le stock disponible en quarantaine' }).click();
    await expect.poll(() => step(page).textContent()).toBe('3. Destruction du stock restant');

    // Step 3: every remaining quantity is chosen; the dossier, then its PV on the same day.
    const boxes = page.getByRole('table', { name: 'Stock en quarantaine' }).getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    await page.getByLabel('Date prévue de la destruction').fill(today);
    await page.getByLabel('Témoin : nom du confrère').fill('Dr Paul Giraud');
    await page.getByLabel('Témoin : n° RPPS ou Ordre').fill('10100000099');
    await page.getByLabel('Inspecteur destinataire (ARS, service et adresse)').fill('ARS Auvergne-Rhône-Alpes, 241 rue Garibaldi, 69003 Lyon');
    await app.screenshot('closure-02-destruction-chosen');
    await page.getByRole('button', { name: 'Ouvrir le dossier et imprimer l’avis' }).click();
    const dossier = `PV-${today.slice(0, 4)}-001`;
    const card = page.getByRole('article', { name: `Dossier ${dossier}` });
    await card.getByRole('button', { name: `Établir le procès-verbal ${dossier}` }).click({ timeout: 30_000 });
    await card
      .getByRole('form', { name: `Procès-verbal ${dossier}` })
      .getByLabel('Méthode de dénaturation')
      .fill('Dissolution puis incorporation à un gélifiant');
    await card.getByRole('button', { name: 'Valider le procès-verbal' }).click();
    await expect.poll(() => step(page).textContent(), { timeout: 30_000 }).toBe('4. Éditions finales');

    // Step 4: the final editions; step 5: the closure, with the ARS's address.
    await page.getByRole('button', { name: 'Produire les éditions finales' }).click();
    await expect.poll(() => step(page).textContent(), { timeout: 60_000 }).toBe('5. Cessation et clôture');
    const close = page.getByRole('form', { name: 'Cessation et clôture' });
    await close.getByLabel(/^Dépôt auprès de la ARS/).fill('ARS Auvergne-Rhône-Alpes, 241 rue Garibaldi, 69003 Lyon');
    expect(await close.getByRole('button', { name: 'Clore définitivement le registre' }).isDisabled()).toBe(true);
    await close.getByRole('checkbox').check();
    await app.screenshot('closure-03-close-form');
    await close.getByRole('button', { name: 'Clore définitivement le registre' }).click();
    await expect.poll(() => step(page).textContent()).toBe('6. Bordereau de transmission');
    await expect.poll(async () => plain(await page.locator('.closed-banner').textContent())).toContain(`Registre clos définitivement le ${shown(today)}`);

    // Step 6: the transmittal slip, read with pdftotext.
    await page.getByRole('button', { name: 'Imprimer le bordereau de transmission' }).click();
    await expect.poll(() => page.locator('.wizard__facts').last().textContent(), { timeout: 30_000 }).toContain('Bordereau archivé');
    await expect.poll(() => step(page).count()).toBe(0);
    expect(await page.locator('[data-slot="deposit-package-export"]').count()).toBe(1);
    await app.screenshot('closure-04-transmittal');
    const slip = await archived('bordereau-transmission');
    const slipText = pdfText(slip).replace(/\s+/g, ' ');
    expect(slipText).toContain('Bordereau de transmission du registre des stupéfiants');
    expect(slipText).toContain(
      'Déposant Destinataire Pharmacie du Marché Agence régionale de santé (ARS) 12 place de l’Église, 69001 Lyon ARS Auvergne-Rhône-Alpes, 241 rue Garibaldi, 69003 Lyon',
    );
    expect(slipText).toContain(`Pharmacien titulaire : ${BUYER.name} (n° RPPS ou Ordre ${BUYER.orderNumber})`);
    expect(slipText).toMatch(/Cessation définitive d’activité inscrite au registre le \d{2}\/\d{2}\/\d{4} sous le n° d’ordre \d+/);
    expect(slipText).toMatch(/\.journal\.jsonl, \d+ événements, empreinte de tête \(SHA-256\) : [0-9a-f]{64}/);
    expect(slipText).toContain('Inventaire de cession');
    expect(slipText).toContain('Procès-verbal de destruction');
    expect(slipText).toContain('Registre de tous les produits');
    expect(slipText).toContain('Reçu par l’ARS');
    picture(slip, 'e2e-closure-transmittal');

    // Read-only: the recording screens say why; a product cannot be added.
    await openTab(page, 'Entrées');
    expect(plain(await page.locator('.content').textContent())).toContain('Registre en lecture seule');
    await openTab(page, 'Produits');
    expect(await page.getByRole('button', { name: 'Ajouter le produit' }).isDisabled()).toBe(true);
    await app.screenshot('closure-05-read-only');

    // Printing still works: the journal of all products, archived and recorded.
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Imprimer tous les produits', exact: true }).click();
    await expect.poll(() => page.locator('.print-card').getByRole('status').textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre');
    await openTab(page, 'Intégrité');
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    await expect.poll(async () => plain(await page.getByLabel('Résultat de la vérification').textContent())).toContain('Registre intègre');
    await app.screenshot('closure-06-printing-still-works');
  });
});

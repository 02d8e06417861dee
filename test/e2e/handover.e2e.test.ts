// A cession from one machine to another (two browser profiles, two data folders). The
// seller goes through the Cession / cessation wizard — cut-off and buyer, contradictory
// inventory with one capsule missing, transfer-inventory PDF, change of holder — and
// writes the sealed hand-over package, its décharge and its passphrase's sheet from the
// wizard's last step. The buyer's fresh installation refuses a clear copy with one byte
// changed (naming the part), a truncated sealed one and a wrong passphrase, writing
// nothing, then takes over the intact package — same stock, same history, the
// editions archived with their hashes — onto the buyer's own reserve medium: the buyer
// holds the register and records under their own name; the seller's events keep theirs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionPartPath } from '../../shared/package/manifest';
import { verifyPackage } from '../../shared/package/verify';
import { entryDataRange, withByteChanged } from '../fixtures/package';
import { unsealedZip } from '../fixtures/sealed-package';
import type { Page } from 'playwright-core';
import { launchApp } from './harness/launch';
import { pdfText, plain, shown } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;
const SELLER = { name: 'Hélène Durand', orderNumber: '10101234567' };
const BUYER = { name: 'Marc Lefèvre', orderNumber: '30303030303' };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-handover-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const validatedBy = (page: Page) => page.getByRole('combobox', { name: 'Validé par' });
const step = (page: Page) => page.locator('.wizard-step[aria-current="step"] .wizard-step__name');

async function journalLinesIn(folder: string): Promise<string[]> {
  const [name] = (await readdir(folder)).filter((file) => file.endsWith('.journal.jsonl'));
  return (await readFile(join(folder, name ?? ''), 'utf8')).split('\n').filter(Boolean);
}

describe('hand-over package', () => {
  it('goes from the seller’s machine to the buyer’s, refused with one byte changed, taken over intact', async () => {
    const handoverFolder = join(workDir, 'usb-cession');
    const sellerReserve = join(workDir, 'seller-reserve');
    const buyerReserve = join(workDir, 'buyer-reserve');
    for (const folder of [handoverFolder, sellerReserve, buyerReserve]) await mkdir(folder);

    // ——— The seller ———
    const seller = await launchApp({
      profileDir: join(workDir, 'seller', 'profile'),
      dataFolder: join(workDir, 'seller', 'data'),
      reserveFolder: sellerReserve,
      saveFolder: handoverFolder,
    });
    const { page } = seller;
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-1101');
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Imprimer ce produit', exact: true }).click();
    await expect.poll(() => page.locator('.print-card').getByRole('status').textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 5)');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 5/5');

    // The yearly archive, on demand, in the Éditions tab.
    await openTab(page, 'Éditions');
    const year = seller.now().getFullYear();
    await page.getByRole('button', { name: `Archiver l’année ${year} maintenant` }).click();
    const archives = page.getByRole('table', { name: 'Archives annuelles' });
    await expect
      .poll(() => archives.locator('tbody tr').allInnerTexts(), { timeout: 20_000 })
      .toEqual([expect.stringMatching(new RegExp(`^${year}\\t${year}_archive-annuelle_.*\\tintègre\\tcopiée$`, 's'))]);
    await seller.screenshot('handover-01-yearly-archive');

    // The cession, on the seller's machine: the cut-off and the buyer.
    const today = seller.today();
    await openTab(page, 'Cession / cessation');
    await expect.poll(() => step(page).textContent()).toBe('1. Date d’arrêté et repreneur');
    await page.getByLabel(/^Repreneur.*nom et prénom/).fill(BUYER.name);
    await page.getByLabel(/^Repreneur.*RPPS ou Ordre/).fill(BUYER.orderNumber);
    await page.getByRole('button', { name: 'Continuer vers l’inventaire contradictoire' }).click();
    // The contradictory inventory, in the buyer's presence: 17 found where 18 are expected.
    await expect.poll(() => step(page).textContent()).toBe('2. Inventaire contradictoire');
    await page.getByLabel('Compté par').fill(`${SELLER.name}, ${BUYER.name}`);
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('17');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('textbox', { name: 'Motif de l’écart — Skenan LP — Stock disponible' }).fill('Gélule manquante, constatée avec le repreneur');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    // The transfer-inventory PDF (n° 8, after the inventory n° 6 and its variance n° 7).
    await expect.poll(() => step(page).textContent()).toBe('3. Inventaire de cession (PDF)');
    expect(plain(await page.locator('.wizard__facts').textContent())).toBe(
      `Inventaire contradictoire n° 6 du ${shown(today)}, en présence de ${BUYER.name} (n° ${BUYER.orderNumber}).`,
    );
    await page.getByRole('button', { name: 'Imprimer l’inventaire de cession' }).click();
    await expect.poll(() => page.locator('.wizard > .outcome').textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 8)');
    // The change of holder, recorded by the seller, the holder.
    await expect.poll(() => step(page).textContent()).toBe('4. Changement de titulaire');
    expect(await validatedBy(page).locator('option').allInnerTexts()).toEqual([`${SELLER.name} — Titulaire`]);
    await page.getByRole('form', { name: 'Changement de titulaire' }).getByRole('button', { name: 'Inscrire le changement de titulaire' }).click();
    const wizard = page.locator('.wizard');
    await expect
      .poll(async () => plain(await wizard.getByRole('status').first().textContent()))
      .toContain(`Registre cédé à ${BUYER.name} (n° ${BUYER.orderNumber}) le ${shown(today)} (changement de titulaire, n° d’ordre 9)`);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 9/9');
    await seller.screenshot('handover-02-handed-over');

    // The package, from the wizard's last step, once the holder has changed.
    await wizard.getByRole('button', { name: 'Préparer le dossier de reprise…' }).click();
    const exported = wizard.locator('.handover').getByRole('status');
    await expect.poll(() => exported.textContent(), { timeout: 20_000 }).toContain('Dossier de reprise écrit');
    await wizard.locator('.handover').scrollIntoViewIfNeeded();
    await seller.screenshot('handover-03-package-written');
    const fingerprint = (await wizard.locator('.handover .fingerprint').last().textContent()) ?? '';
    const passphrase = (await wizard.getByTestId('package-passphrase').textContent()) ?? '';
    expect(passphrase).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    // The passphrase's sheet goes to the system viewer too, to be printed and handed apart.
    await page.getByRole('button', { name: 'Ouvrir la fiche de la phrase de passe pour l’imprimer' }).click();
    await expect.poll(() => seller.opened.at(-1)).toMatch(/_phrase-de-passe\.pdf$/);
    // The décharge goes to the system viewer, to be printed and signed.
    await page.getByRole('button', { name: 'Ouvrir la décharge pour l’imprimer' }).click();
    await expect.poll(() => seller.opened.at(-1)).toMatch(/_decharge\.pdf$/);
    await openTab(page, 'Stock');
    const stockTable = page.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stockTable.innerText()).toMatch(/Skenan LP.*\t17\t17\t—\tgélule/);
    const stockOnSeller = await stockTable.innerText();
    await openTab(page, 'Registre');
    // The receipt, the seller's dispensation and the inventory's variance.
    await expect.poll(() => page.locator('table.register-table tbody tr').count()).toBe(3);
    // The tab shows the newest line first; read here in register order.
    const rowsOnSeller = (await page.locator('table.register-table tbody tr').allInnerTexts()).reverse();
    await seller.close();

    const written = (await readdir(handoverFolder)).sort();
    expect(written).toEqual([expect.stringMatching(/^dossier-reprise_.*\.zip\.age$/), expect.stringMatching(/^dossier-reprise_.*_decharge\.pdf$/)]);
    const packagePath = join(handoverFolder, written[0]!);
    const sealedBytes = await readFile(packagePath);
    const packageBytes = await unsealedZip(packagePath, passphrase);
    const verdict = verifyPackage(packageBytes);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.error));
    expect(verdict.value.fingerprint).toBe(fingerprint);
    expect(verdict.value.journal.lastSeq).toBe(9);
    // The register's edition (n° 5) and the transfer inventory (n° 8).
    expect(verdict.value.editions.map((carried) => carried.recordedBy)).toEqual([5, 8]);
    const [edition] = verdict.value.editions;
    const discharge = execFileSync('pdftotext', ['-layout', join(handoverFolder, written[1]!), '-']).toString();
    expect(discharge).toContain(fingerprint);
    // The décharge names both parties: the seller who hands over, the buyer who receives.
    const parties = pdfText(join(handoverFolder, written[1]!)).replace(/\s+/g, ' ');
    expect(parties).toContain('Le cédant, qui remet Le cessionnaire, qui reçoit et donne décharge');
    expect(parties).toContain(`${SELLER.name} ${BUYER.name} n° RPPS ou Ordre : ${SELLER.orderNumber} n° RPPS ou Ordre : ${BUYER.orderNumber}`);
    // A long file name wraps in its cell: read in the PDF's order, its characters follow each other.
    const raw = execFileSync('pdftotext', ['-raw', join(handoverFolder, written[1]!), '-'])
      .toString()
      .replace(/\s+/g, '');
    expect(raw).toContain(`editions/${edition?.fileName ?? '?'}`);
    expect(discharge).toContain(edition?.sha256 ?? '?');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      join(handoverFolder, written[1]!),
      join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'handover-decharge'),
    ]);

    // ——— The buyer, on a fresh installation ———
    const alteredPath = join(workDir, 'altere.zip');
    const editionRange = entryDataRange(packageBytes, editionPartPath(edition?.fileName ?? ''));
    await writeFile(alteredPath, withByteChanged(packageBytes, editionRange.start + 100));
    let offered = alteredPath;
    const buyerData = join(workDir, 'buyer', 'data');
    const buyer = await launchApp({
      profileDir: join(workDir, 'buyer', 'profile'),
      dataFolder: buyerData,
      reserveFolder: buyerReserve,
      packageFile: () => offered,
    });
    const screen = buyer.page;
    const takeOver = screen.getByRole('region', { name: 'Reprendre depuis un dossier de reprise (.zip.age)' });
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    await expect
      .poll(() => takeOver.getByRole('alert').textContent())
      .toContain(`la partie «\u202f${editionPartPath(edition?.fileName ?? '')}\u202f» a été modifiée`);
    await takeOver.scrollIntoViewIfNeeded();
    await buyer.screenshot('handover-04-altered-refused');
    expect(await screen.getByRole('heading', { name: 'Ouverture du registre' }).isVisible()).toBe(true);
    // Nothing written: no archive, no register in the buyer's data folder.
    expect(await readdir(buyerData).catch(() => [])).toEqual([]);

    // A truncated copy of the sealed file: refused once opened, nothing written.
    const truncatedPath = join(workDir, 'tronque.zip.age');
    await writeFile(truncatedPath, sealedBytes.subarray(0, sealedBytes.length - 40));
    offered = truncatedPath;
    const passphraseField = takeOver.getByLabel('Phrase de passe du dossier (imprimée sur la fiche remise avec la décharge)');
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    await passphraseField.fill(passphrase);
    await takeOver.getByRole('button', { name: 'Ouvrir le dossier chiffré' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain('le fichier chiffré est tronqué ou a été modifié');

    offered = packagePath;
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    // A wrong passphrase is refused in French; the file stays chosen for the next try.
    await passphraseField.fill('ABCDE-FGHJK-MNPQR-STVWX-YZ012');
    await takeOver.getByRole('button', { name: 'Ouvrir le dossier chiffré' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain('Cette phrase de passe n’ouvre pas ce dossier');
    await buyer.screenshot('handover-04b-wrong-passphrase');
    expect(await readdir(buyerData).catch(() => [])).toEqual([]);
    await passphraseField.fill(passphrase.toLowerCase());
    await takeOver.getByRole('button', { name: 'Ouvrir le dossier chiffré' }).click();
    await expect.poll(() => takeOver.getByRole('status').first().textContent()).toContain('Dossier vérifié\u202f: intègre.');
    await expect.poll(() => takeOver.textContent()).toContain(fingerprint);
    // The package already names the buyer as holder: the change of holder travels in it.
    expect(plain(await takeOver.textContent())).toContain(
      `Pharmacie du Marché — titulaire à la remise : ${BUYER.name} (n° ${BUYER.orderNumber}) — 9 inscriptions, 2 éditions.`,
    );
    await takeOver.getByRole('button', { name: 'Reprendre «\u202fPharmacie du Marché\u202f»' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain('Choisissez d’abord le dossier de votre copie de réserve');
    await takeOver.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await expect.poll(() => takeOver.textContent()).toContain(buyerReserve);
    await buyer.screenshot('handover-05-verified-reserve-chosen');
    await takeOver.getByRole('button', { name: 'Reprendre «\u202fPharmacie du Marché\u202f»' }).click();

    await expect.poll(() => screen.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await expect.poll(() => screen.getByRole('table', { name: 'Stock actuel' }).innerText()).toBe(stockOnSeller);
    await openTab(screen, 'Registre');
    await expect
      .poll(() =>
        screen
          .locator('table.register-table tbody tr')
          .allInnerTexts()
          .then((rows) => rows.reverse()),
      )
      .toEqual(rowsOnSeller);
    await expect.poll(() => reserveBanner(screen).textContent()).toContain('à jour, 9/9');
    // The editions are in the buyer's archive with the hash the register recorded.
    const registerId = verdict.value.manifest.registerId;
    expect(sha256(await readFile(join(buyerData, 'editions', registerId, edition?.fileName ?? '')))).toBe(edition?.sha256);
    await openTab(screen, 'Éditions');
    await expect.poll(() => screen.getByRole('table', { name: 'Éditions produites' }).innerText()).toContain(edition?.sha256.slice(0, 16) ?? '?');

    // The buyer holds the register: the footer names them; "Validé par" offers them as
    // holder, and not the seller, whose authority ended with the cession.
    await expect.poll(async () => plain(await screen.locator('.footer').textContent())).toContain(`Titulaire : ${BUYER.name} (n° ${BUYER.orderNumber})`);
    expect(await validatedBy(screen).locator('option').allInnerTexts()).toEqual([`${BUYER.name} — Titulaire`]);
    expect(await validatedBy(screen).inputValue()).toBe(BUYER.orderNumber);

    // The buyer records under their own name; the seller's history stays as it was sealed.
    await dispense(screen, 5, '2026-1102');
    await expect.poll(() => reserveBanner(screen).textContent()).toContain('à jour, 10/10');
    await openTab(screen, 'Stock');
    await expect.poll(() => screen.getByRole('table', { name: 'Stock actuel' }).innerText()).toMatch(/Skenan LP.*\t12\t12\t—\tgélule/);
    await openTab(screen, 'Registre');
    await expect.poll(() => screen.locator('table.register-table tbody tr').count()).toBe(4);
    const rowsOnBuyer = (await screen.locator('table.register-table tbody tr').allInnerTexts()).reverse();
    expect(rowsOnBuyer.slice(0, 3)).toEqual(rowsOnSeller);
    expect(rowsOnBuyer[0]).toContain(SELLER.name);
    expect(rowsOnBuyer[3]).toContain(BUYER.name);
    expect(rowsOnBuyer[3]).not.toContain(SELLER.name);
    await buyer.screenshot('handover-06-buyer-carries-on');
    await buyer.close();

    // Byte for byte, the buyer's reserve begins with the seller's journal: every past event
    // keeps its author (the seller, holder until the cession); then the buyer's dispensation.
    const sellerLines = await journalLinesIn(sellerReserve);
    const buyerLines = await journalLinesIn(buyerReserve);
    expect(sellerLines).toHaveLength(9);
    expect(buyerLines).toHaveLength(10);
    expect(buyerLines.slice(0, 9)).toEqual(sellerLines);
    const authors = buyerLines.map((line) => (JSON.parse(line) as { validatedBy: { name: string; orderNumber: string } }).validatedBy);
    expect(authors.slice(0, 9)).toEqual(Array.from({ length: 9 }, () => expect.objectContaining(SELLER)));
    expect(JSON.parse(sellerLines[8]!)).toMatchObject({ seq: 9, type: 'holder.changed', holder: BUYER, validatedBy: SELLER });
    expect(JSON.parse(buyerLines[9]!)).toMatchObject({ seq: 10, type: 'dispensation', validatedBy: BUYER });
  });
});

// A cession: the seller's machine writes the hand-over package and its décharge; the
// buyer's fresh installation refuses a copy with one byte changed, naming the part, then
// takes over the intact package — same stock, same history, the editions archived with
// their hashes — onto the buyer's own reserve medium, and records under the buyer's name.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionPartPath } from '../../shared/package/manifest';
import { verifyPackage } from '../../shared/package/verify';
import { entryDataRange, withByteChanged } from '../fixtures/package';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;
const BUYER = 'Marc Lefèvre — Pharmacien repreneur';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-handover-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

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
    const seller = await launchApp({ profileDir: join(workDir, 'seller', 'profile'), dataFolder: join(workDir, 'seller', 'data'), reserveFolder: sellerReserve, saveFolder: handoverFolder });
    const { page } = seller;
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-1101');
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Imprimer ce produit', exact: true }).click();
    await expect.poll(() => page.locator('.print-card').getByRole('status').textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 5)');
    // The buyer is authorised to validate before the hand-over (the change of holder is the cession wizard's).
    await openTab(page, 'Établissement');
    const authorize = page.getByRole('form', { name: 'Habiliter une personne à valider' });
    await authorize.getByLabel('Nom et prénom').fill('Marc Lefèvre');
    await authorize.getByLabel('N° RPPS ou n° Ordre').fill('30303030303');
    await authorize.getByLabel('Fonction').fill('Pharmacien repreneur');
    await authorize.getByRole('button', { name: 'Habiliter cette personne' }).click();
    await expect.poll(() => authorize.getByRole('status').textContent()).toContain('(n° d’ordre 6)');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 6/6');

    // The yearly archive, on demand, in the Éditions tab.
    await openTab(page, 'Éditions');
    const year = new Date().getFullYear();
    await page.getByRole('button', { name: `Archiver l’année ${year} maintenant` }).click();
    const archives = page.getByRole('table', { name: 'Archives annuelles' });
    await expect.poll(() => archives.locator('tbody tr').allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringMatching(new RegExp(`^${year}\\t${year}_archive-annuelle_.*\\tintègre\\tcopiée$`, 's'))]);
    await seller.screenshot('handover-01-yearly-archive');

    // The package, from the Établissement tab.
    await openTab(page, 'Établissement');
    await page.getByRole('button', { name: 'Préparer le dossier de reprise…' }).click();
    const exported = page.locator('.handover').getByRole('status');
    await expect.poll(() => exported.textContent(), { timeout: 20_000 }).toContain('Dossier de reprise écrit');
    await page.locator('.handover').scrollIntoViewIfNeeded();
    await seller.screenshot('handover-02-package-written');
    const fingerprint = (await page.locator('.handover .fingerprint').textContent()) ?? '';
    // The décharge goes to the system viewer, to be printed and signed.
    await page.getByRole('button', { name: 'Ouvrir la décharge pour l’imprimer' }).click();
    await expect.poll(() => seller.opened.at(-1)).toMatch(/_decharge\.pdf$/);
    await openTab(page, 'Stock');
    const stockTable = page.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stockTable.innerText()).toMatch(/Skenan LP.*\t18\t18\t—\tgélule/);
    const stockOnSeller = await stockTable.innerText();
    await openTab(page, 'Registre');
    await expect.poll(() => page.locator('table.register-table tbody tr').count()).toBe(2);
    const rowsOnSeller = await page.locator('table.register-table tbody tr').allInnerTexts();
    await seller.close();

    const written = (await readdir(handoverFolder)).sort();
    expect(written).toEqual([expect.stringMatching(/^dossier-reprise_.*\.zip$/), expect.stringMatching(/^dossier-reprise_.*_decharge\.pdf$/)]);
    const packagePath = join(handoverFolder, written[0]!);
    const packageBytes = await readFile(packagePath);
    const verdict = verifyPackage(packageBytes);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.error));
    expect(verdict.value.fingerprint).toBe(fingerprint);
    expect(verdict.value.journal.lastSeq).toBe(6);
    const [edition] = verdict.value.editions;
    expect(edition?.recordedBy).toBe(5);
    const discharge = execFileSync('pdftotext', ['-layout', join(handoverFolder, written[1]!), '-']).toString();
    expect(discharge).toContain(fingerprint);
    // A long file name wraps in its cell: read in the PDF's order, its characters follow each other.
    const raw = execFileSync('pdftotext', ['-raw', join(handoverFolder, written[1]!), '-']).toString().replace(/\s+/g, '');
    expect(raw).toContain(`editions/${edition?.fileName ?? '?'}`);
    expect(discharge).toContain(edition?.sha256 ?? '?');
    execFileSync('pdftoppm', ['-png', '-r', '60', join(handoverFolder, written[1]!), join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'handover-decharge')]);

    // ——— The buyer, on a fresh installation ———
    const alteredPath = join(workDir, 'altere.zip');
    const editionRange = entryDataRange(packageBytes, editionPartPath(edition?.fileName ?? ''));
    await writeFile(alteredPath, withByteChanged(packageBytes, editionRange.start + 100));
    let offered = alteredPath;
    const buyerData = join(workDir, 'buyer', 'data');
    const buyer = await launchApp({ profileDir: join(workDir, 'buyer', 'profile'), dataFolder: buyerData, reserveFolder: buyerReserve, packageFile: () => offered });
    const screen = buyer.page;
    const takeOver = screen.getByRole('region', { name: 'Reprendre depuis un dossier de reprise (.zip)' });
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain(`la partie «\u202f${editionPartPath(edition?.fileName ?? '')}\u202f» a été modifiée`);
    await takeOver.scrollIntoViewIfNeeded();
    await buyer.screenshot('handover-03-altered-refused');
    expect(await screen.getByRole('heading', { name: 'Ouverture du registre' }).isVisible()).toBe(true);
    // Nothing written: no archive, no register in the buyer's data folder.
    expect(await readdir(buyerData).catch(() => [])).toEqual([]);

    // A truncated copy too.
    await writeFile(alteredPath, packageBytes.subarray(0, packageBytes.length - 40));
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain('ce n’est pas une archive ZIP complète');

    offered = packagePath;
    await takeOver.getByRole('button', { name: 'Choisir le dossier de reprise…' }).click();
    await expect.poll(() => takeOver.getByRole('status').first().textContent()).toContain('Dossier vérifié\u202f: intègre.');
    await expect.poll(() => takeOver.textContent()).toContain(fingerprint);
    await takeOver.getByRole('button', { name: 'Reprendre «\u202fPharmacie du Marché\u202f»' }).click();
    await expect.poll(() => takeOver.getByRole('alert').textContent()).toContain('Choisissez d’abord le dossier de votre copie de réserve');
    await takeOver.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await expect.poll(() => takeOver.textContent()).toContain(buyerReserve);
    await buyer.screenshot('handover-04-verified-reserve-chosen');
    await takeOver.getByRole('button', { name: 'Reprendre «\u202fPharmacie du Marché\u202f»' }).click();

    await expect.poll(() => screen.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await expect.poll(() => screen.getByRole('table', { name: 'Stock actuel' }).innerText()).toBe(stockOnSeller);
    await openTab(screen, 'Registre');
    await expect.poll(() => screen.locator('table.register-table tbody tr').allInnerTexts()).toEqual(rowsOnSeller);
    await expect.poll(() => reserveBanner(screen).textContent()).toContain('à jour, 6/6');
    // The editions are in the buyer's archive with the hash the register recorded.
    const registerId = verdict.value.manifest.registerId;
    expect(sha256(await readFile(join(buyerData, 'editions', registerId, edition?.fileName ?? '')))).toBe(edition?.sha256);
    await openTab(screen, 'Éditions');
    await expect.poll(() => screen.getByRole('table', { name: 'Éditions produites' }).innerText()).toContain(edition?.sha256.slice(0, 16) ?? '?');

    // The buyer records under their own name; the seller's history stays as it was sealed.
    await screen.getByRole('combobox', { name: 'Validé par' }).selectOption({ label: BUYER });
    await dispense(screen, 5, '2026-1102');
    await expect.poll(() => reserveBanner(screen).textContent()).toContain('à jour, 7/7');
    await openTab(screen, 'Registre');
    await expect.poll(() => screen.locator('table.register-table tbody tr').count()).toBe(3);
    expect(await screen.locator('table.register-table tbody tr').last().innerText()).toContain('Marc Lefèvre');
    await buyer.screenshot('handover-05-buyer-carries-on');
    await buyer.close();

    const sellerLines = await journalLinesIn(sellerReserve);
    const buyerLines = await journalLinesIn(buyerReserve);
    expect(buyerLines.slice(0, 6)).toEqual(sellerLines);
    expect(JSON.parse(buyerLines[6]!)).toMatchObject({ seq: 7, type: 'dispensation', validatedBy: { name: 'Marc Lefèvre', orderNumber: '30303030303' } });
  });
});

// Printed editions through the real window: a product's register for the current month
// in two actions, archived on disk with the SHA-256 its event records, handed to the
// system viewer, readable with pdftotext; the Éditions tab reopens, refuses an altered
// file and saves a copy; a register taken over from March gets the monthly editions of
// March to October at its first run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../electron/cli/commands/import/import';
import type { EditionProduced, RegisterEvent } from '../../shared/register/events';
import { launchApp } from './harness/launch';
import { pdfText } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

type EditionEvent = Extract<RegisterEvent, EditionProduced>;

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-editions-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The one register's id: the archive keeps a folder per register. */
async function registerIdIn(dataFolder: string): Promise<string> {
  const [registerId] = await readdir(join(dataFolder, 'editions'));
  return registerId ?? '';
}

/** The edition events of the reserve journal (the same sealed events as the database). */
async function editionEvents(reserveFolder: string, registerId: string): Promise<EditionEvent[]> {
  const journal = await readFile(join(reserveFolder, `${registerId}.journal.jsonl`), 'utf8');
  return journal
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RegisterEvent)
    .filter((event): event is EditionEvent => event.type === 'edition.produced');
}

/** Page 1 at 60 dpi, beside the other pictures of the editions, to be looked at. */
function pictureOfFirstPage(path: string, name: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(PICTURES, name)]);
}

describe('editions', () => {
  it('prints a product for the current month in two actions, archives it with the SHA-256 the register records, and reopens it from the Éditions tab', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    const saveFolder = join(workDir, 'inspector-key');
    const dataFolder = join(workDir, 'data');
    await mkdir(reserveFolder);
    await mkdir(saveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, reserveFolder, saveFolder });
    const { page } = app;
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-1101');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    // Two actions: the Registre tab (Skenan is the product on screen, the period the current month), then print.
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Imprimer ce produit', exact: true }).click();
    const outcome = page.locator('.print-card').getByRole('status');
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre (n° d’ordre 5)');
    await app.screenshot('editions-01-register-printed');
    // Built in the editions worker, away from the window's thread.
    expect(page.workers().some((worker) => worker.url().includes('edition.worker'))).toBe(true);

    // The viewer was given the archived file, which the register names with its SHA-256.
    const registerId = await registerIdIn(dataFolder);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 5/5');
    const [printed] = await editionEvents(reserveFolder, registerId);
    const now = app.now();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    expect(printed).toMatchObject({ seq: 5, edition: 'product-register', productId: 'P2', from: `${month}-01` });
    expect(printed?.fileName).toMatch(new RegExp(`^${month}_registre_P2-skenan-lp_\\d{8}-\\d{4}\\.pdf$`));
    const archivedPath = join(dataFolder, 'editions', registerId, printed?.fileName ?? '');
    const bytes = await readFile(archivedPath);
    expect(sha256(bytes)).toBe(printed?.sha256);
    expect(bytes.length).toBe(printed?.size);
    expect(app.opened).toEqual([archivedPath]);
    // A copy is on the reserve medium too.
    expect(sha256(await readFile(join(reserveFolder, `${registerId}.editions`, printed?.fileName ?? '')))).toBe(printed?.sha256);

    // What the paper says: the establishment on every page, the product, the movements.
    const text = pdfText(archivedPath);
    expect(text).toContain('Pharmacie du Marché');
    expect(text).toContain('12 place de l’Église, 69001 Lyon');
    expect(text).toContain('Skenan LP — gélule LP, 30 mg');
    expect(text).toMatch(/Réception\s+OCP Répartition/);
    expect(text).toMatch(/Dispensation\s+Jean Martin \/ Dr Claire Petit\s+2026-1101\s+10\s+18/);
    expect(text).toContain('Tête de chaîne à l’édition : n° 4');
    pictureOfFirstPage(archivedPath, 'e2e-product-register');

    // All products and the ordonnancier of the same period, one click each.
    await page.getByRole('button', { name: 'Imprimer tous les produits', exact: true }).click();
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 6)');
    await page.getByRole('button', { name: 'Imprimer l’ordonnancier', exact: true }).click();
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 7)');
    expect(app.opened).toHaveLength(3);
    expect(pdfText(app.opened[2] ?? '')).toContain('Classement par patient');

    // The balance of the month under way, from the Soldes mensuels tab.
    await openTab(page, 'Soldes mensuels');
    await page.getByRole('button', { name: /^Imprimer la balance du mois en cours/ }).click();
    await expect.poll(() => page.getByRole('status').last().textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 8)');
    expect(pdfText(app.opened[3] ?? '')).toContain('Mois non clos');
    await app.screenshot('editions-02-balance-printed');

    // The integrity report, from the verdict of the last check, printed while the key is unplugged.
    await rename(reserveFolder, `${reserveFolder}-away`);
    await openTab(page, 'Intégrité');
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    // The report prints the check of the whole register, not the one at start (new entries only).
    await expect.poll(() => page.getByRole('button', { name: 'Vérifier l’intégrité' }).isEnabled()).toBe(true);
    await expect.poll(() => page.getByLabel('Résultat de la vérification').textContent()).toContain('Registre intègre\u202f: 8 mouvements vérifiés');
    await page.getByRole('button', { name: 'Imprimer le rapport d’intégrité' }).click();
    await expect.poll(() => page.getByLabel('Résultat de la vérification').getByRole('status').textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 9)');
    const integrity = pdfText(app.opened[4] ?? '');
    expect(integrity).toContain('Registre intègre');
    expect(integrity).toContain('copie de réserve');
    pictureOfFirstPage(app.opened[4] ?? '', 'e2e-integrity');
    await app.screenshot('editions-03-integrity-printed');
    const integrityName = basename(app.opened[4] ?? '');
    const integrityOnReserve = join(reserveFolder, `${registerId}.editions`, integrityName);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('inaccessible');
    // Plugged back: the register catches up, and so do the editions, without visiting the Éditions tab.
    await rename(`${reserveFolder}-away`, reserveFolder);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('à jour, 9/9');
    await expect
      .poll(
        () =>
          access(integrityOnReserve).then(
            () => true,
            () => false,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(sha256(await readFile(integrityOnReserve))).toBe(sha256(await readFile(app.opened[4] ?? '')));

    // The Éditions tab lists every edition, newest first, with the first 16 hex of its hash.
    await openTab(page, 'Éditions');
    const table = page.getByRole('table', { name: 'Éditions produites' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    const firstPrinted = table.locator('tbody tr').last();
    expect(await firstPrinted.innerText()).toContain(printed?.fileName ?? '');
    expect(await firstPrinted.innerText()).toContain(printed?.sha256.slice(0, 16) ?? '');
    expect(await firstPrinted.innerText()).toContain('Registre d’un produit');
    await expect.poll(() => page.getByText('Toutes les éditions archivées sont aussi sur le support de réserve').count()).toBe(1);
    expect(await firstPrinted.innerText()).toContain('sur la réserve');
    await app.screenshot('editions-04-list');

    // Reopened: checked against the recorded hash, then handed to the viewer.
    await page.getByRole('button', { name: `Ouvrir ${printed?.fileName}` }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('ouverte dans le lecteur de PDF');
    expect(app.opened.at(-1)).toBe(archivedPath);

    // Saved for the inspector: the same bytes where the person chose.
    await page.getByRole('button', { name: `Enregistrer ${printed?.fileName} sous…` }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('Copie enregistrée');
    expect(sha256(await readFile(join(saveFolder, printed?.fileName ?? '')))).toBe(printed?.sha256);

    // Altered on disk since: refused, in French, and not shown.
    await writeFile(archivedPath, Buffer.concat([bytes, Buffer.from('\n% ajout\n')]));
    const openedBefore = app.opened.length;
    await page.getByRole('button', { name: `Ouvrir ${printed?.fileName}` }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('a été modifiée depuis sa production');
    expect(app.opened).toHaveLength(openedBefore);
    await app.screenshot('editions-05-altered-refused');
    await app.close();
  });

  it('produces the monthly editions of March to October for a register taken over from March, at its first run', async () => {
    const reserveFolder = join(workDir, 'import-key');
    const dataFolder = join(workDir, 'import-data');
    await mkdir(reserveFolder);
    const io = { out: () => {}, err: (text: string) => console.error(text), today: '2026-11-23' };
    const csv = join(ROOT, 'test', 'fixtures', 'import', 'valide.csv');
    // Imported that morning: the journal's instants come before the window's first run.
    expect(await importCommand(csv, join(reserveFolder, 'REPRISE-2026.journal.jsonl'), io, new Date(2026, 10, 23, 9, 0))).toBe(0);

    // First run on 23 November 2026: March to October have ended, November has not.
    const app = await launchApp({ profileDir: join(workDir, 'import-profile'), dataFolder, reserveFolder, clock: new Date(2026, 10, 23, 10, 0) });
    const { page } = app;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Port');

    // Eight balances (March to October) and the register of the two products that moved in March.
    // The March closure is the first this register signs: its key (n° 8) is recorded just before it.
    await openTab(page, 'Éditions');
    const rows = page.getByRole('table', { name: 'Éditions produites' }).locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(10);
    await expect.poll(() => page.getByRole('status').count()).toBe(0);
    const listed = await rows.allInnerTexts();
    for (const month of ['03', '04', '05', '06', '07', '08', '09', '10']) {
      expect(listed.filter((row) => row.includes('Balance mensuelle\nédition de clôture') && row.includes(`\t${month}/2026\t`))).toHaveLength(1);
    }
    expect(listed.filter((row) => row.includes('Registre d’un produit\nédition de clôture') && row.includes('\t03/2026\t'))).toHaveLength(2);
    expect(listed.some((row) => row.includes('Morphine sulfate LP 10 mg'))).toBe(true);
    expect(listed.some((row) => row.includes('Méthadone sirop 5 mg/mL'))).toBe(true);
    await app.screenshot('editions-06-closure-editions');

    // Filtered: the registers of a product, then every edition covering June.
    const filters = page.getByRole('group', { name: 'Rechercher une édition' });
    await filters.getByRole('combobox', { name: 'Édition' }).selectOption({ label: 'Registre d’un produit' });
    await expect.poll(() => rows.count()).toBe(2);
    await filters.getByRole('combobox', { name: 'Produit' }).selectOption({ label: 'Méthadone sirop 5 mg/mL' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Méthadone sirop 5 mg/mL');
    await filters.getByRole('combobox', { name: 'Édition' }).selectOption({ label: 'Toutes' });
    await filters.getByRole('combobox', { name: 'Produit' }).selectOption({ label: 'Tous' });
    await filters.getByRole('combobox', { name: 'Mois couvert' }).selectOption({ label: '06/2026' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('\t06/2026\t');
    expect(await page.getByText('1 édition sur 10.').count()).toBe(1);
    await app.screenshot('editions-07-filtered');

    // Each archived, named by its month, recorded with its hash and its closure; none opened.
    const registerId = await registerIdIn(dataFolder);
    await expect.poll(async () => (await editionEvents(reserveFolder, registerId)).length).toBe(10);
    const events = await editionEvents(reserveFolder, registerId);
    expect(events.map((event) => [event.closureOf, event.edition, event.productId ?? ''])).toEqual([
      ['2026-03', 'month-balance', ''],
      ['2026-03', 'product-register', 'P2'],
      ['2026-03', 'product-register', 'P3'],
      ...['04', '05', '06', '07', '08', '09', '10'].map((month) => [`2026-${month}`, 'month-balance', '']),
    ]);
    for (const event of events) {
      const path = join(dataFolder, 'editions', registerId, event.fileName);
      expect(sha256(await readFile(path))).toBe(event.sha256);
      expect(event.fileName.startsWith(`${event.closureOf}_`)).toBe(true);
      expect(event.fileName).toContain('_cloture_');
      expect(await exists(join(reserveFolder, `${registerId}.editions`, event.fileName))).toBe(true);
    }
    expect(app.opened).toEqual([]);
    const march = events[0]?.fileName ?? '';
    const balance = pdfText(join(dataFolder, 'editions', registerId, march));
    expect(balance).toContain('Pharmacie du Port');
    expect(balance).toContain('Balance mensuelle des stupéfiants');
    expect(balance).toMatch(/Mois clos : ces chiffres sont ceux que la clôture a scellés au registre, événement n° 9/);
    pictureOfFirstPage(join(dataFolder, 'editions', registerId, march), 'e2e-closure-balance');

    // A closed month's balance printed again on demand: the sealed figures, not a closure edition.
    await openTab(page, 'Soldes mensuels');
    await page.getByRole('combobox', { name: 'Mois' }).selectOption('2026-03');
    await page.getByRole('button', { name: 'Imprimer la balance de 03/2026' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 27)');
    expect(app.opened).toHaveLength(1);
    expect(pdfText(app.opened[0] ?? '')).toContain('Mois clos');
    await expect.poll(async () => (await editionEvents(reserveFolder, registerId)).at(-1)?.seq).toBe(27);
    const reprinted = (await editionEvents(reserveFolder, registerId)).at(-1);
    expect(reprinted).toMatchObject({ edition: 'month-balance', from: '2026-03-01', to: '2026-03-31' });
    expect(reprinted).not.toHaveProperty('closureOf');
    await app.screenshot('editions-07-closed-month-printed');
    await app.close();
  });
});

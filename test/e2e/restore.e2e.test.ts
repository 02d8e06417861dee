// A replaced computer: the register is rebuilt from its reserve copy after the whole
// chain is checked, goes on from there, and an altered journal is refused.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../electron/cli/import';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-restore-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function machine(name: string, reserveFolder: string, clock?: Date) {
  return launchApp({ profileDir: join(workDir, name, 'profile'), dataFolder: join(workDir, name, 'data'), reserveFolder, ...(clock ? { clock } : {}) });
}

describe('restore from the reserve copy', () => {
  it('rebuilds the register on a new machine, carries on, and refuses an altered journal', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    await mkdir(reserveFolder);

    const old = await machine('old-pc', reserveFolder);
    await openRegister(old.page);
    await old.page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await addSkenan(old.page);
    await receiveBoxes(old.page, 2);
    await dispense(old.page, 10, '2026-0800');
    await expect.poll(() => reserveBanner(old.page).textContent()).toContain('à jour, 4/4');
    await openTab(old.page, 'Registre');
    const oldRows = old.page.locator('table.register-table tbody tr');
    await expect.poll(() => oldRows.count()).toBe(2);
    const rowsOnOldPc = await oldRows.allInnerTexts();
    await old.close();

    const fresh = await machine('new-pc', reserveFolder);
    const { page } = fresh;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await expect.poll(() => page.locator('.journals').textContent()).toContain('Pharmacie du Marché — 4 mouvement(s)');
    await fresh.screenshot('restore-01-journal-found');
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Marché\u202f»' }).click();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText()).toMatch(/Skenan LP.*\t18\t18\t—\tgélule/);
    await openTab(page, 'Registre');
    await expect.poll(() => page.locator('table.register-table tbody tr').allInnerTexts()).toEqual(rowsOnOldPc);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    // The new machine carries on in the same chain, and the reserve follows.
    await dispense(page, 5, '2026-0801');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 5/5');
    await fresh.screenshot('restore-02-carried-on');
    await fresh.close();

    // The journal is altered: a third machine refuses to restore it, and writes nothing.
    const [journalName] = (await readdir(reserveFolder)).filter((name) => name.endsWith('.journal.jsonl'));
    const journalPath = join(reserveFolder, journalName ?? '');
    await writeFile(journalPath, (await readFile(journalPath, 'utf8')).replace('"quantity":28000', '"quantity":280000'));
    const third = await machine('third-pc', reserveFolder);
    await third.page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await third.page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Marché\u202f»' }).click();
    await expect.poll(() => third.page.getByRole('alert').textContent()).toContain('la ligne 3 (n° d’ordre 3) est altérée');
    expect(await third.page.getByRole('heading', { name: 'Ouverture du registre' }).isVisible()).toBe(true);
    await third.screenshot('restore-03-altered-refused');
    await third.close();
  });

  it('opens a register taken over from a CSV file through the command line', async () => {
    const reserveFolder = join(workDir, 'import-key');
    await mkdir(reserveFolder);
    const io = { out: () => {}, err: (text: string) => console.error(text), today: '2026-11-23' };
    const csv = join(import.meta.dirname, '..', 'fixtures', 'import', 'valide.csv');
    expect(await importCommand(csv, join(reserveFolder, 'REPRISE-2026.journal.jsonl'), io)).toBe(0);

    // First run on 23 November 2026: March to October have ended, November has not.
    const app = await machine('import-pc', reserveFolder, new Date(2026, 10, 23, 10, 0));
    const { page } = app;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await expect.poll(() => page.locator('.journals').textContent()).toContain('Pharmacie du Port — 7 mouvement(s)');
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    const stock = page.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stock.innerText()).toMatch(/Morphine sulfate LP 10 mg.*\t16\t16\t—\tgélule/);
    expect(await stock.innerText()).toMatch(/Méthadone sirop 5 mg\/mL.*\t988\t988\t—\tmL/);
    await app.screenshot('restore-04-imported-register');

    // Opened in March and first run in November: March to October close at once, in order.
    await openTab(page, 'Soldes mensuels');
    const month = page.getByRole('combobox', { name: 'Mois' });
    await expect.poll(() => month.locator('option').allInnerTexts()).toEqual(['03/2026', '04/2026', '05/2026', '06/2026', '07/2026', '08/2026', '09/2026', '10/2026']);
    await month.selectOption('2026-03');
    const march = page.getByRole('table', { name: 'Solde mensuel 03/2026' });
    expect(await march.locator('tbody tr').allInnerTexts()).toEqual([
      'Morphine sulfate LP 10 mg\t0\t28\nRéception 28\n\t12\nDispensation 12\n\t16\t—',
      'Méthadone sirop 5 mg/mL\t0\t1\u202f000,5\nRéception 1\u202f000,5\n\t12,5\nDispensation 12,5\n\t988\t—',
    ]);
    expect(await page.getByText(/Clôture n° d’ordre 8, couvrant le registre jusqu’au n° 7/).count()).toBe(1);
    await app.screenshot('restore-05-monthly-balance');
    await month.selectOption('2026-10');
    await expect.poll(() => page.getByRole('table', { name: 'Solde mensuel 10/2026' }).locator('tbody tr').first().innerText()).toBe('Morphine sulfate LP 10 mg\t16\t0\t0\t16\t—');
    await app.close();
  });
});

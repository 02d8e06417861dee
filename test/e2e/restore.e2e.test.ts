// A replaced computer: the register is rebuilt from its reserve copy after the whole
// chain is checked, goes on from there, and an altered journal is refused. A restore of
// several pages is one act: the register opens only once it is whole, and a window
// closed mid-way finds the restore to resume at the next launch.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../electron/cli/commands/import/import';
import { serializeLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { longJournal } from '../fixtures/long-journal';
import { launchApp } from './harness/launch';
import { formatInteger } from '../../shared/french';
import { iso, plain } from './reading';
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
    await expect.poll(() => page.locator('.journals').textContent()).toContain('Pharmacie du Marché — 4 mouvements');
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
    // Imported that morning: the journal's instants come before the window's first run.
    expect(await importCommand(csv, join(reserveFolder, 'REPRISE-2026.journal.jsonl'), io, new Date(2026, 10, 23, 9, 0))).toBe(0);

    // First run on 23 November 2026: March to October have ended, November has not.
    const app = await machine('import-pc', reserveFolder, new Date(2026, 10, 23, 10, 0));
    const { page } = app;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await expect.poll(() => page.locator('.journals').textContent()).toContain('Pharmacie du Port — 7 mouvements');
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    const stock = page.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stock.innerText()).toMatch(/Morphine sulfate LP 10 mg.*\t16\t16\t—\tgélule/);
    expect(await stock.innerText()).toMatch(/Méthadone sirop 5 mg\/mL.*\t988\t988\t—\tmL/);
    await app.screenshot('restore-04-imported-register');

    // Opened in March and first run in November: March to October close at once, in order.
    await openTab(page, 'Soldes mensuels');
    const month = page.getByRole('combobox', { name: 'Mois' });
    await expect
      .poll(() => month.locator('option').allInnerTexts(), { timeout: 30_000 })
      .toEqual(['03/2026', '04/2026', '05/2026', '06/2026', '07/2026', '08/2026', '09/2026', '10/2026']);
    await month.selectOption('2026-03');
    const march = page.getByRole('table', { name: 'Solde mensuel 03/2026' });
    expect(await march.locator('tbody tr').allInnerTexts()).toEqual([
      'Morphine sulfate LP 10 mg\t0\t28\nRéception 28\n\t12\nDispensation 12\n\t16\t—',
      'Méthadone sirop 5 mg/mL\t0\t1\u202f000,5\nRéception 1\u202f000,5\n\t12,5\nDispensation 12,5\n\t988\t—',
    ]);
    // The first closure this register signs: its key, n° 8, recorded just before it.
    expect(await page.getByText(/Clôture n° d’ordre 9, couvrant le registre jusqu’au n° 8/).count()).toBe(1);
    await app.screenshot('restore-05-monthly-balance');
    await month.selectOption('2026-10');
    await expect
      .poll(() => page.getByRole('table', { name: 'Solde mensuel 10/2026' }).locator('tbody tr').first().innerText())
      .toBe('Morphine sulfate LP 10 mg\t16\t0\t0\t16\t—');
    await app.close();
  });
});

/** What IndexedDB holds, read with the raw API (order number, type and hash of each event). */
function storedEvents(page: Page): Promise<Pick<RegisterEvent, 'seq' | 'type' | 'hash'>[]> {
  return page.evaluate(
    () =>
      new Promise<Pick<RegisterEvent, 'seq' | 'type' | 'hash'>[]>((resolve, reject) => {
        const opening = indexedDB.open('registre-stupefiants');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const read = opening.result.transaction('events').objectStore('events').getAll();
          read.onsuccess = () => {
            opening.result.close();
            resolve((read.result as RegisterEvent[]).map(({ seq, type, hash }) => ({ seq, type, hash })));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

describe('a restore of several pages is one act', () => {
  // Four ended months of movements: three pages of 1 000 to import.
  const MONTHS = 4;
  /** The day of the restores: the four months before it have ended. */
  const TODAY = new Date(2026, 10, 23, 10, 0);
  const journal = longJournal(2_400, MONTHS, iso(TODAY));
  const head = journal.at(-1);
  const total = journal.length;

  /** A key of its own for each test: once open, the register appends its closures to it. */
  async function keyHolding(name: string): Promise<string> {
    const folder = join(workDir, name);
    await mkdir(folder);
    await writeFile(join(folder, 'REG-2026-001.journal.jsonl'), journal.map(serializeLine).join(''));
    return folder;
  }

  /** The journal, event for event, then only what the opened register appended itself: its closures, their editions and the key that signs them. */
  async function expectJournalThenClosures(page: Page) {
    const stored = await storedEvents(page);
    expect(stored.slice(0, total).map((event) => event.hash)).toEqual(journal.map((event) => event.hash));
    expect(stored[total - 1]?.hash).toBe(head?.hash);
    const itsOwn = new Set(['month.closed', 'edition.produced', 'signingKey.recorded']);
    expect(stored.slice(total).filter((event) => !itsOwn.has(event.type))).toEqual([]);
  }

  it('keeps the restore screen, with its progress, until the last event is in; nothing else writes meanwhile', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let pages = 0;
    const reserveFolder = await keyHolding('long-key');
    const app = await launchApp({
      profileDir: join(workDir, 'long', 'profile'),
      dataFolder: join(workDir, 'long', 'data'),
      reserveFolder,
      clock: TODAY,
      // The third page waits until the test has looked at the window between two pages
      // (after two, the rate of the restore gives an estimate of the time left).
      holdRequest: (channel) => (channel === 'reserve:readEvents' && ++pages === 3 ? released : undefined),
    });
    const { page } = app;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await expect
      .poll(async () => plain(await page.locator('.journals').textContent()))
      .toContain(`Pharmacie du Port — ${plain(formatInteger(total))} mouvements`);
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();

    // Between the second page and the third: the set-up screen, its bar, no register.
    await expect
      .poll(async () => plain(await page.getByRole('status').textContent()), { timeout: 30_000 })
      .toMatch(/^2 000 \/ 2 402 mouvements importés — (Moins d’une minute restante|Environ \d+ min restantes)$/);
    expect(await page.getByRole('progressbar', { name: 'Avancement de la restauration' }).getAttribute('value')).toBe('2000');
    expect(await page.getByRole('heading', { name: 'Restauration du registre en cours' }).isVisible()).toBe(true);
    expect(await page.locator('.topbar').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    const midway = await storedEvents(page);
    expect(midway).toHaveLength(2_000);
    expect(midway.filter((event) => event.type === 'month.closed' || event.type === 'edition.produced')).toEqual([]);
    await app.screenshot('restore-06-in-progress');

    release();
    await expect.poll(() => page.locator('.topbar').textContent(), { timeout: 30_000 }).toContain('Pharmacie du Port');
    await expectJournalThenClosures(page);
    // Once whole, the register closes its ended months itself, after the journal's last event.
    await expect.poll(async () => (await storedEvents(page)).filter((event) => event.type === 'month.closed').length, { timeout: 60_000 }).toBe(MONTHS);
    await expectJournalThenClosures(page);

    // The start-up check ran on the whole register: intact, and no red banner anywhere.
    await openTab(page, 'Intégrité');
    await expect
      .poll(async () => plain(await page.getByLabel('Résultat de la vérification').textContent()), { timeout: 30_000 })
      .toMatch(/Registre intègre : \d[\d ]* mouvements vérifiés/);
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot('restore-07-whole-register');
    await app.close();
  });

  it('resumes at the next launch a restore whose window was closed between two pages', async () => {
    const profileDir = join(workDir, 'killed', 'profile');
    const dataFolder = join(workDir, 'killed', 'data');
    let pages = 0;
    const reserveFolder = await keyHolding('killed-key');
    const first = await launchApp({
      profileDir,
      dataFolder,
      reserveFolder,
      clock: TODAY,
      // The second page never comes: the window is killed while it waits for it.
      holdRequest: (channel) => (channel === 'reserve:readEvents' && ++pages === 2 ? new Promise<void>(() => {}) : undefined),
    });
    await first.page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await first.page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    await expect
      .poll(async () => plain(await first.page.getByRole('status').textContent()), { timeout: 30_000 })
      .toContain('1 000 / 2 402 mouvements importés');
    const port = first.port;
    await first.kill();

    const again = await launchApp({ profileDir, dataFolder, reserveFolder, port, clock: TODAY });
    const { page } = again;
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).first().textContent()), { timeout: 10_000 })
      .toBe('Restauration interrompue');
    expect(plain(await page.locator('.setup').textContent())).toContain(
      'La restauration du registre « Pharmacie du Port » s’est arrêtée après le n° d’ordre 1 000 sur 2 402.',
    );
    // Neither the register nor the opening of a new one: only the restore to finish.
    expect(await page.locator('.topbar').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ouverture du registre' }).count()).toBe(0);
    expect(await storedEvents(page)).toHaveLength(1_000);
    await again.screenshot('restore-08-interrupted');

    await page.getByRole('button', { name: 'Reprendre la restauration' }).click();
    await expect.poll(() => page.locator('.topbar').textContent(), { timeout: 30_000 }).toContain('Pharmacie du Port');
    await expectJournalThenClosures(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await again.close();
  });
});

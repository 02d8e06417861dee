// A large register checked whole in a worker: intact, it is reported whole; altered well
// before the verified head, the entry is not read by the check at start (only what was
// added since), but by the whole check, which comes back on its weekly schedule without
// holding the stock back.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '../../shared/french';
import { launchApp } from './harness/launch';
import { longJournal } from './long-register';
import { alterStoredEvent, openTab } from './steps';

const EVENTS = 5_000;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-integrity-large-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The day the register is opened and checked: no month ends in between. */
const OPENED = new Date(2026, 10, 23, 10, 0);

describe('integrity check of a large register', () => {
  it('checks it whole in a worker, never before the stock, and names an entry altered long before the verified head', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    await mkdir(reserveFolder);
    await writeFile(join(reserveFolder, 'REG-2026-001.journal.jsonl'), longJournal(EVENTS, OPENED));
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), reserveFolder, clock: OPENED });
    const { page, context } = app;
    // A worker ends once its check is done: note every one that starts.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const wholeChecksStarted = () => workers.filter((url) => url.includes('whole-check.worker')).length;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText(), { timeout: 30_000 }).toContain('5\u202f003');

    await openTab(page, 'Intégrité');
    const before = wholeChecksStarted();
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    // The start-up check's verdict may already be on the tab: wait for this check's worker,
    // then for this check to end, before reading the verdict.
    await expect.poll(() => wholeChecksStarted(), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.getByRole('button', { name: 'Vérifier l’intégrité' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    const result = page.getByLabel('Résultat de la vérification');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain(`Registre intègre\u202f: ${formatInteger(EVENTS)} mouvements vérifiés`);

    // Order number 4 500 is rewritten through the raw IndexedDB API, bypassing Dexie. The
    // check at start reads only what was added since the verified head (n° 5 000): nothing.
    await alterStoredEvent(page, 4_500, { quantity: 2_000 });
    await page.reload();
    await openTab(page, 'Intégrité');
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toContain('Registre intègre depuis la dernière vérification\u202f: 0 mouvement ajouté après le n° d’ordre 5\u202f000 vérifié');
    expect(await page.getByRole('alert').count()).toBe(0);

    // A week later the whole check is due at start: its worker is held back, and the stock
    // is on screen all the same; once it runs, n° 4 500 is named.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/*whole-check.worker*', async (route) => {
      await held;
      await route.continue();
    });
    await app.setClock(new Date(OPENED.getTime() + 8 * 24 * 60 * 60 * 1000));
    const beforeWeek = wholeChecksStarted();
    await page.reload();
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText(), { timeout: 30_000 }).toContain('5\u202f003');
    await openTab(page, 'Intégrité');
    await expect.poll(() => page.getByRole('button', { name: 'Vérification…' }).isDisabled(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    release();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toContain('le n° d’ordre 4500 a été modifié après sa validation');
    expect(wholeChecksStarted()).toBeGreaterThan(beforeWeek);
    await app.screenshot('integrity-03-large-altered');
    await app.close();
  });
});

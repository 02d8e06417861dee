// A register large enough for the start-up check to split the chain between the window
// and a worker: intact, it is reported whole; altered high up, in the worker's half, the
// entry is named all the same.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLine } from '../../shared/journal/line';
import { localDay } from '../../shared/register/dates';
import type { RegisterEvent } from '../../shared/register/events';
import { prepareEvent, type ChainHead } from '../../shared/register/prepare';
import type { DraftContext } from '../../shared/register/validate';
import { dispensationDraft, emptyContext, on, openedContext, openingDraft, productDraft, receiptDraft, stock, units } from '../fixtures/drafts';
import { accepted } from '../fixtures/result';
import { launchApp } from './harness/launch';
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

/** Opened that day, a product, 10 000 received, then one dispensation of 1 after another. */
function largeRegister(): RegisterEvent[] {
  const today = localDay(OPENED);
  const drafts = [
    openingDraft(),
    productDraft(),
    receiptDraft({ quantity: units(10_000) }),
    ...Array.from({ length: EVENTS - 3 }, (_, index) => dispensationDraft({ quantity: units(1), ordonnancierNumber: `2026-${index + 1}` })),
  ].map((draft) => on(today, draft));
  const events: RegisterEvent[] = [];
  let head: ChainHead | null = null;
  for (const draft of drafts) {
    const context: DraftContext = head ? openedContext({ today, register: { kind: 'officine', openedOn: today }, stock: stock(10_000) }) : emptyContext({ today });
    const event: RegisterEvent = accepted(prepareEvent(draft, context, { head, recordedAt: OPENED }));
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  return events;
}

describe('integrity check of a large register', () => {
  it('checks it on two threads, and still names an entry altered in the worker’s half', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    await mkdir(reserveFolder);
    await writeFile(join(reserveFolder, 'REG-2026-001.journal.jsonl'), largeRegister().map(serializeLine).join(''));
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), reserveFolder, clock: OPENED });
    const { page } = app;
    // A worker ends once its half is checked: note every one that starts.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const chainWorkersStarted = () => workers.filter((url) => url.includes('chain-check.worker')).length;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText(), { timeout: 30_000 }).toContain('5\u202f003');

    await openTab(page, 'Intégrité');
    const before = chainWorkersStarted();
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    // The start-up check's verdict is already on the tab: wait for this check's worker,
    // then for this check to end, before reading the verdict.
    await expect.poll(() => chainWorkersStarted(), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.getByRole('button', { name: 'Vérifier l’intégrité' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    const result = page.getByLabel('Résultat de la vérification');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain(`Registre intègre\u202f: ${EVENTS} mouvement(s) vérifié(s)`);

    // Order number 4 500 is rewritten through the raw IndexedDB API, bypassing Dexie.
    await alterStoredEvent(page, 4_500, { quantity: 2_000 });
    const beforeReload = chainWorkersStarted();
    await page.reload();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 }).toContain('le n° d’ordre 4500 a été modifié après sa validation');
    expect(chainWorkersStarted()).toBeGreaterThan(beforeReload);
    await app.screenshot('integrity-03-large-altered');
    await app.close();
  });
});

// The offline verifier page (dist/verificateur.html), opened from disk in Chromium with
// the network cut: it asks for nothing from anywhere, and gives the application's
// verdicts on a journal, a tampered journal, a package, and a newer format it refuses.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLine } from '../../shared/journal/line';
import { MANIFEST_PATH } from '../../shared/package/manifest';
import { eventsWithEdition, handoverPackage, rezip } from '../fixtures/package';
import { TEST_SCRYPT_WORK_FACTOR } from '../fixtures/sealed-package';
import { sealPackage } from '../../shared/package/sealed-package';
import { CHROMIUM, CHROMIUM_ARGS } from './harness/launch';
import { longJournal } from './long-register';

const PASSPHRASE = 'K7Q2M-9XW4D-HT3PA-CR8VN-5BYE1';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE_URL = pathToFileURL(join(ROOT, 'dist', 'verificateur.html')).href;
const SCREENSHOTS = join(ROOT, 'test-results', 'screens');

const events = eventsWithEdition();
const journalText = events.map(serializeLine).join('');

let workDir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the page made, whatever its scheme. */
const requests: string[] = [];

async function writeFixture(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(workDir, name);
  await writeFile(path, bytes);
  return path;
}

/** Opens a file with the page's own picker and waits for its verdict. */
async function verify(path: string): Promise<string> {
  await page.locator('#file').setInputFiles(path);
  await page.waitForFunction(() => ['intact', 'refused', 'failed'].includes(document.body.dataset.state ?? ''));
  return page.getByTestId('verdict').innerText();
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-verificateur-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  context = await browser.newContext({ locale: 'fr-FR', offline: true });
  // Anything that tried the network would be cut here, and counted below.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(PAGE_URL);
});

afterAll(async () => {
  await browser?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('the offline verifier page', () => {
  it('verifies a journal, shows its register, chain head and stock, and makes no request', async () => {
    const verdict = await verify(await writeFixture('REG-2026-001.journal.jsonl', journalText));
    expect(verdict).toContain('Journal intègre');
    const head = events.at(-1)!;
    // The short fingerprint the register's printed pages carry.
    expect(await page.getByTestId('head').innerText()).toBe(`n° ${head.seq}, empreinte ${head.hash.slice(0, 16)}`);
    const register = await page.getByTestId('register').innerText();
    expect(register).toContain('REG-2026-001');
    expect(register).toContain('Claire Martin');
    const stock = await page.getByTestId('stock').innerText();
    // 30 received, 12 dispensed.
    expect(stock).toMatch(/Morphine sulfate LP 10 mg.*\t18\t18\t0\t/);
    await screenshot('verificateur-journal-integre');
    await page.emulateMedia({ media: 'print' });
    await screenshot('verificateur-impression');
    await page.emulateMedia({ media: 'screen' });

    // The stock on an earlier day: before any movement, the product has none.
    expect(await page.getByTestId('stock-day').innerText()).toBe('10/03/2026');
    // Typed the French way whatever the browser's language; a day the calendar lacks is said, the stock kept.
    expect(await page.locator('#stock-day').inputValue()).toBe('10/03/2026');
    await page.locator('#stock-day').fill('31/02/2026');
    await expect.poll(() => page.locator('#stock-day-reason').innerText()).toContain('février 2026 compte 28 jours');
    expect(await page.getByTestId('stock-day').innerText()).toBe('10/03/2026');
    await page.locator('#stock-day').fill('01/03/2026');
    // Answered by the worker that keeps the register's movements: drawn a moment later.
    await expect.poll(() => page.getByTestId('stock-day').innerText()).toBe('01/03/2026');
    await expect.poll(() => page.getByTestId('stock').innerText()).toContain('Aucun produit défini au 01/03/2026');
    await page.locator('#stock-day').fill('10/03/2026');
    await expect.poll(() => page.getByTestId('stock').innerText()).toMatch(/Morphine sulfate LP 10 mg.*\t18\t18\t0\t/);

    // The page itself, and the worker it starts from its own inline code: nothing from any network.
    expect(requests.filter((url) => url !== PAGE_URL && !url.startsWith('blob:'))).toEqual([]);
    expect(requests[0]).toBe(PAGE_URL);
  });

  it('names the first altered order number of a tampered journal', async () => {
    const tampered = journalText.replace('"quantity":12000', '"quantity":2000');
    expect(tampered).not.toBe(journalText);
    const verdict = await verify(await writeFixture('altere.journal.jsonl', tampered));
    expect(verdict).toContain('Journal refusé');
    expect(verdict).toContain('Ligne 4 (n° d’ordre 4)');
    expect(verdict).toContain('l’empreinte ne correspond pas au contenu');
    expect(await page.getByTestId('fault').innerText()).toContain('n° d’ordre 4, ligne 4');
    expect(await page.locator('[data-testid=stock]').count()).toBe(0);
    await screenshot('verificateur-journal-altere');
  });

  it('verifies a journal of over a megabyte on two workers, and names a fault in either part', async () => {
    // Cut in two from 1 MiB: one worker checks the first part while the other takes it in and checks the rest.
    const lines = longJournal(2_600, new Date('2026-03-10T09:30:00Z')).split('\n');
    expect(lines.join('\n').length).toBeGreaterThan(1 << 20);
    let started = 0;
    const count = () => (started += 1);
    page.on('worker', count);
    const verdict = await verify(await writeFixture('REG-LONG.journal.jsonl', lines.join('\n')));
    page.off('worker', count);
    expect(verdict).toContain('Journal intègre');
    expect(started).toBe(2);
    // Numbers are grouped by a narrow no-break space: compared with plain spaces.
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(await page.getByTestId('head').innerText())).toMatch(/^n° 2 600, empreinte /);
    // The opening's establishment renamed: the worker that only takes the first part in cannot fold it, and must not fail for it.
    for (const [line, seq, from, to] of [
      [10, '10', '"quantity":1000', '"quantity":2000'],
      [2_500, '2500', '"quantity":1000', '"quantity":2000'],
      [1, '1', '"establishment":', '"etablissement":'],
    ] as const) {
      const tampered = lines.map((text, index) => (index === line - 1 ? text.replace(from, to) : text));
      expect(tampered[line - 1]).not.toBe(lines[line - 1]);
      const refused = spaced(await verify(await writeFixture(`altere-${line}.journal.jsonl`, tampered.join('\n'))));
      expect(refused).toContain(`Ligne ${seq} (n° d’ordre ${seq})`);
      expect(refused).toContain('l’empreinte ne correspond pas au contenu');
    }
  });

  it('verifies a hand-over package dropped on the page, with its fingerprint', async () => {
    const built = handoverPackage(events);
    // Dropped, not picked: the file arrives through a drop event as the browser gives it.
    const zip = [...built.zip];
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dossier-reprise_REG-2026-001.zip', { type: 'application/zip' }));
      return transfer;
    }, zip);
    await page.locator('#drop').dispatchEvent('drop', { dataTransfer });
    await page.waitForFunction(() => ['intact', 'refused', 'failed'].includes(document.body.dataset.state ?? ''));
    expect(await page.getByTestId('verdict').innerText()).toContain('Dossier intègre');
    expect((await page.getByTestId('fingerprint').innerText()).replaceAll(' ', '')).toBe(built.fingerprint);
    expect(await page.getByTestId('package').innerText()).toContain('2026-03_registre_P2-morphine_20260310-0930.pdf');
    await screenshot('verificateur-dossier-integre');
  });

  it('asks the passphrase of a sealed package, refuses a wrong one in French, and verifies it with the right one', async () => {
    const built = handoverPackage(events);
    const sealed = await writeFixture('dossier-reprise_REG-2026-001.zip.age', await sealPackage(built.zip, PASSPHRASE, TEST_SCRYPT_WORK_FACTOR));
    const ask = async (typed: string) => {
      await page.locator('#file').setInputFiles(sealed);
      await page.waitForFunction(() => document.body.dataset.state === 'passphrase');
      expect(await page.getByRole('form', { name: 'Phrase de passe du dossier' }).innerText()).toContain('est un dossier chiffré');
      await page.locator('#passphrase').fill(typed);
      await page.getByRole('button', { name: 'Ouvrir et vérifier' }).click();
      await page.waitForFunction(() => ['intact', 'refused', 'failed'].includes(document.body.dataset.state ?? ''));
      return page.getByTestId('verdict').innerText();
    };
    expect(await ask('ABCDE-FGHJK-MNPQR-STVWX-YZ012')).toContain('Cette phrase de passe n’ouvre pas ce dossier');
    await screenshot('verificateur-dossier-chiffre-phrase-erronee');
    expect(await ask(PASSPHRASE)).toContain('Dossier intègre');
    expect((await page.getByTestId('fingerprint').innerText()).replaceAll(' ', '')).toBe(built.fingerprint);
  });

  it('refuses a journal and a package of a newer format with a clear French message', async () => {
    const newerJournal = journalText.replace('"format":1', '"format":4');
    const journalVerdict = await verify(await writeFixture('futur.journal.jsonl', newerJournal));
    expect(journalVerdict).toContain('Journal refusé');
    expect(journalVerdict).toContain('écrit au format 4, plus récent que le format 3 que cette version sait lire');
    await screenshot('verificateur-format-plus-recent');

    const entries = unzipSync(handoverPackage(events).zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as Record<string, unknown>;
    const newerPackage = rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, format: 2 })) });
    const packageVerdict = await verify(await writeFixture('futur.zip', newerPackage));
    expect(packageVerdict).toContain('Dossier refusé');
    expect(packageVerdict).toContain('manifest.json\u202f» est écrit au format 2, plus récent que le format 1');
    expect(requests.filter((url) => url !== PAGE_URL && !url.startsWith('blob:'))).toEqual([]);
  });
});

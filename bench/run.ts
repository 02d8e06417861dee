// npm run bench: the performance budget of architecture §7, measured, never asserted.
// Prints a table and writes bench/results.json. Sizes can be lowered for a quick look:
// BENCH_EVENTS (default 100 000), BENCH_APPENDS (1 000), BENCH_JOURNAL (1 000 000).
// BENCH_REPEAT (3): the chain verification and its parts are timed as the best of as many runs.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as vite } from 'vite';
import { chromium } from 'playwright-core';
import { createHandlers } from '../electron/ipc/handlers';
import type { RegisterEvent } from '../shared/register/events';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/harness/launch';
import { serveRenderer } from '../test/e2e/harness/static-server';
import { editionBench } from './node/edition-rows';
import { cliVerifyBench, cliVerifyRows } from './node/cli-verify';
import { writeJournal } from './node/write-journal';

const ROOT = join(import.meta.dirname, '..');
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 1_000);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const JOURNAL = Number(process.env.BENCH_JOURNAL ?? 1_000_000);
const PRODUCTS = 50;

interface Row {
  measure: string;
  value: number;
  unit: string;
  target: string;
}

async function browserBench(workDir: string) {
  const pageDir = join(workDir, 'page');
  await mkdir(pageDir, { recursive: true });
  // Built by Vite as the window is, so that the chain-check worker is built, loaded and
  // run as in the application (new Worker(new URL(…, import.meta.url))).
  await vite({
    configFile: false,
    root: join(ROOT, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: pageDir, emptyOutDir: true, target: 'chrome130', modulePreload: { polyfill: false } },
  });
  const server = await serveRenderer(pageDir);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  // The reserve copy is written by the real main-process handler, on a real folder.
  const reserveFolder = join(workDir, 'reserve');
  await mkdir(reserveFolder);
  const handlers = createHandlers({ version: 'bench', shell: 'harness', dataFolder: join(workDir, 'data'), chooseFolder: async () => reserveFolder });
  await handlers['reserve:chooseFolder'](null);
  await context.exposeBinding('benchReserveAppend', (_source, events: RegisterEvent[]) => handlers['reserve:append']({ registerId: 'BENCH', events }));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/index.html`);
    return await page.evaluate(
      (options) => (window as unknown as { registreBench: (o: typeof options) => Promise<Record<string, number>> }).registreBench(options),
      { events: EVENTS, products: PRODUCTS, appends: APPENDS, repeat: REPEAT },
    );
  } finally {
    await context.close();
    await server.close();
  }
}

function nodeVerify(journalPath: string): { ms: number; maxRssMB: number; events: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/node/verify-journal.ts'), journalPath], { encoding: 'utf8', cwd: ROOT });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { ms: number; maxRssMB: number; events: number };
}

const workDir = await mkdtemp(join(tmpdir(), 'registre-bench-'));
try {
  console.log(`Chromium : registre de ${EVENTS} mouvements, ${APPENDS} validations successives…`);
  const browser = await browserBench(workDir);
  console.log(`Node : journal de ${JOURNAL} lignes…`);
  const journalPath = join(workDir, 'bench.journal.jsonl');
  await writeJournal(journalPath, JOURNAL);
  const verify = nodeVerify(journalPath);
  console.log('Node : éditions PDF…');
  const editions = editionBench(ROOT);

  const rows: Row[] = [
    { measure: `validation d’un mouvement (p50), registre de ${EVENTS}`, value: browser.appendP50Ms ?? NaN, unit: 'ms', target: '' },
    { measure: `validation d’un mouvement (p95), registre de ${EVENTS}`, value: browser.appendP95Ms ?? NaN, unit: 'ms', target: '< 30 ms' },
    { measure: '  dont IndexedDB seul (p95)', value: browser.databaseOnlyP95Ms ?? NaN, unit: 'ms', target: '' },
    { measure: `restauration d’un journal de ${browser.restoreSmallEvents ?? NaN} mouvements`, value: browser.restoreSmallPerSecond ?? NaN, unit: 'mvt/s', target: '' },
    { measure: `restauration d’un journal de ${EVENTS} mouvements`, value: browser.restoreFullPerSecond ?? NaN, unit: 'mvt/s', target: 'même débit (linéaire)' },
    { measure: `premier affichage du stock, ${PRODUCTS} produits`, value: browser.stockFirstDisplayMs ?? NaN, unit: 'ms', target: '< 1 000 ms' },
    { measure: `vérification de la chaîne (IndexedDB, 2 fils), meilleure de ${REPEAT}`, value: browser.verifyMBps ?? NaN, unit: 'Mo/s', target: '' },
    { measure: '  la même dans la fenêtre seule (repli sans worker)', value: browser.verifyInWindowMBps ?? NaN, unit: 'Mo/s', target: '' },
    { measure: '  lecture IndexedDB seule, mêmes pages', value: browser.readMBps ?? NaN, unit: 'Mo/s', target: '' },
    { measure: '  JSON canonique RFC 8785 seul', value: browser.canonicalMBps ?? NaN, unit: 'Mo/s', target: '' },
    { measure: 'SHA-256 brut des mêmes octets', value: browser.rawSha256MBps ?? NaN, unit: 'Mo/s', target: '' },
    { measure: 'rapport vérification / SHA-256 brut', value: browser.verifyToRawRatio ?? NaN, unit: '', target: '≥ 0,5' },
    { measure: '  même rapport, fenêtre seule', value: browser.verifyInWindowToRawRatio ?? NaN, unit: '', target: '' },
    { measure: `verify d’un journal de ${verify.events} lignes (Node)`, value: verify.ms / 1000, unit: 's', target: '' },
    { measure: 'mémoire maximale de verify', value: verify.maxRssMB, unit: 'Mo', target: '' },
    ...editions.rows,
    ...cliVerifyRows(await cliVerifyBench(ROOT, journalPath, JOURNAL)),
  ];
  const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  console.table(rows.map((row) => ({ mesure: row.measure, valeur: `${format.format(row.value)} ${row.unit}`.trim(), cible: row.target })));
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), sizes: { events: EVENTS, appends: APPENDS, journal: JOURNAL, products: PRODUCTS, repeat: REPEAT }, browser, nodeVerify: verify, editions: editions.measures }, null, 2)}\n`);
  console.log('Résultats écrits dans bench/results.json');
} finally {
  await rm(workDir, { recursive: true, force: true });
}

// npm run bench: the performance budget, measured, never asserted. Prints a table beside
// the previous run's figures (bench/results.json, rewritten at each run) with each target
// met or not, and writes the run to bench/results.json.
// Sizes can be changed for a quick look: BENCH_SIZES (registers, default 100000,1000000),
// BENCH_RECORDS (validations timed one after the other, 200), BENCH_WRITES (receipts
// recorded while the Stock tab is shown, 3), BENCH_JOURNAL (journal verified by the
// command line, 1 000 000), BENCH_CLI_ROUNDS (rounds of the command line's runs on it,
// each figure its median run's, 3), BENCH_COUNTERS (counters validating at once on the shared
// register, 4) and BENCH_NETWORK_SECONDS (how long they do, 10). The registers are built
// once and kept under bench/.cache.
// BENCH_SECTIONS runs only the sections it names, comma-separated, among window (the
// registers in Chromium), journal (verify by Node and by the command line), editions,
// network (PostgreSQL), page (verificateur.html on the same journal, bench/node/verifier-page.ts),
// day (a scripted day at the counter, bench/node/day-bench.ts) and
// list (one product's register of BENCH_LIST_LINES lines, bench/node/long-list-bench.ts):
// `BENCH_SECTIONS=day npm run bench`. Rows of the sections not run keep their previous
// figures in bench/results.json.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build as vite } from 'vite';
import { cliVerifyBench, cliVerifyRows, type CliVerifyFigures } from './node/cli-verify';
import { editionBench } from './node/edition-rows';
import { dayBench, type DayFigures } from './node/day-bench';
import { dayRows } from './node/day-rows';
import { longListBench, longListRows, type LongListFigures } from './node/long-list-bench';
import { verifierPageBench, verifierPageRows, type VerifierPageFigures } from './node/verifier-page';
import { networkLoadBench, type NetworkLoadFigures } from './node/network-load';
import { windowBench, type WindowMeasures } from './node/window-bench';
import { writeJournal } from './node/write-journal';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, 'bench', '.cache');
const RESULTS = join(ROOT, 'bench', 'results.json');
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 200);
const WRITES = Number(process.env.BENCH_WRITES ?? 3);
const JOURNAL = Number(process.env.BENCH_JOURNAL ?? 1_000_000);
const PRODUCTS = 50;
const COUNTERS = Number(process.env.BENCH_COUNTERS ?? 4);
const NETWORK_SECONDS = Number(process.env.BENCH_NETWORK_SECONDS ?? 10);
const SECTIONS = ['window', 'journal', 'page', 'editions', 'network', 'day', 'list'] as const;
/** One product's lines in the register's virtualised table (BENCH_LIST_LINES, 100 000). */
const LIST_EVENTS = Number(process.env.BENCH_LIST_LINES ?? 100_000) + 2;
type Section = (typeof SECTIONS)[number];
const chosen = (process.env.BENCH_SECTIONS ?? SECTIONS.join(',')).split(',').map((name) => name.trim());
for (const name of chosen)
  if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`BENCH_SECTIONS : section inconnue « ${name} » (${SECTIONS.join(', ')})`);
const runs = (section: Section) => chosen.includes(section);

interface Row {
  measure: string;
  value: number;
  unit: string;
  target: string;
  /** Whether the target is met; absent when the row has none. */
  met?: boolean;
  /** What finds the same row in the previous run (the register's size with the measure). */
  key?: string;
  /** The section that measured it (BENCH_SECTIONS). */
  section?: Section;
}

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** The built window (dist/renderer), as the e2e tests open it. */
function buildWindow(): string {
  log('construction de la fenêtre (scripts/build.mjs)…');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('construction de la fenêtre en échec');
  return join(ROOT, 'dist', 'renderer');
}

/** The built window, and the bench page built beside it (same origin, same IndexedDB). */
async function buildSite(): Promise<string> {
  buildWindow();
  log('construction de la page du banc…');
  const site = join(CACHE, 'site');
  await rm(site, { recursive: true, force: true });
  await cp(join(ROOT, 'dist', 'renderer'), site, { recursive: true });
  await vite({
    configFile: false,
    root: join(ROOT, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(site, 'bench'), emptyOutDir: true, target: 'chrome130', modulePreload: { polyfill: false } },
  });
  return site;
}

async function cachedJournal(count: number): Promise<string> {
  const path = join(CACHE, `journal-${count}-${PRODUCTS}.jsonl`);
  const present = await stat(path).then(
    () => true,
    () => false,
  );
  if (!present) {
    log(`écriture d’un journal de ${count} lignes (gardé dans bench/.cache)…`);
    await writeJournal(`${path}.partial`, count, PRODUCTS);
    await cp(`${path}.partial`, path);
    await rm(`${path}.partial`);
  }
  return path;
}

function nodeVerify(journalPath: string): { ms: number; maxRssMB: number; events: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/node/verify-journal.ts'), journalPath], { encoding: 'utf8', cwd: ROOT });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { ms: number; maxRssMB: number; events: number };
}

const below = (value: number, limit: number) => Number.isFinite(value) && value < limit;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor(sorted.length / 2)] ?? NaN);
}

/** Events per second of a check, and of reading the same events plus hashing them with WebCrypto. */
function checkRows(label: string, check: WindowMeasures['whole'], speedTarget: boolean): Row[] {
  const checkRate = check.events / (check.checkMs / 1000);
  const floorRate = check.events / ((check.readMs + check.hashMs) / 1000);
  const ratio = checkRate / floorRate;
  // Keyed by the check, not by the wording: the two checks share their sub-rows' words,
  // and the first row's names counts that change from run to run.
  const rows: Row[] = [
    { measure: `${label} (${check.events} mvts, ${check.ranIn.join('+') || 'fenêtre'})`, value: check.checkMs / 1000, unit: 's', target: '' },
    { measure: '  débit de la vérification', value: checkRate, unit: 'mvt/s', target: '' },
    { measure: '  lecture IndexedDB + SHA-256 WebCrypto des mêmes', value: floorRate, unit: 'mvt/s', target: '' },
    { measure: '    dont lecture IndexedDB seule', value: check.bytes / 1e6 / (check.readMs / 1000), unit: 'Mo/s', target: '' },
    speedTarget
      ? { measure: '  rapport vérification / (lecture + SHA-256)', value: ratio, unit: '', target: '≥ 0,5', met: Number.isFinite(ratio) && ratio >= 0.5 }
      : { measure: '  rapport vérification / (lecture + SHA-256)', value: ratio, unit: '', target: '' },
  ];
  const keys = ['durée', 'débit', 'plancher', 'lecture', 'rapport'];
  return rows.map((row, index) => ({ ...row, key: `${label} ${keys[index]}` }));
}

function windowRows(size: WindowMeasures, flatWith?: WindowMeasures): Row[] {
  const n = size.events;
  const rows: Row[] = [
    { measure: `— registre de ${n} mouvements, ${PRODUCTS} produits —`, value: NaN, unit: '', target: '' },
    ...(size.buildMs === undefined
      ? []
      : [{ measure: '  construction du registre (import par pages), ce run', value: size.buildMs / 1000, unit: 's', target: '' }]),
    { measure: 'ouverture jusqu’à l’onglet Stock (stock et lots)', value: size.openMs, unit: 'ms', target: '< 1 000 ms', met: below(size.openMs, 1_000) },
    { measure: '  dont stock des produits affiché', value: size.stockMs, unit: 'ms', target: '' },
    { measure: '  dont lots proches de la péremption affichés', value: size.lotsMs, unit: 'ms', target: '' },
    {
      measure: 'plus longue tâche de la fenêtre à l’ouverture',
      value: size.openLongestTaskMs,
      unit: 'ms',
      target: '≤ 100 ms',
      met: size.openLongestTaskMs <= 100 && Number.isFinite(size.openMs),
    },
    {
      measure: `rafraîchissement de l’onglet Stock après une inscription (médiane de ${size.refreshMs.length})`,
      value: median(size.refreshMs),
      unit: 'ms',
      target: '< 50 ms',
      met: below(median(size.refreshMs), 50),
    },
    { measure: '  le plus lent', value: Math.max(...size.refreshMs), unit: 'ms', target: '' },
    {
      measure: 'plus longue tâche de la fenêtre après une inscription',
      value: size.writeLongestTaskMs,
      unit: 'ms',
      target: '≤ 100 ms',
      met: size.writeLongestTaskMs <= 100 && size.refreshMs.every(Number.isFinite),
    },
    { measure: `validation d’un mouvement par record (p50 de ${RECORDS})`, value: size.recordP50Ms, unit: 'ms', target: '' },
    {
      measure: `validation d’un mouvement par record (p95 de ${RECORDS})`,
      value: size.recordP95Ms,
      unit: 'ms',
      target: '< 30 ms',
      met: below(size.recordP95Ms, 30),
    },
    { measure: 'mémoire de la fenêtre après l’ouverture (tas JS)', value: size.heapAfterOpenMB, unit: 'Mo', target: flatWith ? 'plate' : '' },
    { measure: 'mémoire de la fenêtre après les inscriptions (tas JS)', value: size.heapAfterWritesMB, unit: 'Mo', target: flatWith ? 'plate' : '' },
    // The speed target is the whole chain's, checked in a worker. The check at start reads
    // only what was added since the verified head (a few hundred events here): its ratio
    // measures fixed costs, not speed, and what it must show is that no screen waits for it
    // (the longest tasks above).
    ...checkRows('vérification au démarrage (ajouts depuis la tête vérifiée)', size.since, false),
    ...checkRows('vérification entière', size.whole, true),
  ];
  if (flatWith) {
    // Flat: the larger register's window holds no more than a quarter again of the smaller's.
    const growth = size.heapAfterWritesMB / flatWith.heapAfterWritesMB;
    rows.push({
      measure: `  mémoire ${n} / ${flatWith.events} mouvements`,
      value: growth,
      unit: '×',
      target: '≤ 1,25',
      met: Number.isFinite(growth) && growth <= 1.25,
    });
  }
  for (const row of rows) row.key = `${n} ${row.key ?? row.measure}`;
  if (size.restore) {
    rows.push(
      {
        measure: `restauration d’un journal de ${size.restore.smallEvents} mouvements`,
        value: size.restore.smallEvents / (size.restore.smallMs / 1000),
        unit: 'mvt/s',
        target: '',
      },
      {
        measure: `restauration d’un journal de ${size.restore.fullEvents} mouvements`,
        value: size.restore.fullEvents / (size.restore.fullMs / 1000),
        unit: 'mvt/s',
        target: 'même débit (linéaire)',
      },
    );
  }
  return rows;
}

/** The shared register on PostgreSQL, N counters validating at once (bench/node/network-load.ts). */
function networkRows(load: NetworkLoadFigures): Row[] {
  const rows: Row[] = [
    { measure: `— registre partagé (PostgreSQL), ${load.counters} postes en même temps pendant ${load.seconds} s —`, value: NaN, unit: '', target: '' },
    { measure: 'validations par seconde, tous postes ensemble', value: load.perSecond, unit: 'validations/s', target: '' },
    { measure: '  validations faites pendant la mesure', value: load.validations, unit: '', target: '' },
    { measure: '  dont refusées « stock insuffisant »', value: load.refused, unit: '', target: '' },
    { measure: 'latence d’une validation vue du poste (p50)', value: load.p50Ms, unit: 'ms', target: '' },
    { measure: 'latence d’une validation vue du poste (p95)', value: load.p95Ms, unit: 'ms', target: '' },
    { measure: '  la plus lente', value: load.maxMs, unit: 'ms', target: '' },
  ];
  const keys = ['titre', 'débit', 'faites', 'refusées', 'p50', 'p95', 'max'];
  return rows.map((row, index) => ({ ...row, key: `réseau ${load.counters} postes ${keys[index]}` }));
}

interface Results {
  measuredAt: string;
  durationS: number;
  /** The sections this run measured; the others' figures are the previous run's. */
  sections: Section[];
  sizes: { registers: number[]; records: number; writes: number; journal: number; products: number; counters: number; networkSeconds: number };
  rows: Row[];
  window: WindowMeasures[];
  nodeVerify: { ms: number; maxRssMB: number; events: number };
  cli: CliVerifyFigures;
  verifierPage: VerifierPageFigures;
  editions: unknown;
  network: NetworkLoadFigures;
  day: DayFigures;
  list: LongListFigures;
}

const previous = await readFile(RESULTS, 'utf8').then(
  (text) => JSON.parse(text) as Partial<Results>,
  () => null,
);
await mkdir(CACHE, { recursive: true });
const measuredNow: Partial<Results> = {};
const rows: Row[] = [];
const tagged = (section: Section, sectionRows: Row[]) => rows.push(...sectionRows.map((row) => ({ ...row, section })));
if (runs('window')) {
  const site = await buildSite();
  const measured: WindowMeasures[] = [];
  for (const [index, events] of SIZES.entries()) {
    log(`Chromium : registre de ${events} mouvements…`);
    measured.push(await windowBench(site, { events, products: PRODUCTS }, { records: RECORDS, writes: WRITES, restore: index === 0 }, log));
  }
  measuredNow.window = measured;
  tagged(
    'window',
    measured.flatMap((size, index) => windowRows(size, index > 0 ? measured[0] : undefined)),
  );
}
if (runs('journal')) {
  log(`Node : journal de ${JOURNAL} lignes…`);
  const journalPath = await cachedJournal(JOURNAL);
  const verify = nodeVerify(journalPath);
  log('Node : verify du programme construit, contre la référence…');
  const cliVerify = await cliVerifyBench(ROOT, journalPath, JOURNAL);
  measuredNow.nodeVerify = verify;
  measuredNow.cli = cliVerify;
  tagged('journal', [
    { measure: '— ligne de commande et éditions —', value: NaN, unit: '', target: '' },
    { measure: `verify d’un journal de ${verify.events} lignes (Node)`, value: verify.ms / 1000, unit: 's', target: '' },
    { measure: 'mémoire maximale de verify', value: verify.maxRssMB, unit: 'Mo', target: '' },
    ...cliVerifyRows(cliVerify),
  ]);
}
if (runs('page')) {
  log(`Chromium : verificateur.html sur le journal de ${JOURNAL} lignes…`);
  const verifierPage = await verifierPageBench(ROOT, await cachedJournal(JOURNAL));
  measuredNow.verifierPage = verifierPage;
  tagged('page', [{ measure: '— vérificateur hors ligne —', value: NaN, unit: '', target: '' }, ...verifierPageRows(JOURNAL, verifierPage)]);
}
if (runs('editions')) {
  log('Node : éditions PDF…');
  const editions = editionBench(ROOT);
  measuredNow.editions = editions.measures;
  tagged('editions', editions.rows);
}
if (runs('network')) {
  log(`PostgreSQL : ${COUNTERS} postes valident en même temps pendant ${NETWORK_SECONDS} s…`);
  const network = await networkLoadBench(COUNTERS, NETWORK_SECONDS);
  measuredNow.network = network;
  tagged('network', networkRows(network));
}
if (runs('day')) {
  // The window alone is enough: the day is typed into it, the bench page is not used.
  const site = runs('window') ? join(CACHE, 'site') : buildWindow();
  log('Chromium : une journée au comptoir…');
  const day = await dayBench(site, log);
  measuredNow.day = day;
  tagged('day', dayRows(day));
}
if (runs('list')) {
  const site = runs('window') ? join(CACHE, 'site') : runs('day') ? join(ROOT, 'dist', 'renderer') : buildWindow();
  log(`Chromium : un registre de ${LIST_EVENTS - 2} lignes d’un produit…`);
  const list = await longListBench(site, LIST_EVENTS, log);
  measuredNow.list = list;
  tagged('list', longListRows(list));
}

const before = new Map((previous?.rows ?? []).map((row) => [row.key ?? row.measure, row.value]));
const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const shown = (value: number | undefined, unit: string) =>
  value === undefined || value === null || Number.isNaN(value) ? '—' : `${format.format(value)} ${unit}`.trim();
console.table(
  rows.map((row) => ({
    mesure: row.measure,
    valeur: shown(row.value, row.unit),
    précédente: shown(before.get(row.key ?? row.measure), row.unit),
    cible: row.target,
    atteinte: row.met === undefined ? '' : row.met ? '✓' : '✗',
  })),
);
if (previous?.measuredAt) console.log(`Colonne « précédente » : mesures du ${previous.measuredAt}.`);
// The sections not run keep their last figures; rows written before sections existed are
// the window's, journal's, editions' or network's, kept when only the day or the list ran.
const keptRows = (previous?.rows ?? []).filter((row) =>
  row.section ? !chosen.includes(row.section) : chosen.every((name) => name === 'day' || name === 'list'),
);
const results = {
  ...previous,
  ...measuredNow,
  measuredAt: new Date().toISOString(),
  durationS: (Date.now() - started) / 1000,
  sections: chosen as Section[],
  sizes: { registers: SIZES, records: RECORDS, writes: WRITES, journal: JOURNAL, products: PRODUCTS, counters: COUNTERS, networkSeconds: NETWORK_SECONDS },
  rows: [...rows, ...keptRows],
} satisfies Partial<Results>;
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
log('Résultats écrits dans bench/results.json');

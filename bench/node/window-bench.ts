// The window's measures on one register size: the built application opened in Chromium
// on a profile holding the register (built once by the bench page, then kept under
// bench/.cache and copied for each run, since a run writes into it), as the e2e tests
// open it (test/e2e/harness), with the bench page served beside it on the same origin.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, type RunningApp } from '../../test/e2e/harness/launch';
import { registerDrafts, type RegisterShape } from '../page/register-generator';
import { countOf } from '../../shared/format/plural';
import { observersScript, type WindowObservations } from './observers';
import { benchArchives } from './bench-archives';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'bench', '.cache');
/** What the built register depends on: a change to any of them builds it again. */
const BUILD_INPUTS = [
  'bench/page/register-generator.ts',
  'bench/page/bench-page.ts',
  'renderer/db/database.ts',
  'renderer/db/import-events.ts',
  'renderer/db/state-row.ts',
  'renderer/db/verified-head.ts',
  'shared/register/evolve.ts',
  'shared/register/register-state.ts',
  'shared/register/state-record.ts',
  'shared/register/seal.ts',
];
/** Waiting for the Stock tab is bounded: before the lots are kept in the state, a million events takes minutes. */
const OPEN_TIMEOUT_MS = Number(process.env.BENCH_OPEN_TIMEOUT_MS ?? 180_000);
const REFRESH_TIMEOUT_MS = Number(process.env.BENCH_REFRESH_TIMEOUT_MS ?? 60_000);

type Bench = {
  build(shape: RegisterShape): Promise<{ buildMs: number; wholeCheckMs: number; head: number }>;
  records(options: { count: number; products: number; from: number }): Promise<number[]>;
  recordOne(options: { productId: string; serial: number }): Promise<{ committedAt: number; lot: string; ms: number }>;
  integrity(options: {
    scope: 'whole' | 'since';
    after: number;
  }): Promise<{ checkMs: number; events: number; scope: string; ranIn: string[]; readMs: number; hashMs: number; bytes: number; baselineEvents: number }>;
  restore(shape: RegisterShape): Promise<{ ms: number; events: number }>;
};

/** Calls one of the bench page's functions (bench/page/bench-page.ts). */
function call<K extends keyof Bench>(page: Page, name: K, argument: Parameters<Bench[K]>[0]): ReturnType<Bench[K]> {
  return page.evaluate(([fn, arg]) => (window as unknown as { registreBench: Record<string, (a: unknown) => unknown> }).registreBench[fn]?.(arg), [
    name,
    argument,
  ] as const) as ReturnType<Bench[K]>;
}

const clocks = new Map<number, Date>();

/**
 * The evening of the register's last movement day: the window opens on a register in daily
 * use, every ended month closed with its editions, and nothing for the opening to close (a
 * clock on the next day would close a month whenever the last movement ends one). The
 * register records after each closure the editions it owes (register-generator.ts, as the
 * window does), which shift its last movement a few days earlier than the movements alone
 * would: they are counted here as the generator seals them (the month's balance, and one
 * per product that moved).
 */
function benchClock(shape: RegisterShape): Date {
  const known = clocks.get(shape.events);
  if (known) return known;
  let count = 0;
  let lastDay = '';
  let moved = new Set<string>();
  for (const { draft } of registerDrafts(shape)) {
    if (count >= shape.events) break;
    count += 1;
    const { body } = draft;
    if (body.type === 'month.closed') {
      count += 1 + moved.size;
      moved = new Set();
    } else if ('productId' in body && typeof body.productId === 'string') {
      moved.add(body.productId);
      lastDay = draft.operationDate;
    }
  }
  const [year, month, day] = lastDay.split('-').map(Number) as [number, number, number];
  const clock = new Date(year, month - 1, day, 20, 0);
  clocks.set(shape.events, clock);
  return clock;
}

async function buildKey(shape: RegisterShape): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(shape));
  for (const file of BUILD_INPUTS) hash.update(await readFile(join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** IndexedDB belongs to an origin: one port per size, the same at every run. */
function portFor(shape: RegisterShape): number {
  return 47_300 + (Math.round(Math.log10(shape.events)) % 100);
}

/** The profile holding the register, built when missing or out of date. */
async function cachedProfile(
  site: string,
  shape: RegisterShape,
  log: (line: string) => void,
): Promise<{ dir: string; built?: { buildMs: number; wholeCheckMs: number } }> {
  const dir = join(CACHE, `register-${shape.events}-${await buildKey(shape)}`);
  if (await exists(join(dir, 'built.json'))) return { dir };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`  construction du registre de ${shape.events} mouvements (gardé dans bench/.cache)…`);
  const app = await launchApp({
    profileDir: join(dir, 'profile'),
    dataFolder: join(dir, 'data'),
    port: portFor(shape),
    rendererDir: site,
    clock: benchClock(shape),
  });
  try {
    const page = app.page;
    page.setDefaultTimeout(0);
    await page.goto(`http://127.0.0.1:${app.port}/bench/index.html`);
    const built = await call(page, 'build', shape);
    await writeFile(join(dir, 'built.json'), `${JSON.stringify(built)}\n`);
    return { dir, built };
  } finally {
    await app.close();
  }
}

export interface WindowMeasures {
  events: number;
  buildMs?: number;
  buildWholeCheckMs?: number;
  openMs: number;
  stockMs: number;
  lotsMs: number;
  openLongestTaskMs: number;
  openLongTasks: number;
  heapAfterOpenMB: number;
  refreshMs: number[];
  writeLongestTaskMs: number;
  heapAfterWritesMB: number;
  recordP50Ms: number;
  recordP95Ms: number;
  since: { checkMs: number; events: number; readMs: number; hashMs: number; bytes: number; ranIn: string[] };
  whole: { checkMs: number; events: number; readMs: number; hashMs: number; bytes: number; ranIn: string[] };
  restore?: { smallEvents: number; smallMs: number; fullEvents: number; fullMs: number };
}

/**
 * With BENCH_HEAP_SNAPSHOT set, the window's heap after opening is written to
 * bench/.cache/prof/heap-<size>.heapsnapshot, for Chromium's Memory panel: what the
 * window keeps, by constructor and retainer, when the heap is not flat.
 */
async function writeHeapSnapshot(app: RunningApp, events: number): Promise<void> {
  if (!process.env.BENCH_HEAP_SNAPSHOT) return;
  const cdp = await app.context.newCDPSession(app.page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  await mkdir(join(CACHE, 'prof'), { recursive: true });
  await writeFile(join(CACHE, 'prof', `heap-${events}.heapsnapshot`), chunks.join(''));
}

/**
 * With BENCH_CPU_PROFILE set, the window's main thread is profiled while the receipts are
 * recorded beside it, and the profile written to bench/.cache/prof/writes-<size>.cpuprofile
 * (Chromium's Performance panel opens it): what the Stock tab's refresh spends its time on.
 */
async function startCpuProfile(app: RunningApp): Promise<{ stop(events: number): Promise<void> } | null> {
  if (!process.env.BENCH_CPU_PROFILE) return null;
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(events) {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      await mkdir(join(CACHE, 'prof'), { recursive: true });
      await writeFile(join(CACHE, 'prof', `writes-${events}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

async function heapUsedMB(app: RunningApp): Promise<number> {
  const measure = async () => {
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1e6;
  };
  return withinTime(measure(), REFRESH_TIMEOUT_MS, NaN);
}

/**
 * What the window saw; null if it does not answer within 5 s: a window held by one long
 * task answers nothing until it ends (minutes, on a million events, before the lots are
 * kept in the state), and one out of memory never.
 */
function observations(page: Page, waitMs = 5_000): Promise<WindowObservations | null> {
  const silence = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
  return Promise.race([page.evaluate(() => (window as unknown as { __bench: WindowObservations }).__bench).catch(() => null), silence]);
}

function withinTime<T>(work: Promise<T>, ms: number, otherwise: T): Promise<T> {
  return Promise.race([work.catch(() => otherwise), new Promise<T>((resolve) => setTimeout(() => resolve(otherwise), ms))]);
}

async function until<T>(page: Page, read: (seen: WindowObservations) => T | null, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await observations(page);
    const value = seen ? read(seen) : null;
    if (value !== null) return value;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const longest = (tasks: [number, number][], from: number, to = Infinity) =>
  Math.max(0, ...tasks.filter(([start]) => start >= from && start <= to).map(([, duration]) => duration));

export async function windowBench(
  site: string,
  shape: RegisterShape,
  options: { records: number; writes: number; restore: boolean },
  log: (line: string) => void,
): Promise<WindowMeasures> {
  const cached = await cachedProfile(site, shape, log);
  const work = join(CACHE, `run-${shape.events}`);
  await rm(work, { recursive: true, force: true });
  await cp(join(cached.dir, 'profile'), join(work, 'profile'), { recursive: true });
  // The register's yearly archives, as a real register holds them: none is owed at opening.
  const archives = await benchArchives(cached.dir, shape, log);
  if (archives) await cp(archives, join(work, 'data'), { recursive: true });
  log(`  ouverture de l’application sur ${shape.events} mouvements…`);
  const app = await launchApp({
    profileDir: join(work, 'profile'),
    dataFolder: join(work, 'data'),
    port: portFor(shape),
    rendererDir: site,
    clock: benchClock(shape),
    initScript: observersScript(shape.products),
  });
  try {
    const { page } = app;
    page.setDefaultTimeout(0);
    const opened = await until(
      page,
      (seen) => (seen.stockAt !== null && seen.lotsAt !== null ? { stockAt: seen.stockAt, lotsAt: seen.lotsAt } : null),
      OPEN_TIMEOUT_MS,
    );
    const openMs = opened ? Math.max(opened.stockAt, opened.lotsAt) : NaN;
    // The window settles (the check at start, the reserve banner) before its long tasks are read.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const atOpen = opened ? await observations(page, REFRESH_TIMEOUT_MS) : null;
    const heapAfterOpenMB = await heapUsedMB(app);
    await withinTime(writeHeapSnapshot(app, shape.events), REFRESH_TIMEOUT_MS, undefined);

    const benchPage = await app.context.newPage();
    benchPage.setDefaultTimeout(0);
    await benchPage.goto(`http://127.0.0.1:${app.port}/bench/index.html`);
    const refreshMs: number[] = [];
    let afterWrites: WindowObservations | null = null;
    let writesFrom = NaN;
    let heapAfterWritesMB = NaN;
    if (opened) {
      log(`  ${countOf(options.writes, 'réception inscrite', 'réceptions inscrites')} à côté, l’onglet Stock ouvert…`);
      writesFrom = await withinTime(
        page.evaluate(() => performance.now()),
        REFRESH_TIMEOUT_MS,
        NaN,
      );
      const profiling = await withinTime(startCpuProfile(app), REFRESH_TIMEOUT_MS, null);
      for (let write = 0; write < options.writes; write += 1) {
        const lot = `LB-${write}`;
        // The window may still be busy with what the opening started: it is waited for.
        const watching = await withinTime(
          page.evaluate((l) => {
            const total = document.querySelector('table[aria-label="Stock actuel"] tbody tr td:nth-child(2)')?.textContent ?? '';
            (window as unknown as { __bench: WindowObservations }).__bench.watch = { lot: l, total, at: null };
            return true;
          }, lot),
          REFRESH_TIMEOUT_MS,
          false,
        );
        if (!watching) {
          refreshMs.push(NaN);
          break;
        }
        const { committedAt } = await call(benchPage, 'recordOne', { productId: 'P2', serial: write });
        const shownAt = await until(page, (seen) => seen.watch?.at ?? null, REFRESH_TIMEOUT_MS);
        refreshMs.push(shownAt === null ? NaN : shownAt - committedAt);
        if (shownAt === null) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      afterWrites = await observations(page, REFRESH_TIMEOUT_MS);
      if (profiling) await withinTime(profiling.stop(shape.events), REFRESH_TIMEOUT_MS, undefined);
      heapAfterWritesMB = await heapUsedMB(app);
    } else {
      log(`  l’onglet Stock n’est pas affiché après ${OPEN_TIMEOUT_MS / 1000} s : pas de mesure après inscription`);
      refreshMs.push(NaN);
    }

    // The validations are timed with the window away from the Stock tab's reads.
    // A window still held is closed (its renderer ends), not navigated.
    await withinTime(page.close(), 10_000, undefined);
    log(`  ${options.records} validations successives par record…`);
    const times = await call(benchPage, 'records', { count: options.records, products: shape.products, from: 0 });
    const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
    log('  vérifications d’intégrité (au démarrage, puis entière dans un worker)…');
    const headBefore = (await readBuilt(cached.dir))?.head ?? shape.events;
    const since = await call(benchPage, 'integrity', { scope: 'since', after: headBefore });
    const whole = await call(benchPage, 'integrity', { scope: 'whole', after: 0 });
    let restore: WindowMeasures['restore'];
    if (options.restore) {
      log('  restaurations (10 000 puis 100 000 mouvements)…');
      const small = await call(benchPage, 'restore', { events: Math.min(10_000, shape.events), products: shape.products });
      const full = await call(benchPage, 'restore', { events: Math.min(100_000, shape.events), products: shape.products });
      restore = { smallEvents: small.events, smallMs: small.ms, fullEvents: full.events, fullMs: full.ms };
    }
    return {
      events: shape.events,
      ...(cached.built ? { buildMs: cached.built.buildMs, buildWholeCheckMs: cached.built.wholeCheckMs } : {}),
      openMs,
      stockMs: opened?.stockAt ?? NaN,
      lotsMs: opened?.lotsAt ?? NaN,
      openLongestTaskMs: atOpen && opened ? longest(atOpen.longTasks, 0, Number.isNaN(writesFrom) ? Infinity : writesFrom) : NaN,
      openLongTasks: atOpen?.longTasks.length ?? NaN,
      heapAfterOpenMB,
      refreshMs,
      writeLongestTaskMs: afterWrites && refreshMs.every(Number.isFinite) ? longest(afterWrites.longTasks, writesFrom) : NaN,
      heapAfterWritesMB,
      recordP50Ms: percentile(50),
      recordP95Ms: percentile(95),
      since,
      whole,
      ...(restore ? { restore } : {}),
    };
  } finally {
    await app.close();
    await rm(work, { recursive: true, force: true });
  }
}

async function readBuilt(dir: string): Promise<{ head: number } | null> {
  return readFile(join(dir, 'built.json'), 'utf8').then(
    (text) => JSON.parse(text) as { head: number },
    () => null,
  );
}

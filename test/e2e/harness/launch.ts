// Opens the built application in Debian's Chromium with a persistent profile, with the
// real main-process handlers bound into the page in place of Electron's IPC transport.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createDispatcher, sameOriginAs } from '../../../electron/ipc/dispatch';
import { createHandlers, type MainContext } from '../../../electron/ipc/handlers';
import { readVerifierPage } from '../../../electron/package/verifier-page';
import { TEST_SCRYPT_WORK_FACTOR } from '../../fixtures/sealed-package';
import { iso } from '../reading';
import { installWindowClock, setWindowClock } from './app-clock';
import { decodeBytes, encodeBytes } from './bytes-codec';
import { serveRenderer, type StaticServer } from './static-server';
import { stubSecretBox } from '../../support/stub-secret-box';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results', 'screens');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=fr-FR',
];

export interface RunningApp {
  page: Page;
  port: number;
  context: BrowserContext;
  /** Every file handed to the system viewer (shell.openPath in Electron), in order. */
  opened: string[];
  /** The application's clock: what the window and the main process take for now. */
  now(): Date;
  /** The application's day, as the date fields hold it: 2026-11-23. */
  today(): string;
  /** Moves the application's clock, window and main process alike; a reload makes the window start on it. */
  setClock(day: Date): Promise<void>;
  /** Saves what a person would see under test-results/screens/<name>.png: the whole page, or only the window with `fullPage: false`. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
  /**
   * Ends the browser as a crash or a power cut would: SIGKILL to Chromium's browser
   * process (no unload, no shutdown, nothing flushed by the browser on its way out),
   * then waits for its child processes to go as they do when their parent dies.
   */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser profile: reuse it to reopen the same IndexedDB. */
  profileDir: string;
  /** The main process's data folder. */
  dataFolder: string;
  /**
   * IndexedDB belongs to an origin: reopening a register needs the same port, as the
   * application needs its one app:// origin. Omit it for a fresh register.
   */
  port?: number;
  /** What the folder picker answers when the window asks for the reserve folder. */
  reserveFolder?: string;
  /**
   * What the save dialog answers when the window saves a copy of an edition: the
   * offered name in this folder. Without it, the person cancels.
   */
  saveFolder?: string;
  /**
   * Crash tests only. Asked about each `reserve:append` the page sends, before anything
   * else; when it answers true, that request is held for ever: it never reaches the
   * main-process handler and the page never gets an answer. The window has committed
   * the event to IndexedDB, and the reserve write never happens: the moment a crash
   * between the two would interrupt.
   */
  holdReserveAppend?: (request: unknown) => boolean;
  /**
   * Asked about every request the page sends, before anything else; when it returns a
   * promise, the request reaches the main-process handler only once it settles. Lets a
   * test hold the window at a chosen step (a restore between two pages) and look at it.
   */
  holdRequest?: (channel: string, request: unknown) => Promise<void> | undefined;
  /** What the open dialog answers when the window asks for a hand-over package; asked each time. Without it, the person cancels. */
  packageFile?: () => string | null;
  /** What the open dialog answers when the window asks for ANSM's JARE workbook; asked each time. Without it, the person cancels. The filled copy is saved as an edition's copy is (saveFolder). */
  jareTemplate?: () => string | null;
  /**
   * The day and hour the application starts at, for the window and the main process
   * alike; time then runs on from it. A scenario that depends on the date sets it;
   * without it, the day of the process running the tests (which `faketime` may set), at 10:00.
   */
  clock?: Date;
  /** The built renderer to serve; dist/renderer unless the bench serves it with its own page beside it. */
  rendererDir?: string;
  /** A script run in every document before the application's own (the bench's observers). */
  initScript?: string;
  /** The browser's language (--lang and locale): the window must read the same in any. */
  lang?: 'fr-FR' | 'en-US';
  /** The window's size and zoom (deviceScaleFactor), 1280×860 at 100 % unless told. */
  viewport?: { width: number; height: number; deviceScaleFactor?: number };
  /** The bundled server of a PC that hosts the shared register (the test starts and stops it); one never started without it. */
  host?: MainContext['host'];
  /** What listening for hosts on the network answers; the real network without it. */
  discoverHosts?: MainContext['discoverHosts'];
  /** What the folder picker answers when the window takes the shared register back to this PC. Without it, the person cancels. */
  moveBackFolder?: string;
}

/**
 * Without a scenario's own clock, the test process's day (which `faketime` may set) at
 * 10:00: a scenario never crosses midnight half-way, whatever hour the suite runs at.
 */
function tenOClockToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 10, 0);
}

/** A clock that starts at a given instant and runs on with the real one. */
function runningClock(start: Date) {
  let origin = start.getTime();
  let setAt = Date.now();
  return {
    now: () => new Date(origin + (Date.now() - setAt)),
    set: (day: Date) => {
      origin = day.getTime();
      setAt = Date.now();
    },
  };
}

/**
 * The clock of the scenarios that set none, one for the whole test file: a window opened
 * again later in the file goes on from where the last one stood, never back to 10:00
 * (which the register would record as a clock set back).
 */
const unsetClock = runningClock(tenOClockToday());

/**
 * Chromium runs on the real clock even when the tests run under `faketime` (which it does
 * not survive): the window's clock is set by the harness instead, from the tests' own.
 */
function browserEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name === 'LD_PRELOAD' || name.startsWith('FAKETIME')) continue;
    environment[name] = value;
  }
  return environment;
}

let bridgeSource: Promise<string> | undefined;

function bridgeScript(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeSource;
}

/** Chromium's browser process writes its pid into the profile's lock: `<host>-<pid>`. */
async function browserPid(profileDir: string): Promise<number> {
  const lock = await readlink(join(profileDir, 'SingletonLock'));
  const pid = Number(lock.slice(lock.lastIndexOf('-') + 1));
  if (!Number.isSafeInteger(pid) || pid <= 0) throw new Error(`Verrou du profil illisible : ${lock}`);
  return pid;
}

/** A process's parent and state, from /proc/<pid>/stat (Linux); null once it is gone. */
async function processStat(pid: number): Promise<{ ppid: number; state: string } | null> {
  try {
    // "pid (name) state ppid …"; the name may hold spaces and parentheses.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), state };
  } catch {
    return null;
  }
}

/** Every process descended from `pid`. */
async function descendants(pid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await processStat(Number(entry));
    if (stat) parents.set(Number(entry), stat.ppid);
  }
  const found: number[] = [];
  const queue = [pid];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** A zombie has exited: only its entry waits to be reaped. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await processStat(pid);
  return stat !== null && stat.state !== 'Z';
}

export async function launchApp({
  profileDir,
  dataFolder,
  port,
  reserveFolder,
  saveFolder,
  holdReserveAppend,
  holdRequest,
  packageFile,
  jareTemplate,
  clock,
  rendererDir,
  initScript,
  lang = 'fr-FR',
  viewport = { width: 1280, height: 860 },
  host,
  discoverHosts,
  moveBackFolder,
}: LaunchOptions): Promise<RunningApp> {
  const server: StaticServer = await serveRenderer(rendererDir ?? join(ROOT, 'dist', 'renderer'), port);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--lang=')), `--lang=${lang}`],
    viewport: { width: viewport.width, height: viewport.height },
    ...(viewport.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: viewport.deviceScaleFactor }),
    locale: lang,
    env: browserEnvironment(),
  });
  const appClock = runningClock(clock ?? unsetClock.now());
  const opened: string[] = [];
  const dispatch = createDispatcher({
    handlers: createHandlers({
      version: 'e2e',
      shell: 'harness',
      dataFolder,
      chooseFolder: async () => reserveFolder ?? null,
      // The system viewer is not started: the test sees which file it would have shown.
      openPath: async (path) => {
        opened.push(path);
        return '';
      },
      chooseSavePath: async (defaultName) => (saveFolder === undefined ? null : join(saveFolder, defaultName)),
      choosePackageFile: async () => packageFile?.() ?? null,
      chooseJareTemplate: async () => jareTemplate?.() ?? null,
      // The page the build writes beside the renderer, as the packaged app carries it.
      verifierPage: () => readVerifierPage(join(ROOT, 'dist', 'verificateur.html')),
      now: () => appClock.now(),
      packageScryptWorkFactor: TEST_SCRYPT_WORK_FACTOR,
      // Electron's safeStorage is not here: a stand-in protects the register's signing keys.
      secretBox: stubSecretBox(),
      ...(host ? { host } : {}),
      ...(discoverHosts ? { discoverHosts } : {}),
      chooseMoveBackFolder: async () => moveBackFolder ?? null,
    }),
    isTrustedSender: sameOriginAs(server.origin),
  });
  // The main process's work outlives the window that asked for it (the handlers run in this
  // process): closing the app waits for it, so a test never removes a folder being written.
  const inFlight = new Set<Promise<unknown>>();
  const settled = () => Promise.allSettled([...inFlight]);
  await context.exposeBinding('__registreIpc', async (source, channel: string, encoded: unknown) => {
    const payload = decodeBytes(encoded);
    if (channel === 'reserve:append' && holdReserveAppend?.(payload)) return new Promise<never>(() => {});
    await holdRequest?.(channel, payload);
    const answer = dispatch(source.frame.url(), channel, payload);
    inFlight.add(answer);
    try {
      return encodeBytes(await answer);
    } finally {
      inFlight.delete(answer);
    }
  });
  await context.addInitScript({ content: await bridgeScript() });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  // Before the application's page: the window's very first read of the date is the app's.
  await installWindowClock(context, page, appClock.now);
  if (initScript) await context.addInitScript({ content: initScript });
  await page.goto(`${server.origin}/index.html`);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    page,
    port: server.port,
    context,
    opened,
    now: () => appClock.now(),
    today: () => iso(appClock.now()),
    setClock: async (day) => {
      appClock.set(day);
      await setWindowClock(context, page, appClock.now);
    },
    screenshot: async (name, { fullPage = true } = {}) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    close: async () => {
      await context.close();
      await settled();
      await server.close();
    },
    kill: async () => {
      const pid = await browserPid(profileDir);
      const children = await descendants(pid);
      const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
      process.kill(pid, 'SIGKILL');
      await closed;
      // The renderer, GPU and utility processes notice their parent is gone and exit by
      // themselves; wait for them so that the next launch finds the profile free.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const running = (await Promise.all(children.map(async (child) => ((await isRunning(child)) ? child : null)))).filter((child) => child !== null);
        if (running.length === 0) break;
        if (Date.now() > deadline) throw new Error(`Processus de Chromium encore actifs après la fin du navigateur : ${running.join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await settled();
      await server.close();
    },
  };
}

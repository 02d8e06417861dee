// Opens the built application in Debian's Chromium with a persistent profile, with the
// real main-process handlers bound into the page in place of Electron's IPC transport.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createDispatcher, sameOriginAs } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { serveRenderer, type StaticServer } from './static-server';

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
  /** Saves what a person would see under test-results/screens/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
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

export async function launchApp({ profileDir, dataFolder, port, reserveFolder }: LaunchOptions): Promise<RunningApp> {
  const server: StaticServer = await serveRenderer(join(ROOT, 'dist', 'renderer'), port);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
    locale: 'fr-FR',
  });
  const dispatch = createDispatcher({
    handlers: createHandlers({ version: 'e2e', shell: 'harness', dataFolder, chooseFolder: async () => reserveFolder ?? null }),
    isTrustedSender: sameOriginAs(server.origin),
  });
  await context.exposeBinding('__registreIpc', (source, channel: string, payload: unknown) => dispatch(source.frame.url(), channel, payload));
  await context.addInitScript({ content: await bridgeScript() });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.origin}/index.html`);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    page,
    port: server.port,
    context,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

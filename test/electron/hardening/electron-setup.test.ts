// security.ts, window.ts, app-scheme.ts and single-instance.ts loaded against a stub of
// Electron's API: every web preference and every handler they install is checked, as the
// Electron binary cannot run on the build machines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const recorded = {
    appHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    permissionRequest: null as ((...args: unknown[]) => unknown) | null,
    permissionCheck: null as ((...args: unknown[]) => unknown) | null,
    windows: [] as { options: Record<string, unknown>; once: Map<string, () => void>; loaded: string[]; shown: number }[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  };
  const api = {
    app: {
      on: (event: string, handler: (...args: unknown[]) => unknown) => recorded.appHandlers.set(event, handler),
      whenReady: () => Promise.resolve(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (recorded.permissionCheck = handler),
      },
    },
    BrowserWindow: class {
      private readonly record;
      constructor(options: Record<string, unknown>) {
        this.record = { options, once: new Map<string, () => void>(), loaded: [] as string[], shown: 0 };
        recorded.windows.push(this.record);
      }
      once(event: string, handler: () => void) {
        this.record.once.set(event, handler);
      }
      show() {
        this.record.shown += 1;
      }
      loadURL(url: string) {
        this.record.loaded.push(url);
        return Promise.resolve();
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler),
    },
  };
  return { recorded, api };
});

vi.mock('electron', () => electron.api);

const { secureWebPreferences, setupSecurity } = await import('../../../electron/security');
const { createMainWindow } = await import('../../../electron/window');
const { APP_ORIGIN, registerAppSchemePrivileges, serveAppScheme } = await import('../../../electron/app-scheme');
const { claimSingleInstance } = await import('../../../electron/single-instance');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/app-files');

const { recorded } = electron;

/** A web contents as Electron hands it to 'web-contents-created': its handlers are kept. */
function webContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  return {
    contents: {
      on: (event: string, handler: Handler) => handlers.set(event, handler),
      setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    },
    fire(event: string, url?: string) {
      const prevented = vi.fn();
      handlers.get(event)?.({ preventDefault: prevented }, url);
      return prevented.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
    events: () => [...handlers.keys()].sort(),
  };
}

describe('the web preferences of every window', () => {
  it('isolate the page, sandbox it, and give it no Node, no insecure content and nothing experimental', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});

describe('setupSecurity', () => {
  beforeEach(() => {
    recorded.appHandlers.clear();
    setupSecurity();
  });

  it('guards every web contents created: navigation and redirects stay on the app, no webview, no new window', () => {
    const created = recorded.appHandlers.get('web-contents-created');
    expect(created).toBeTypeOf('function');
    const page = webContents();
    created?.({}, page.contents);
    expect(page.events()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(page.fire('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(page.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(page.fire('will-navigate', 'app://registre.evil.example/')).toBe(true);
    expect(page.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(page.fire('will-redirect', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(page.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(page.fire('will-attach-webview')).toBe(true);
    expect(page.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
  });

  it('refuses every permission the page asks for or checks, once the app is ready', async () => {
    await Promise.resolve();
    const answer = vi.fn();
    recorded.permissionRequest?.({}, 'media', answer);
    recorded.permissionRequest?.({}, 'notifications', answer);
    expect(answer.mock.calls).toEqual([[false], [false]]);
    expect(recorded.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('opens hidden with the secure preferences, loads the app origin, and shows when ready', () => {
    recorded.windows.length = 0;
    createMainWindow('/app/preload.cjs');
    const [window] = recorded.windows;
    expect(window?.options).toMatchObject({ show: false, title: 'Registre des stupéfiants' });
    expect(window?.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(window?.loaded).toEqual([`${APP_ORIGIN}/index.html`]);
    expect(window?.shown).toBe(0);
    window?.once.get('ready-to-show')?.();
    expect(window?.shown).toBe(1);
  });
});

describe('the app:// scheme', () => {
  it('is privileged as a standard, secure origin with fetch, and nothing more (no CSP bypass, no service workers)', () => {
    recorded.schemes.length = 0;
    registerAppSchemePrivileges();
    expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the renderer folder with the content security policy, and nothing of another host', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html>');
    serveAppScheme(folder);
    const handler = recorded.protocolHandlers.get('app');
    const page = await handler!(new Request(`${APP_ORIGIN}/index.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html>');
    expect((await handler!(new Request('app://autre/index.html'))).status).toBe(404);
    expect((await handler!(new Request(`${APP_ORIGIN}/..%2F..%2Fetc%2Fpasswd`))).status).toBe(404);
  });
});

describe('claimSingleInstance', () => {
  it('lets the first instance start', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => true), exit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(true);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('makes a second instance exit at once', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => false), exit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(false);
    expect(app.exit).toHaveBeenCalledWith(0);
  });
});

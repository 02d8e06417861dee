// The windows an e2e file of network mode opens on a server: a work folder of their own,
// the waits of the shared steps made longer (each save goes to the server and back before
// the form empties), and every window closed at the end of the file, before its folder
// is removed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { TestRegister } from '../support/register-server';
import { launchApp, type LaunchOptions, type RunningApp } from './harness/launch';

export interface NetworkApps {
  /** A path inside this file's work folder (created before the first test). */
  folder(name: string): string;
  /** Opens a window, closed at the end of the file. */
  launch(options: LaunchOptions): Promise<RunningApp>;
  /**
   * A counter called `name` (its profile and data folders), on the server's clock, as the
   * PCs of a practice are (synchronised clocks): the server records the instant, and runs
   * on real time even under `faketime`.
   */
  counter(register: TestRegister, name: string, options?: Partial<LaunchOptions>): Promise<RunningApp>;
}

/** `wait`: how long `expect.poll` waits in this file; `cleanUp` runs after the windows are closed. */
export function useNetworkApps(folderPrefix: string, wait: { timeout: number }, cleanUp: () => Promise<void> = async () => undefined): NetworkApps {
  let workDir = '';
  const apps: RunningApp[] = [];
  beforeAll(async () => {
    vi.setConfig({ expect: { poll: wait } });
    workDir = await mkdtemp(join(tmpdir(), folderPrefix));
  });
  afterAll(async () => {
    vi.resetConfig();
    await Promise.all(apps.splice(0).map((app) => app.close()));
    await cleanUp();
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  const launch = async (options: LaunchOptions) => {
    const app = await launchApp(options);
    apps.push(app);
    return app;
  };
  return {
    folder: (name) => join(workDir, name),
    launch,
    async counter(register, name, options = {}) {
      const { rows } = await register.counter.query<{ now: Date }>('SELECT clock_timestamp() AS now');
      return launch({ profileDir: join(workDir, `${name}-profile`), dataFolder: join(workDir, `${name}-data`), clock: rows[0]?.now ?? new Date(), ...options });
    },
  };
}

/** The banner every counter shows in network mode. */
export function sharedRegisterBanner(page: Page): Locator {
  return page.getByRole('region', { name: 'Registre partagé', exact: true });
}

/** The set-up's choice of a shared register, with the settings a counter is given. */
export async function joinServer(page: Page, settings: { host: string; port: number; database: string; user: string; password: string }) {
  await page.getByRole('radio', { name: 'Plusieurs postes, registre sur un serveur PostgreSQL' }).check();
  await page.getByRole('textbox', { name: 'Adresse du serveur' }).fill(settings.host);
  await page.getByRole('textbox', { name: 'Port' }).fill(String(settings.port));
  await page.getByRole('textbox', { name: 'Base' }).fill(settings.database);
  await page.getByRole('textbox', { name: 'Utilisateur' }).fill(settings.user);
  await page.getByLabel('Mot de passe').fill(settings.password);
  await page.getByRole('button', { name: 'Essayer la connexion et relier ce poste' }).click();
}

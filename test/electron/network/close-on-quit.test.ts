// The shared register's connections closed when the app quits, the listening one
// included: Electron's app events played by a stand-in, the connections counted on a real
// server.
import { EventEmitter } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createMainProcess } from '../../../electron/ipc/handlers';
import { closeConnectionsOnQuit, type ClosingApp } from '../../../electron/network/close-on-quit';
import { validate } from '../../../electron/network/validate';
import { accepted } from '../../fixtures/result';
import { openingDraft } from '../../fixtures/drafts';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster } from '../../support/register-server';

const server = useRegisterCluster();

/** Electron's app as far as quitting goes: `quit` emits before-quit, and the app exits unless a listener puts it off. */
function stubApp() {
  const events = new EventEmitter();
  let exited = 0;
  let putOff = 0;
  const app: ClosingApp = {
    on: (event: string, listener: (...args: never[]) => void) => events.on(event, listener as (...args: unknown[]) => void),
    quit() {
      let prevented = false;
      events.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (prevented) putOff += 1;
      else exited += 1;
    },
  };
  return { app, events, exited: () => exited, putOff: () => putOff };
}

async function asSuperuser<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client(server.cluster().superuser());
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The server's clock now: the connections opened after it are the app's, not the test's own pools. */
const serverNow = () => asSuperuser(async (admin) => (await admin.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now);

/** The app's connections to one database opened since `since`, as the server counts them. */
function appConnections(database: string, since: Date): Promise<string[]> {
  return asSuperuser(async (admin) => {
    const { rows } = await admin.query<{ application_name: string }>(
      `SELECT application_name FROM pg_stat_activity
        WHERE datname = $1 AND application_name LIKE 'registre-stupefiants%' AND backend_start > $2 ORDER BY application_name`,
      [database, since],
    );
    return rows.map((row) => row.application_name);
  });
}

/** A counter's main process, joined to the shared register, in a data folder of its own. */
async function counterJoinedTo(sharedRegister: Parameters<typeof createMainProcess>[0]['sharedRegister']) {
  return createMainProcess({
    version: 't',
    shell: 'harness',
    dataFolder: await mkdtemp(join(tmpdir(), 'registre-poste-')),
    chooseFolder: async () => null,
    sharedRegister,
  });
}

describe('quitting the app in network mode', () => {
  it('closes the pool and the listening connection before the app exits', async () => {
    const register = await server.freshRegister();
    accepted(await validate(register.counter, [openingDraft()], NOW));
    const main = await counterJoinedTo(register.server);
    const { app, exited, putOff } = stubApp();
    closeConnectionsOnQuit(app, main.close);
    const since = await serverNow();

    // A counter at work: a page read, and the window waiting for the next event (LISTEN).
    expect(await main.handlers['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: true });
    void main.handlers['network:waitAfter']({ after: 1 });
    await vi.waitFor(async () => expect(await appConnections(register.name, since)).toEqual(['registre-stupefiants', 'registre-stupefiants (suivi)']), {
      timeout: 10_000,
    });

    app.quit();
    expect(putOff()).toBe(1);
    await vi.waitFor(() => expect(exited()).toBe(1), { timeout: 10_000 });
    expect(await appConnections(register.name, since)).toEqual([]);
  }, 30_000);

  it('closes them when the last window closes, and opens them again at the next request', async () => {
    const register = await server.freshRegister();
    const main = await counterJoinedTo(register.server);
    const { app, events, exited } = stubApp();
    closeConnectionsOnQuit(app, main.close);
    const since = await serverNow();
    expect(await main.handlers['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: true });
    expect(await appConnections(register.name, since)).toContain('registre-stupefiants');

    events.emit('window-all-closed');
    await vi.waitFor(async () => expect(await appConnections(register.name, since)).toEqual([]), { timeout: 10_000 });
    expect(exited()).toBe(0);
    expect(await main.handlers['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: true, value: { events: [] } });
    await main.close();
  }, 30_000);
});

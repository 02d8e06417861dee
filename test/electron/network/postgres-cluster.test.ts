// The test server itself: a real cluster, started as the server's user, reachable by each
// role with its password, removed at the end; and a clear failure where none is installed.
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePostgres, serverEnvironment, startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster';

describe('the test PostgreSQL cluster', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster.stop();
  });

  it('lets the counters’ role in with its password, over TCP, into the register’s database only', async () => {
    const client = new pg.Client(cluster.config(cluster.counter));
    await client.connect();
    const { rows } = await client.query<{ who: string; db: string }>('SELECT current_user AS who, current_database() AS db');
    await client.end();
    expect(rows).toEqual([{ who: 'registre_counter', db: 'registre' }]);
    const wrong = new pg.Client({ ...cluster.config(cluster.counter), password: 'pas le bon' });
    await expect(wrong.connect()).rejects.toMatchObject({ code: '28P01' });
  });

  it('stops as a server PC switched off would, refusing connections, and starts again with its data', async () => {
    await cluster.pause();
    const away = new pg.Client(cluster.config(cluster.counter));
    await expect(away.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await cluster.resume();
    const back = new pg.Client(cluster.config(cluster.counter));
    await back.connect();
    const { rows } = await back.query<{ db: string }>('SELECT current_database() AS db');
    await back.end();
    expect(rows).toEqual([{ db: 'registre' }]);
  }, 60_000);

  it('is stopped and its folder removed at the end', async () => {
    const other = await startPostgresCluster();
    let folder = '';
    try {
      const client = new pg.Client(other.superuser());
      await client.connect();
      const { rows } = await client.query<{ folder: string }>("SELECT current_setting('data_directory') AS folder");
      await client.end();
      folder = rows[0]?.folder ?? '';
    } finally {
      await other.stop();
    }
    expect(folder).toMatch(/registre-pg-/);
    await expect(access(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});

describe('the server’s environment', () => {
  it('leaves libfaketime out, so that the server’s timers run on real time under faketime', () => {
    const kept = serverEnvironment({
      PATH: '/usr/bin',
      LD_PRELOAD: '/usr/lib/faketime/libfaketime.so.1',
      FAKETIME: '@2028-02-29 10:00:00',
      FAKETIME_NO_CACHE: '1',
    });
    expect(kept).toEqual({ PATH: '/usr/bin' });
  });
});

describe('without PostgreSQL installed', () => {
  it('fails saying what to install, never skips', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-pg-'));
    await expect(requirePostgres(empty)).rejects.toThrow(/paquet Debian « postgresql »/);
    await rm(empty, { recursive: true });
  });
});

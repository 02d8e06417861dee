// A shared register on the test cluster: each test gets a database of its own, migrated by
// the owner and granted to the counters' role, with a pool for each role.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { grantToCounters } from '../../electron/network/grants';
import { migrate } from '../../electron/network/migrations';
import { openRegisterPool, type RegisterServer } from '../../electron/network/register-pool';
import { POSTGRES_BIN, startPostgresCluster, type ClusterCertificate, type PostgresCluster, type RoleLogin } from './postgres-cluster';

export interface TestRegister {
  name: string;
  /** The counters' connection settings to this register. */
  server: RegisterServer;
  /** As a counter: what validate uses. */
  counter: pg.Pool;
  /** As the owner of the tables. */
  owner: pg.Pool;
}

export interface RegisterCluster {
  cluster(): PostgresCluster;
  /** A new database, migrated to `version` (the latest by default; 0: empty) and granted to the counters. */
  freshRegister(version?: number): Promise<TestRegister>;
  /** Settings of a role on an existing database. */
  serverFor(name: string, login: RoleLogin): RegisterServer;
}

/** Starts one cluster for the test file (with `tls`, offering TLS with that certificate), and closes every pool and the cluster after it. */
export function useRegisterCluster(tls?: ClusterCertificate): RegisterCluster {
  let cluster: PostgresCluster | undefined;
  const pools: pg.Pool[] = [];
  let made = 0;
  beforeAll(async () => {
    cluster = await startPostgresCluster(POSTGRES_BIN, tls);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.end()));
    await cluster?.stop();
  }, 60_000);
  const running = (): PostgresCluster => {
    if (!cluster) throw new Error('cluster PostgreSQL non démarré');
    return cluster;
  };
  const serverFor = (name: string, login: RoleLogin): RegisterServer => ({ host: running().host, port: running().port, database: name, ...login });
  return {
    cluster: running,
    serverFor,
    async freshRegister(version) {
      const pgCluster = running();
      made += 1;
      const name = `registre_${made}`;
      const admin = new pg.Client(pgCluster.superuser());
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name} OWNER ${pgCluster.owner.user}`);
        await admin.query(`REVOKE ALL ON DATABASE ${name} FROM PUBLIC`);
        await admin.query(`GRANT CONNECT ON DATABASE ${name} TO ${pgCluster.counter.user}`);
      } finally {
        await admin.end();
      }
      const owner = openRegisterPool(serverFor(name, pgCluster.owner));
      const client = await owner.connect();
      try {
        await migrate(client, version);
        // Version 0: nothing installed yet, nothing to grant.
        if (version !== 0) await grantToCounters(client, pgCluster.counter.user);
      } finally {
        client.release();
      }
      const server = serverFor(name, pgCluster.counter);
      const counter = openRegisterPool(server);
      pools.push(owner, counter);
      return { name, server, counter, owner };
    },
  };
}

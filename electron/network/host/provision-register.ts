// The register's database on the bundled server, made or brought forward by its
// administrator at every start: the counters' role (with the per-register password), the
// database no one else may enter, the schema's migrations and the append-only grants of
// the network mode (migrations.ts, grants.ts), unchanged. Run again after an update of
// the app, it applies the new migrations and nothing else.
import pg from 'pg';
import { grantToCounters } from '../grants';
import { migrate } from '../migrations';
import type { HostSettings } from './host-settings';

function adminClient(settings: HostSettings, database: string): pg.Client {
  const client = new pg.Client({ host: '127.0.0.1', port: settings.port, database, ...settings.admin, application_name: 'registre-stupefiants (hôte)' });
  client.on('error', () => undefined);
  return client;
}

export async function provisionRegister(settings: HostSettings): Promise<{ migrated: number[] }> {
  const { database, counter } = settings;
  const cluster = adminClient(settings, 'postgres');
  await cluster.connect();
  try {
    const role = cluster.escapeIdentifier(counter.user);
    const exists = await cluster.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [counter.user]);
    // The password is a literal in the statement (roles take no parameters); escaped, and
    // sent over the local connection only. Set again at every start: the file is the truth.
    await cluster.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN PASSWORD ${cluster.escapeLiteral(counter.password)}`);
    const found = await cluster.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    const name = cluster.escapeIdentifier(database);
    if (!found.rowCount) await cluster.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await cluster.query(`REVOKE ALL ON DATABASE ${name} FROM PUBLIC`);
    await cluster.query(`GRANT CONNECT ON DATABASE ${name} TO ${role}`);
  } finally {
    await cluster.end().catch(() => undefined);
  }
  const register = adminClient(settings, database);
  await register.connect();
  try {
    const migrated = await migrate(register);
    await grantToCounters(register, counter.user);
    return { migrated };
  } finally {
    await register.end().catch(() => undefined);
  }
}

// Installing the shared register on a server that already exists — a NAS, a provider's
// machine (docs/reseau.md § 2 bis) — from the app rather than by hand: the connection
// tried with the account that owns the register's database, the app's own migrations
// applied (the same as on the bundled server), the counters' role made if it is missing,
// with a password generated here, let into the database and granted exactly what a
// counter may do (grants.ts). Run again after an update of the app, it brings the schema
// to the new version and changes nothing else. Each failure is said in French.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { recoveryCodeFrom } from '../../shared/encryption/recovery-code';
import { appError, type AppError } from '../../shared/errors';
import type { ServerSettings } from '../../shared/ipc/network';
import { err, ok, type Result } from '../../shared/result';
import { grantToCounters } from './grants';
import { LATEST_VERSION, migrate } from './migrations';
import { networkError } from './network-errors';
import { clientSettings, CONNECT_TIMEOUT_MS } from './register-pool';
import { withTransport } from './server-tls';
import { withChosenTransport } from './typed-server';

export interface SchemaInstalled {
  /** The schema's version now, and the versions this run applied (none when it was already there). */
  version: number;
  applied: number[];
  counterUser: string;
  /** The counters' password when this run created their role; null when the role was already there (its password unchanged). */
  counterPassword: string | null;
}

/** PostgreSQL's « insufficient privilege »: the owner's account may not create a role. */
const INSUFFICIENT_PRIVILEGE = '42501';

function failed(error: unknown): Result<never, AppError> {
  const known = networkError(error);
  if (!known) throw error;
  return err(appError('network.installFailed', undefined, { code: known.params?.['code'] ?? '', reason: known.params?.['reason'] ?? 'erreur du serveur' }));
}

export async function installSchema(
  owner: ServerSettings,
  counterUser: string,
  random: (size: number) => Uint8Array = (size) => new Uint8Array(randomBytes(size)),
): Promise<Result<SchemaInstalled, AppError>> {
  // The owner's password is the server's most powerful: sent over TLS whenever the server offers it.
  const chosen = await withChosenTransport(owner);
  if (!chosen.ok) return chosen;
  const client = new pg.Client({
    ...clientSettings(await withTransport(chosen.value)),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'registre-stupefiants (installation)',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const known = networkError(error);
    if (!known) throw error;
    return err(appError('network.connectFailed', undefined, { code: known.params?.['code'] ?? '', reason: known.params?.['reason'] ?? 'erreur du serveur' }));
  }
  try {
    let counterPassword: string | null = null;
    const { rows } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [counterUser]);
    if (rows.length === 0) {
      counterPassword = recoveryCodeFrom(random(16));
      try {
        await client.query(`CREATE ROLE ${client.escapeIdentifier(counterUser)} LOGIN PASSWORD ${client.escapeLiteral(counterPassword)}`);
      } catch (error) {
        if ((error as { code?: unknown }).code === INSUFFICIENT_PRIVILEGE) return err(appError('network.installNoRole', undefined, { name: counterUser }));
        throw error;
      }
    }
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]?.name ?? owner.database;
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${client.escapeIdentifier(counterUser)}`);
    const applied = await migrate(client);
    await grantToCounters(client, counterUser);
    return ok({ version: LATEST_VERSION, applied, counterUser, counterPassword });
  } catch (error) {
    return failed(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

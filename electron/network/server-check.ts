// The connection test of the set-up: the settings typed are tried once, as the counter
// will use them, before they are kept. The server must answer, take the password, hold
// the register's database and its installed schema; each failure is said in French
// (network-errors.ts): refused connection, wrong password, unknown database…
import pg from 'pg';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { networkError } from './network-errors';
import { CONNECT_TIMEOUT_MS, clientSettings, type RegisterServer } from './register-pool';
import { withTransport } from './server-tls';

/** The order number of the shared register's head: 0 for a register not opened yet. */
export async function checkServer(server: RegisterServer): Promise<Result<{ headSeq: number }, AppError>> {
  let client: pg.Client | null = null;
  try {
    // Over TLS as the counter will connect (server-tls.ts): a certificate that is not the pinned one is said here.
    client = new pg.Client({
      ...clientSettings(await withTransport(server)),
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'registre-stupefiants (essai)',
    });
    // A failure after connecting is reported by query; this keeps a late one from stopping the process.
    client.on('error', () => undefined);
    await client.connect();
    const { rows } = await client.query<{ seq: number }>('SELECT seq FROM register_head');
    return ok({ headSeq: Number(rows[0]?.seq ?? 0) });
  } catch (error) {
    // Said as a connection that failed, not as an operation left unrecorded: nothing was being recorded.
    const known = networkError(error);
    return err(appError('network.connectFailed', undefined, { code: known?.params?.['code'] ?? '', reason: known?.params?.['reason'] ?? 'erreur du serveur' }));
  } finally {
    await client?.end().catch(() => undefined);
  }
}

// The counters' connections to the shared register: one pool per app, a few connections
// (a validation holds one for a few milliseconds), named so that the server's activity
// shows which program is connected, and bounded in time so that a server gone away is
// said at once instead of leaving the counter waiting.
import pg from 'pg';

export interface RegisterServer {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** Encrypted connection when the server offers it (TLS); on a LAN without a certificate, off. */
  ssl?: pg.ConnectionConfig['ssl'];
}

/** How long a counter waits for the server before saying it is unreachable. */
export const CONNECT_TIMEOUT_MS = 5_000;

export function openRegisterPool(server: RegisterServer, max = 4): pg.Pool {
  const pool = new pg.Pool({
    ...server,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'registre-stupefiants',
  });
  // An idle connection dropped by the server or the network is replaced at the next use;
  // without a listener the pool's error would stop the main process.
  pool.on('error', () => undefined);
  return pool;
}

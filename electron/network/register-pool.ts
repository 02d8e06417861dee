// The counters' connections to the shared register: one pool per app, a few connections
// (a validation holds one for a few milliseconds), named so that the server's activity
// shows which program is connected, and bounded in time so that a server gone away is
// said at once instead of leaving the counter waiting.
import pg from 'pg';
import type { Fingerprint } from '../../shared/network/certificate-fingerprint';

/** How the connection is protected, kept with the settings (server-tls.ts says each way). */
export type ServerTls = { mode: 'pinned'; fingerprint: Fingerprint; certificate: string } | { mode: 'required' } | { mode: 'preferred' };

export interface RegisterServer {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** The way kept at set-up; none written (a counter set up before TLS): preferred. */
  tls?: ServerTls;
  /** The client library's TLS options, set from `tls` when connecting (server-tls.ts, withTransport). */
  ssl?: pg.ConnectionConfig['ssl'];
}

/** The client library's settings: everything but the kept way, which it does not know. */
export function clientSettings(server: RegisterServer): pg.ClientConfig {
  const { tls: _kept, ...settings } = server;
  return settings;
}

/** How long a counter waits for the server before saying it is unreachable. */
export const CONNECT_TIMEOUT_MS = 5_000;

export function openRegisterPool(server: RegisterServer, max = 4): pg.Pool {
  const pool = new pg.Pool({
    ...clientSettings(server),
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

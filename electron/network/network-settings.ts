// Which register this PC keeps: none written means one PC (IndexedDB, the default); a
// server written means network mode, every validation made by that PostgreSQL server.
// Kept by the main process in its data folder, replaced whole (replace-whole.ts). The
// register's password is never written in clear: the operating system's store of secrets
// protects it (electron/signing/secret-box.ts, Electron's safeStorage), as it protects
// the signing keys; anyone who copies the data folder reads the address, not the
// password. The window never reads the password back: it only learns where the register lives.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { ServerAddress } from '../../shared/ipc/network';
import { err, ok, type Result } from '../../shared/result';
import { replaceWhole } from '../files/replace-whole';
import { readIfPresent } from '../files/write-once';
import type { SecretBox } from '../signing/secret-box';
import type { RegisterServer, ServerTls } from './register-pool';

export const NETWORK_SETTINGS_FILE = 'registre-partage.json';

/** What the window is told: the address, and the pinned fingerprint or the demand for encryption (never the password). */
export function addressOf(server: ServerAddress & { tls?: ServerTls | undefined }): ServerAddress {
  const address: ServerAddress = { host: server.host, port: server.port, database: server.database, user: server.user };
  if (server.tls?.mode === 'pinned') address.fingerprint = server.tls.fingerprint;
  if (server.tls?.mode === 'required') address.requireTls = true;
  return address;
}

const bareAddress = ({ host, port, database, user }: ServerAddress): ServerAddress => ({ host, port, database, user });

/** What this PC keeps of the shared register: the server, or its address alone when the password can no longer be opened. */
export type KeptServer = { server: RegisterServer } | { address: ServerAddress; passwordUnreadable: true };

/** The kept way of protecting the connection; a file written before TLS has none: preferred. */
function keptTls(value: unknown): ServerTls {
  const tls = value as Partial<{ mode: string; fingerprint: unknown; certificate: unknown }> | null | undefined;
  if (tls?.mode === 'pinned' && typeof tls.fingerprint === 'string' && typeof tls.certificate === 'string')
    return { mode: 'pinned', fingerprint: tls.fingerprint, certificate: tls.certificate };
  if (tls?.mode === 'required') return { mode: 'required' };
  return { mode: 'preferred' };
}

function isAddress(value: unknown): value is ServerAddress {
  const server = value as Partial<ServerAddress> | null;
  return typeof server?.host === 'string' && typeof server.port === 'number' && typeof server.database === 'string' && typeof server.user === 'string';
}

/**
 * The server this PC is joined to, or null in one-PC mode (no file, or a file that names
 * none). A file of an earlier version, with the password in clear, is read and rewritten
 * protected at once when the system's store can protect it.
 */
export async function readNetworkSettings(dataFolder: string, box: SecretBox | null): Promise<KeptServer | null> {
  const bytes = await readIfPresent(join(dataFolder, NETWORK_SETTINGS_FILE));
  if (bytes === null) return null;
  const parsed = (JSON.parse(bytes.toString('utf8')) as { server?: unknown }).server as
    (ServerAddress & { password?: unknown; protectedPassword?: unknown; tls?: unknown }) | null;
  if (!isAddress(parsed)) return null;
  const tls = keptTls(parsed.tls);
  const bare = bareAddress(parsed);
  if (typeof parsed.password === 'string') {
    const server = { ...bare, password: parsed.password, tls };
    if (box?.available()) await writeNetworkSettings(dataFolder, server, box);
    return { server };
  }
  const address = addressOf({ ...bare, tls });
  if (typeof parsed.protectedPassword !== 'string' || !box) return { address, passwordUnreadable: true };
  try {
    return { server: { ...bare, password: box.reveal(Buffer.from(parsed.protectedPassword, 'base64')), tls } };
  } catch {
    // Another user's or another machine's store, or a keyring reset: the password must be typed again.
    return { address, passwordUnreadable: true };
  }
}

/** Keeps the server (its password protected by the system's store), or one PC with null; refused when the store cannot protect it. */
export async function writeNetworkSettings(dataFolder: string, server: RegisterServer | null, box: SecretBox | null): Promise<Result<void, AppError>> {
  let body: { server: (ServerAddress & { protectedPassword: string; tls: ServerTls }) | null } = { server: null };
  if (server) {
    if (!box?.available()) return err(appError('network.passwordStoreUnavailable'));
    body = {
      server: {
        ...bareAddress(server),
        protectedPassword: Buffer.from(box.protect(server.password)).toString('base64'),
        // The pinned certificate is public: kept in clear, so that a counter checks its server without the store.
        tls: server.tls ?? { mode: 'preferred' },
      },
    };
  }
  // At set-up the app may not have written anything in its folder yet.
  await mkdir(dataFolder, { recursive: true });
  await replaceWhole(join(dataFolder, NETWORK_SETTINGS_FILE), new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`));
  return ok(undefined);
}

// Which register this PC keeps: none written means one PC (IndexedDB, the default); a
// server written means network mode, every validation made by that PostgreSQL server.
// Kept by the main process in its data folder, replaced whole (replace-whole.ts). The
// window never reads the password back: it only learns where the register lives.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceWhole } from '../files/replace-whole';
import type { ServerAddress } from '../../shared/ipc/network';
import type { RegisterServer } from './register-pool';

export const NETWORK_SETTINGS_FILE = 'registre-partage.json';

export function addressOf(server: RegisterServer): ServerAddress {
  return { host: server.host, port: server.port, database: server.database, user: server.user };
}

function isServer(value: unknown): value is RegisterServer {
  const server = value as Partial<RegisterServer> | null;
  return (
    typeof server?.host === 'string' &&
    typeof server.port === 'number' &&
    typeof server.database === 'string' &&
    typeof server.user === 'string' &&
    typeof server.password === 'string'
  );
}

/** The server this PC is joined to, or null in one-PC mode (no file, or a file that names none). */
export async function readNetworkSettings(dataFolder: string): Promise<RegisterServer | null> {
  let text: string;
  try {
    text = await readFile(join(dataFolder, NETWORK_SETTINGS_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = (JSON.parse(text) as { server?: unknown }).server;
  return isServer(parsed) ? parsed : null;
}

export async function writeNetworkSettings(dataFolder: string, server: RegisterServer | null): Promise<void> {
  const { host, port, database, user, password } = server ?? ({} as Partial<RegisterServer>);
  const body = server ? { server: { host, port, database, user, password } } : { server: null };
  // At set-up the app may not have written anything in its folder yet.
  await mkdir(dataFolder, { recursive: true });
  await replaceWhole(join(dataFolder, NETWORK_SETTINGS_FILE), new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`));
}

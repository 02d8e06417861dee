// What a PC that hosts the shared register keeps about its bundled server: the port, the
// names, and the two passwords generated at set-up (the administrator's, used from this PC
// only; the counters', printed on the sheet for adding a counter). Kept by the main
// process in its data folder, replaced whole; the window never reads a password from it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceWhole } from '../../files/replace-whole';

export const HOST_SETTINGS_FILE = 'registre-heberge.json';
/** The cluster's folder inside the data folder. */
export const HOST_SERVER_FOLDER = 'serveur-registre';
export const HOST_DATA_FOLDER = 'donnees';

export interface HostSettings {
  port: number;
  database: string;
  admin: { user: string; password: string };
  counter: { user: string; password: string };
}

function isLogin(value: unknown): value is { user: string; password: string } {
  const login = value as { user?: unknown; password?: unknown } | null;
  return typeof login?.user === 'string' && typeof login.password === 'string';
}

function isHostSettings(value: unknown): value is HostSettings {
  const host = value as Partial<HostSettings> | null;
  return typeof host?.port === 'number' && typeof host.database === 'string' && isLogin(host.admin) && isLogin(host.counter);
}

export function hostDataDir(dataFolder: string): string {
  return join(dataFolder, HOST_SERVER_FOLDER, HOST_DATA_FOLDER);
}

/** The bundled server's settings, or null on a PC that does not host the register. */
export async function readHostSettings(dataFolder: string): Promise<HostSettings | null> {
  let text: string;
  try {
    text = await readFile(join(dataFolder, HOST_SETTINGS_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  return isHostSettings(parsed) ? parsed : null;
}

export async function writeHostSettings(dataFolder: string, settings: HostSettings): Promise<void> {
  const { port, database, admin, counter } = settings;
  const body = { port, database, admin: { user: admin.user, password: admin.password }, counter: { user: counter.user, password: counter.password } };
  await replaceWhole(join(dataFolder, HOST_SETTINGS_FILE), new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`));
}

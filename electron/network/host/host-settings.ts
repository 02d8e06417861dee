// What a PC that hosts the shared register keeps about its bundled server: the port, the
// names, and the two passwords generated at set-up (the administrator's, used from this PC
// only; the counters', printed on the sheet for adding a counter). Kept by the main
// process in its data folder, replaced whole; the window never reads a password from it.
// The passwords are never written in clear: the system's store protects them (SecretBox),
// as it does the counter's own password (network-settings.ts).
import { join } from 'node:path';
import { replaceWhole } from '../../files/replace-whole';
import { readIfPresent } from '../../files/write-once';
import type { SecretBox } from '../../signing/secret-box';

export const HOST_SETTINGS_FILE = 'registre-heberge.json';
/** The cluster's folder inside the data folder. */
export const HOST_SERVER_FOLDER = 'serveur-registre';
export const HOST_DATA_FOLDER = 'donnees';

interface Login {
  user: string;
  password: string;
}

export interface HostSettings {
  port: number;
  database: string;
  admin: Login;
  counter: Login;
}

/** A login as the file keeps it: protected by the store, or in clear in a file of the first version. */
interface KeptLogin {
  user: string;
  protectedPassword?: string;
  password?: string;
}

/** The store cannot open the kept passwords (another session, a keyring reset): the server cannot be run from this account. */
export class HostPasswordsUnreadable extends Error {
  constructor() {
    super('Les mots de passe du serveur du registre partagé ne peuvent pas être lus par le coffre du système de cette session.');
  }
}

function isKeptLogin(value: unknown): value is KeptLogin {
  const login = value as Partial<KeptLogin> | null;
  return typeof login?.user === 'string' && (typeof login.protectedPassword === 'string' || typeof login.password === 'string');
}

export function hostDataDir(dataFolder: string): string {
  return join(dataFolder, HOST_SERVER_FOLDER, HOST_DATA_FOLDER);
}

/**
 * The bundled server's settings, or null on a PC that does not host the register. A file
 * of the first version, with the passwords in clear, is rewritten protected at once when
 * the store can protect them.
 */
export async function readHostSettings(dataFolder: string, box: SecretBox | null): Promise<HostSettings | null> {
  const bytes = await readIfPresent(join(dataFolder, HOST_SETTINGS_FILE));
  if (bytes === null) return null;
  const kept = JSON.parse(bytes.toString('utf8')) as { port?: unknown; database?: unknown; admin?: unknown; counter?: unknown } | null;
  if (typeof kept?.port !== 'number' || typeof kept.database !== 'string' || !isKeptLogin(kept.admin) || !isKeptLogin(kept.counter)) return null;
  const inClear = typeof kept.admin.password === 'string' || typeof kept.counter.password === 'string';
  const settings: HostSettings = { port: kept.port, database: kept.database, admin: revealed(kept.admin, box), counter: revealed(kept.counter, box) };
  if (inClear && box?.available()) await writeHostSettings(dataFolder, settings, box);
  return settings;
}

function revealed(login: KeptLogin, box: SecretBox | null): Login {
  if (typeof login.password === 'string') return { user: login.user, password: login.password };
  if (!box) throw new HostPasswordsUnreadable();
  try {
    return { user: login.user, password: box.reveal(Buffer.from(login.protectedPassword ?? '', 'base64')) };
  } catch {
    throw new HostPasswordsUnreadable();
  }
}

/** Keeps the settings, both passwords protected by the store; the caller has checked that it can protect them. */
export async function writeHostSettings(dataFolder: string, settings: HostSettings, box: SecretBox): Promise<void> {
  const protect = ({ user, password }: Login) => ({ user, protectedPassword: Buffer.from(box.protect(password)).toString('base64') });
  const body = { port: settings.port, database: settings.database, admin: protect(settings.admin), counter: protect(settings.counter) };
  await replaceWhole(join(dataFolder, HOST_SETTINGS_FILE), new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`));
}

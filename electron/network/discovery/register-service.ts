// How a PC that hosts the shared register is announced on the local network (mDNS, the
// « Bonjour » of printers and NAS): a service of our own type, whose TXT record says whose
// register it holds and in which database. Never a password: anyone on the network reads
// these records.
import type { FoundHost } from '../../../shared/ipc/host';

/** `_registre-stup._tcp.local`: bonjour-service adds the underscores and the protocol. */
export const REGISTER_SERVICE_TYPE = 'registre-stup';

/** The TXT record's keys (each value short: the record fits one packet). */
export interface RegisterTxt {
  /** The version of this record's layout. */
  v: string;
  poste: string;
  etablissement: string;
  base: string;
}

export interface Announced {
  hostName: string;
  establishment: string;
  port: number;
  database: string;
}

export function serviceName(hostName: string): string {
  // A DNS label: 63 bytes at most.
  return `Registre des stupéfiants sur ${hostName}`.slice(0, 60);
}

export function txtOf({ hostName, establishment, database }: Announced): RegisterTxt {
  return { v: '1', poste: hostName.slice(0, 100), etablissement: establishment.slice(0, 150), base: database };
}

/** What a counter's set-up lists from an announcement heard; null for one it cannot use. */
export function foundHostOf(service: { host?: string; port?: number; addresses?: string[]; txt?: unknown }): FoundHost | null {
  const txt = (service.txt ?? {}) as Partial<Record<keyof RegisterTxt, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : '');
  const port = service.port;
  const database = text(txt.base);
  if (typeof port !== 'number' || !database) return null;
  // An IPv4 address is what every counter resolves; a .local name needs mDNS resolution on the counter too.
  const ipv4 = (service.addresses ?? []).filter((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address) && !address.startsWith('169.254.')).sort();
  const hostName = text(txt.poste) || (service.host ?? '');
  const address = ipv4[0] ?? (service.host ? (service.host.endsWith('.local') ? service.host : `${service.host}.local`) : '');
  if (!address) return null;
  return { hostName, establishment: text(txt.etablissement), address, port, database };
}

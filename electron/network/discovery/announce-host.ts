// The announcement of this PC's register while its bundled server runs: its name, the
// establishment once the register is opened (read on the server), the port and database.
import { hostname } from 'node:os';
import type { HostSettings } from '../host/host-settings';
import { registerFrame } from '../host/register-frame';
import { announceRegister, type Announcement, type MdnsOptions } from './mdns';

export async function announceHost(settings: HostSettings, mdns: MdnsOptions = {}, onError: (error: unknown) => void = () => undefined): Promise<Announcement> {
  // Not opened yet: announced without an establishment; the next start of the app says it.
  const frame = await registerFrame(settings).catch(() => null);
  const establishment = frame && frame.head.seq > 0 ? frame.establishment.name : '';
  return announceRegister({ hostName: hostname(), establishment, port: settings.port, database: settings.database }, mdns, onError);
}

// The announcement of this PC's register while its bundled server runs: its name, the
// establishment once the register is opened (read on the server), the port and database.
// A host set up before its register is opened is announced without an establishment,
// then announced again, with it, as soon as the register is opened.
import { hostname } from 'node:os';
import type { HostSettings } from '../host/host-settings';
import { registerFrame } from '../host/register-frame';
import { announceRegister, type Announcement, type MdnsOptions } from './mdns';

export interface AnnounceHostOptions {
  mdns?: MdnsOptions;
  onError?: (error: unknown) => void;
  /** How often a register not yet opened is looked at again. */
  recheckMs?: number;
}

async function establishmentOf(settings: HostSettings): Promise<string> {
  const frame = await registerFrame(settings).catch(() => null);
  return frame && frame.head.seq > 0 ? frame.establishment.name : '';
}

export async function announceHost(
  settings: HostSettings,
  { mdns = {}, onError = () => undefined, recheckMs = 15_000 }: AnnounceHostOptions = {},
): Promise<Announcement> {
  const announce = (establishment: string) =>
    announceRegister({ hostName: hostname(), establishment, port: settings.port, database: settings.database }, mdns, onError);
  const known = await establishmentOf(settings);
  let current = announce(known);
  let timer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  const first = current;
  // Only while the register is not opened: once it is, the establishment is said until the next start.
  if (known === '') {
    timer = setInterval(() => {
      void establishmentOf(settings).then(async (establishment) => {
        if (!establishment || stopped || current !== first || !timer) return;
        clearInterval(timer);
        timer = null;
        await first.stop();
        if (!stopped) current = announce(establishment);
      });
    }, recheckMs);
    // Never what keeps the app running.
    timer.unref?.();
  }
  return {
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await current.stop();
    },
  };
}

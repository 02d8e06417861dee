// Announcing and finding the shared register on the local network, with bonjour-service
// (multicast DNS). The host announces while its server runs; a counter's set-up listens a
// moment and lists what it heard. Multicast may be filtered by a network (guest Wi-Fi,
// some switches): the address can always be typed instead.
import { Bonjour, type Service } from 'bonjour-service';
import type { FoundHost } from '../../../shared/ipc/host';
import { foundHostOf, REGISTER_SERVICE_TYPE, serviceName, txtOf, type Announced } from './register-service';

/** multicast-dns's options (interface, port, loopback…): the network's own by default; the tests name theirs. */
export type MdnsOptions = ConstructorParameters<typeof Bonjour>[0];

export interface Announcement {
  stop(): Promise<void>;
}

/** Announces this PC's register until `stop`; a failure of the network is reported, never thrown at the app. */
export function announceRegister(what: Announced, mdns: MdnsOptions = {}, onError: (error: unknown) => void = () => undefined): Announcement {
  const bonjour = new Bonjour(mdns, onError);
  const service = bonjour.publish({ name: serviceName(what.hostName), type: REGISTER_SERVICE_TYPE, port: what.port, txt: txtOf(what) });
  service.on('error', onError);
  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        // Says goodbye on the network (the counters forget it at once), then closes the socket.
        bonjour.unpublishAll(() => bonjour.destroy(() => resolve()));
      })),
  };
}

/** Listens for `durationMs` and answers every register heard, one per address and port. */
export function browseRegisters(durationMs = 2_500, mdns: MdnsOptions = {}, onError: (error: unknown) => void = () => undefined): Promise<FoundHost[]> {
  return new Promise((resolve) => {
    const bonjour = new Bonjour(mdns, onError);
    const found = new Map<string, FoundHost>();
    const heard = (service: Service) => {
      const host = foundHostOf(service);
      if (host) found.set(`${host.address}:${host.port}/${host.database}`, host);
    };
    const browser = bonjour.find({ type: REGISTER_SERVICE_TYPE }, heard);
    browser.on('txt-update', heard);
    setTimeout(() => {
      // Every service known at the end (an answer may have completed after its first sighting).
      for (const service of browser.services) heard(service);
      browser.stop();
      bonjour.destroy(() => resolve([...found.values()].sort((a, b) => a.hostName.localeCompare(b.hostName, 'fr'))));
    }, durationMs);
  });
}

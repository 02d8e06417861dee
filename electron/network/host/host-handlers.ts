// The channels of a PC that hosts the shared register, and of a counter looking for one
// (shared/ipc/contract.ts): set up the bundled server and join it, say where it listens,
// print the sheet for adding a counter, list the hosts heard on the network.
import { hostname } from 'node:os';
import { stat } from 'node:fs/promises';
import type { MainHandlers } from '../../../shared/ipc/contract';
import { appError } from '../../../shared/errors';
import { err, ok } from '../../../shared/result';
import { instantStamp } from '../../../shared/editions/file-name';
import type { EditionFonts } from '../../../shared/editions/pdf/fonts';
import { counterSheetPdf } from '../../../shared/network/counter-sheet-pdf';
import { createOnce } from '../../files/write-once';
import type { FoundHost } from '../../../shared/ipc/host';
import { lanAddresses } from './lan-addresses';
import type { HostService } from './host-service';
import { registerFrame } from './register-frame';

type HostChannel = 'host:setUp' | 'host:status' | 'host:printSheet' | 'discovery:browse';

export interface HostHandlerContext {
  host: HostService;
  /** Joins this PC to a server as a counter: the network channels' own set-up (network:configure). */
  configure: MainHandlers['network:configure'];
  /** Listens on the local network for hosts (discovery/mdns.ts). */
  browse: () => Promise<FoundHost[]>;
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  openPath: (path: string) => Promise<string>;
  editionFonts: () => EditionFonts;
  now: () => Date;
  hostName?: () => string;
  addresses?: () => string[];
}

export function createHostHandlers(context: HostHandlerContext): Pick<MainHandlers, HostChannel> {
  const hostName = context.hostName ?? hostname;
  const addresses = context.addresses ?? (() => lanAddresses());
  return {
    async 'host:setUp'() {
      const local = await context.host.setUp();
      if (!local.ok) return local;
      return context
        .configure({ server: local.value })
        .then((joined) =>
          joined.ok && joined.value.server
            ? ok({ server: joined.value.server, headSeq: joined.value.headSeq })
            : joined.ok
              ? err(appError('network.notConfigured'))
              : joined,
        );
    },
    async 'host:status'() {
      const settings = await context.host.settings();
      return ok({ hosting: settings !== null, hostName: hostName(), port: settings?.port ?? null, addresses: settings ? addresses() : [] });
    },
    async 'host:printSheet'() {
      const settings = await context.host.settings();
      if (!settings) return err(appError('host.notHosting'));
      const frame = await registerFrame(settings);
      const fingerprint = await context.host.fingerprint();
      const now = context.now();
      const path = await context.chooseSavePath(`fiche-ajout-d-un-poste_${instantStamp(now)}${String(now.getSeconds()).padStart(2, '0')}.pdf`);
      if (path === null) return err(appError('host.sheetCancelled'));
      if ((await stat(path).catch(() => null)) !== null) return err(appError('package.exists', undefined, { path }));
      const pdf = counterSheetPdf(
        {
          hostName: hostName(),
          addresses: addresses(),
          port: settings.port,
          database: settings.database,
          user: settings.counter.user,
          password: settings.counter.password,
          fingerprint,
        },
        { ...frame, editedAt: now, fonts: context.editionFonts() },
      );
      if ((await createOnce(path, pdf)).state === 'exists') return err(appError('package.exists', undefined, { path }));
      await context.openPath(path);
      return ok({ sheetPath: path });
    },
    async 'discovery:browse'() {
      return ok({ hosts: await context.browse() });
    },
  };
}

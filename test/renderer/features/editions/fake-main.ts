// The editions' side of the main process, in memory: an archive that never replaces a
// file and hashes what it keeps (as electron/editions does), and a viewer that records
// what it is asked to open. Enough to test the window's steps without a disk.
import { createHash } from 'node:crypto';
import { appError } from '../../../../shared/errors';
import type { IpcResult, RegistreApi } from '../../../../shared/ipc/contract';
import { requestSchemas } from '../../../../shared/ipc/requests';
import { err, ok } from '../../../../shared/result';

export interface FakeMain {
  api: RegistreApi;
  /** fileName → bytes, as archived. */
  archive: Map<string, Uint8Array>;
  opened: string[];
  /** Archive requests refused from now on (a full disk, say). */
  failArchive: boolean;
}

function refused(): Promise<IpcResult<never>> {
  return Promise.resolve(err(appError('ipc.unknownChannel')));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fakeMain(): FakeMain {
  const state: FakeMain = { archive: new Map(), opened: [], failArchive: false, api: undefined as unknown as RegistreApi };
  const api: Partial<RegistreApi> = {
    'edition:archive': async (request) => {
      // The main process checks every request against its schema first.
      if (!requestSchemas['edition:archive'].safeParse(request).success) return err(appError('ipc.badRequest'));
      if (state.failArchive) return err(appError('ipc.internal', undefined, { detail: 'disque plein' }));
      if (state.archive.has(request.fileName)) return err(appError('edition.exists', undefined, { fileName: request.fileName }));
      const bytes = new Uint8Array(request.bytes);
      state.archive.set(request.fileName, bytes);
      return ok({ fileName: request.fileName, sha256: sha256(bytes), size: bytes.length, onReserve: true });
    },
    'edition:syncReserve': async () => ok({ copied: 0, missing: 0, conflicts: [] }),
    // The Éditions tab lists the yearly archives too: none here.
    'archive:written': async () => ok({ fileNames: [] }),
    'archive:list': async () => ok({ archives: [] }),
    'edition:open': async ({ fileName, sha256: recorded }) => {
      const bytes = state.archive.get(fileName);
      if (!bytes) return err(appError('edition.missing', undefined, { fileName }));
      if (sha256(bytes) !== recorded) return err(appError('edition.altered', undefined, { fileName }));
      state.opened.push(fileName);
      return ok(null);
    },
  };
  state.api = new Proxy(api, { get: (target, channel: string) => target[channel as keyof RegistreApi] ?? refused }) as RegistreApi;
  return state;
}

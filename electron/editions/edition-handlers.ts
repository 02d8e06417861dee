// Printed editions seen from the window: archive a new PDF (never over an existing one)
// and duplicate it on the reserve medium, open it with the system viewer or save a copy
// where the person chooses, after checking it still has the SHA-256 the journal recorded,
// and copy to the reserve whatever it lacks once the medium is back.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { appError } from '../../shared/errors';
import type { MainHandlers } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/result';
import { readCheckedEdition } from './archived-edition';
import { createSerialQueue } from '../../shared/serial-queue';
import { archiveFolder, isEditionFileName, reserveEditionsFolder } from './paths';
import { reachableReserveFolder } from '../reserve/reserve-folder';
import { copyToReserve } from '../reserve/copy-to-reserve';
import { loadLocalKey } from '../sealing/key-store';
import { copyToMedium } from '../sealing/sealed-copy';
import { sha256Hex } from '../files/sha256';
import { copyOnce, createOnce } from '../files/write-once';

export interface EditionContext {
  dataFolder: string;
  /** Hands a file to the system viewer (Electron's shell.openPath): '' once opened, else what went wrong. */
  openPath: (path: string) => Promise<string>;
  /** Asks the person where to save a copy (a dialog in Electron); null when they cancel. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
}

type EditionHandlers = Pick<MainHandlers, 'edition:archive' | 'edition:open' | 'edition:saveAs' | 'edition:syncReserve'>;

/** The edition files of an archive folder, sorted; none when the folder does not exist yet. */
export async function archivedNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && isEditionFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function createEditionHandlers({ dataFolder, openPath, chooseSavePath }: EditionContext): EditionHandlers {
  const perRegister = createSerialQueue();
  return {
    'edition:archive': ({ registerId, fileName, bytes }) =>
      perRegister(registerId, async () => {
        const folder = archiveFolder(dataFolder, registerId);
        await mkdir(folder, { recursive: true });
        const created = await createOnce(join(folder, fileName), bytes);
        if (created.state === 'exists') return err(appError('edition.exists', undefined, { fileName }));
        const { onDisk } = created;
        const onReserve = await copyToReserve(dataFolder, (reserve) => reserveEditionsFolder(reserve, registerId), fileName, onDisk);
        return ok({ fileName, sha256: sha256Hex(onDisk), size: onDisk.length, onReserve });
      }),

    'edition:open': async (request) => {
      const checked = await readCheckedEdition(dataFolder, request);
      if (!checked.ok) return checked;
      const problem = await openPath(checked.value.path);
      if (problem !== '') return err(appError('edition.openFailed', undefined, { fileName: request.fileName, detail: problem }));
      return ok(null);
    },

    'edition:saveAs': async (request) => {
      const checked = await readCheckedEdition(dataFolder, request);
      if (!checked.ok) return checked;
      const path = await chooseSavePath(request.fileName);
      if (path === null) return err(appError('edition.cancelled'));
      // The same file already there is the copy asked for; another file is never replaced.
      if ((await copyOnce(path, checked.value.bytes)) === 'different') return err(appError('edition.exists', undefined, { fileName: basename(path) }));
      return ok({ path });
    },

    'edition:syncReserve': ({ registerId }) =>
      perRegister(registerId, async () => {
        const reserve = await reachableReserveFolder(dataFolder);
        if (!reserve.ok) return reserve;
        const source = archiveFolder(dataFolder, registerId);
        const names = await archivedNames(source);
        const target = reserveEditionsFolder(reserve.value, registerId);
        if (names.length > 0) {
          try {
            await mkdir(target, { recursive: true });
          } catch {
            return err(appError('reserve.unreachable', undefined, { folder: reserve.value }));
          }
        }
        const key = await loadLocalKey(dataFolder);
        let copied = 0;
        let failed = 0;
        const conflicts: string[] = [];
        for (const name of names) {
          const bytes = await readFile(join(source, name));
          try {
            const outcome = await copyToMedium(join(target, name), bytes, key);
            if (outcome === 'copied') copied += 1;
            if (outcome === 'different') conflicts.push(name);
          } catch {
            failed += 1;
          }
        }
        return ok({ copied, missing: conflicts.length + failed, conflicts });
      }),
  };
}

// The real main-process handlers over a temporary data folder and reserve folder, called
// through the dispatcher (so every request passes the zod schemas first), with the
// system viewer and the save dialog replaced by functions the test can see and answer.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createRegistreApi } from '../../../shared/ipc/client';
import type { RegistreApi } from '../../../shared/ipc/contract';

export const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000001';

export interface EditionsMain {
  root: string;
  dataFolder: string;
  reserveFolder: string;
  /** Files handed to the system viewer, in order. */
  opened: string[];
  /** What the viewer answers: '' opens, anything else is its complaint. */
  viewerAnswer: string;
  /** What the save dialog answers, given the offered name; null cancels. */
  savePath: (defaultName: string) => string | null;
  /** Names the save dialog offered. */
  offered: string[];
  api: RegistreApi;
  archivePath(fileName: string): string;
  reservePath(fileName: string): string;
}

export function pdf(text: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);
}

/** Registers hooks that build a fresh main process on new folders before each test. */
export function useEditionsMain(): EditionsMain {
  const main = {} as EditionsMain;
  beforeEach(async () => {
    main.root = await mkdtemp(join(tmpdir(), 'registre-editions-'));
    main.dataFolder = join(main.root, 'data');
    main.reserveFolder = join(main.root, 'usb');
    await mkdir(main.reserveFolder);
    main.opened = [];
    main.viewerAnswer = '';
    main.offered = [];
    main.savePath = () => null;
    const dispatch = createDispatcher({
      handlers: createHandlers({
        version: 't',
        shell: 'harness',
        dataFolder: main.dataFolder,
        chooseFolder: async () => main.reserveFolder,
        openPath: async (path) => {
          main.opened.push(path);
          return main.viewerAnswer;
        },
        chooseSavePath: async (defaultName) => {
          main.offered.push(defaultName);
          return main.savePath(defaultName);
        },
      }),
      isTrustedSender: () => true,
    });
    main.api = createRegistreApi((channel, request) => dispatch('app://registre/', channel, request));
    main.archivePath = (fileName) => join(main.dataFolder, 'editions', REGISTER_ID, fileName);
    main.reservePath = (fileName) => join(main.reserveFolder, `${REGISTER_ID}.editions`, fileName);
  });
  afterEach(async () => {
    await rm(main.root, { recursive: true, force: true });
  });
  return main;
}

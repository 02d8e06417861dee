// The main-process side of every channel, as plain functions over a context: the
// Electron glue and the end-to-end harness call exactly these.
import type { MainHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { createReserveHandlers } from '../reserve/reserve-handlers';

export interface MainContext {
  version: string;
  shell: 'electron' | 'harness';
  dataFolder: string;
  /** Asks the person for a folder (Electron's dialog; a given folder in the tests). */
  chooseFolder: () => Promise<string | null>;
}

export function createHandlers(context: MainContext): MainHandlers {
  return {
    'app:getInfo': async () => ok({ version: context.version, shell: context.shell, dataFolder: context.dataFolder }),
    ...createReserveHandlers(context),
  };
}

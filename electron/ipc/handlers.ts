// The main-process side of every channel, as plain functions over a context: the
// Electron glue and the end-to-end harness call exactly these.
import type { MainHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';

export interface MainContext {
  version: string;
  shell: 'electron' | 'harness';
  dataFolder: string;
}

export function createHandlers(context: MainContext): MainHandlers {
  return {
    'app:getInfo': async () =>
      ok({ version: context.version, shell: context.shell, dataFolder: context.dataFolder }),
  };
}

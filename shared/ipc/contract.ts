// The one contract between the window (renderer) and the main process:
// channel name → request and response. The preload's object satisfies RegistreApi,
// the main side implements MainHandlers, and the compiler keeps both in step.
import type { AppError } from '../errors';
import type { Result } from '../result';

export interface AppInfo {
  version: string;
  /** Where the application runs: the Electron shell, or the test harness in Chromium. */
  shell: 'electron' | 'harness';
  /** The folder that holds the application's own files on this machine. */
  dataFolder: string;
}

export interface IpcContract {
  'app:getInfo': { request: null; response: AppInfo };
}

export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Nothing throws across the boundary: every answer is a Result. */
export type IpcResult<T> = Result<T, AppError>;

export type RegistreApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/** A main-process handler may refuse with an expected error, or answer plainly. */
export type MainHandlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

export const CHANNELS = ['app:getInfo'] as const satisfies readonly Channel[];

/** The name under which the API is exposed on `window`. */
export const API_GLOBAL = 'registre';

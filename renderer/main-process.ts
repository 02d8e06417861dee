// The window's handle on the main process, as exposed by the preload (or, in the
// end-to-end tests, by the harness with the same contract).
import { API_GLOBAL, type RegistreApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    [API_GLOBAL]?: RegistreApi;
  }
}

export function mainProcess(): RegistreApi | null {
  return window[API_GLOBAL] ?? null;
}

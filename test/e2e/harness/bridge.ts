// Runs in the page before the application, in place of the preload: the same API
// object, built by the same function, with a Playwright binding as its transport.
import { API_GLOBAL, type RegistreApi } from '../../../shared/ipc/contract';
import { createRegistreApi, type Invoke } from '../../../shared/ipc/client';

declare global {
  interface Window {
    __registreIpc: Invoke;
    [API_GLOBAL]?: RegistreApi;
  }
}

window[API_GLOBAL] = createRegistreApi((channel, request) => window.__registreIpc(channel, request));

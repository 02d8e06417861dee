// Runs in the page before the application, in place of the preload: the same API
// object, built by the same function, with a Playwright binding as its transport. The
// binding carries JSON-like values only, so bytes cross it as tagged base64 (bytes-codec).
import { API_GLOBAL, type IpcResult, type RegistreApi } from '../../../shared/ipc/contract';
import { createRegistreApi } from '../../../shared/ipc/client';
import { decodeBytes, encodeBytes } from './bytes-codec';

declare global {
  interface Window {
    __registreIpc: (channel: string, payload: unknown) => Promise<unknown>;
    [API_GLOBAL]?: RegistreApi;
  }
}

window[API_GLOBAL] = createRegistreApi(
  async (channel, request) => decodeBytes(await window.__registreIpc(channel, encodeBytes(request))) as IpcResult<unknown>,
);

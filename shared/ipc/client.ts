// Builds the window-side API from a transport (Electron's ipcRenderer.invoke in the
// preload, a Playwright binding in the end-to-end tests): one code path for both.
import { CHANNELS, type Channel, type IpcResult, type RegistreApi } from './contract';

export type Invoke = (channel: Channel, request: unknown) => Promise<IpcResult<unknown>>;

export function createRegistreApi(invoke: Invoke): RegistreApi {
  const api: Record<string, (request: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNELS) api[channel] = (request) => invoke(channel, request);
  return api as RegistreApi;
}

// The window's only door to the main process: one object, typed by the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, type IpcResult, type RegistreApi } from '../shared/ipc/contract';
import { createRegistreApi } from '../shared/ipc/client';

const api = createRegistreApi((channel, request) => ipcRenderer.invoke(channel, request) as Promise<IpcResult<unknown>>) satisfies RegistreApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);

// Electron transport only: each channel goes to the shared dispatcher with the URL of
// the frame that sent it, so the sender check sees who really asked.
import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Dispatch } from './dispatch';

export function registerIpcHandlers(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(event.senderFrame?.url, channel, payload));
  }
}

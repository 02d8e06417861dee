// The main process as the window sees it, minus Electron's transport: the real
// dispatcher (payload validation, errors mapped to French) over the real handlers.
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createRegistreApi } from '../../shared/ipc/client';
import type { RegistreApi } from '../../shared/ipc/contract';

export function mainProcessApi(dataFolder: string, chooseFolder: () => Promise<string | null>): RegistreApi {
  const dispatch = createDispatcher({ handlers: createHandlers({ version: 'test', shell: 'harness', dataFolder, chooseFolder }), isTrustedSender: () => true });
  return createRegistreApi((channel, request) => dispatch('app://registre/', channel, request));
}

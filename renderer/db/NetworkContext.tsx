// Which register the window works on: this PC's own (IndexedDB, the default) or the
// shared register of a server (docs/reseau.md), as the main process was told at set-up.
// Every screen reads and writes through the store given here, whichever it is; joining
// a server at set-up switches the store without reloading the window.
import { useObservable } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ServerAddress } from '../../shared/ipc/network';
import { StoreProvider } from './DatabaseContext';
import { openRegisterStore } from './dexie-store';
import { openNetworkRegister, type NetworkRegister, type NetworkStatus } from './network-register';
import type { RegisterStore } from './register-store';
import { mainProcess } from '../main-process';
import { fr } from '../messages/fr';

export type { NetworkStatus } from './network-register';
export { reserveFromServerApi } from './network-register';

export interface NetworkMode {
  /** The shared register this window follows; null on one PC. */
  register: NetworkRegister | null;
  /** The main process has joined a server (or gone back to one PC, with null): the window follows. */
  joined(server: ServerAddress | null): void;
}

const NetworkContext = createContext<NetworkMode>({ register: null, joined: () => undefined });

export function useNetworkMode(): NetworkMode {
  return useContext(NetworkContext);
}

const NEVER: NetworkRegister['status'] = { subscribe: () => ({ unsubscribe: () => undefined }) };

/** Where the shared register lives and how it answers, live; null on one PC (or before the first state). */
export function useNetworkStatus(): NetworkStatus | null {
  const { register } = useNetworkMode();
  return useObservable(() => register?.status ?? NEVER, [register]) ?? null;
}

let onePcStore: RegisterStore | null = null;
/** This PC's own register, opened once for the window's life (also where a shared register is taken back: MoveRegister.tsx). */
export function ownRegister(): RegisterStore {
  onePcStore ??= openRegisterStore();
  return onePcStore;
}

const sameServer = (a: ServerAddress | null, b: ServerAddress | null) =>
  a === b || (a !== null && b !== null && a.host === b.host && a.port === b.port && a.database === b.database && a.user === b.user);

export function RegisterRoot({ children }: { children: ReactNode }) {
  const api = mainProcess();
  // undefined while the main process is asked; without one (a plain browser), one PC.
  const [server, setServer] = useState<ServerAddress | null | undefined>(api ? undefined : null);
  const [register, setRegister] = useState<NetworkRegister | null>(null);

  useEffect(() => {
    if (!api) return;
    void api['network:settings'](null).then((answer) => setServer(answer.ok ? answer.value.server : null));
  }, [api]);

  useEffect(() => {
    if (!api || !server) return;
    const opened = openNetworkRegister(api, server);
    setRegister(opened);
    return () => {
      setRegister(null);
      void opened.stop();
    };
  }, [api, server]);

  const joined = useCallback((next: ServerAddress | null) => setServer((current) => (sameServer(current ?? null, next) ? current : next)), []);
  const mode = useMemo(() => ({ register, joined }), [register, joined]);

  if (server === undefined || (server !== null && register === null)) return <p className="loading">{fr.common.loading}</p>;
  return (
    <NetworkContext.Provider value={mode}>
      <StoreProvider store={register ? register.store : ownRegister()}>{children}</StoreProvider>
    </NetworkContext.Provider>
  );
}

// The open session as the screens read it, apart from the gate that provides it, so that
// what the gate itself reads (the current validator) can read the session without a cycle.
import { createContext, useContext } from 'react';
import type { AccessStatus } from '../../../shared/ipc/contract';

export interface SessionValue {
  /** The register has personal codes: who validates is the person whose session is open. */
  guarded: boolean;
  status: AccessStatus | null;
  lock: () => void;
  /** Reads the access status again (after the holder sets the codes up). */
  refresh: () => void;
}

export const SessionContext = createContext<SessionValue>({ guarded: false, status: null, lock: () => {}, refresh: () => {} });

export function useSession(): SessionValue {
  return useContext(SessionContext);
}

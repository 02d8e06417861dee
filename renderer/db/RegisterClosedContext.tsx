// Whether the register has been closed for good, for every screen at once: the forms'
// submit buttons are disabled and the banner says why (the register refuses the events anyway).
import { createContext, useContext, type ReactNode } from 'react';
import type { RegisterClosedEvent } from './queries';
import { useRegisterQuery } from './use-register-query';

const RegisterClosedContext = createContext<RegisterClosedEvent | null>(null);

export function RegisterClosedProvider({ children }: { children: ReactNode }) {
  const closed = useRegisterQuery((store) => store.closure()) ?? null;
  return <RegisterClosedContext.Provider value={closed}>{children}</RegisterClosedContext.Provider>;
}

/** The closure event once the register is closed, null while it is open. */
export function useRegisterClosed(): RegisterClosedEvent | null {
  return useContext(RegisterClosedContext);
}

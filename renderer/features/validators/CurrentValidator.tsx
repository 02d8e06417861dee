// Who is at the keyboard. Every event records the person who validated it; the choice
// is made once at the top of the window and applies to every form until changed.
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import type { Validator } from '../../../shared/register/events';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { useSession } from '../access/session-context';

interface CurrentValidatorValue {
  /** RPPS or Ordre number of the person validating; undefined means the holder. */
  orderNumber: string | undefined;
  validators: readonly Validator[];
  /** undefined: back to the holder (used only when the register has no personal codes). */
  choose: (orderNumber: string | undefined) => void;
}

const CurrentValidatorContext = createContext<CurrentValidatorValue>({ orderNumber: undefined, validators: [], choose: () => {} });

export function CurrentValidatorProvider({ children }: { children: ReactNode }) {
  const validators = useRegisterQuery((store) => store.validators()) ?? [];
  const [orderNumber, choose] = useState<string | undefined>(undefined);
  // A revoked person stops validating at once: back to the holder.
  const stillAuthorized = orderNumber === undefined || validators.some((person) => person.orderNumber === orderNumber);
  useEffect(() => {
    if (!stillAuthorized && validators.length > 0) choose(undefined);
  }, [stillAuthorized, validators.length]);
  return (
    <CurrentValidatorContext.Provider value={{ orderNumber: stillAuthorized ? orderNumber : undefined, validators, choose }}>
      {children}
    </CurrentValidatorContext.Provider>
  );
}

export function useCurrentValidator(): CurrentValidatorValue {
  return useContext(CurrentValidatorContext);
}

/** The "Validé par" selector of the top bar. */
export function CurrentValidatorSelect() {
  const id = useId();
  const { orderNumber, validators, choose } = useCurrentValidator();
  const session = useSession();
  const current = orderNumber ?? validators[0]?.orderNumber ?? '';
  // With personal codes, who validates is whoever opened the session: no list to pick from.
  if (session.guarded) {
    const person = validators.find((candidate) => candidate.orderNumber === current);
    return (
      <div className="topbar__validator">
        <span>{person ? fr.access.session(person.name, person.role) : ''}</span>
        <button type="button" className="link" onClick={session.lock}>
          {fr.access.lock}
        </button>
      </div>
    );
  }
  return (
    <div className="topbar__validator">
      <label htmlFor={id}>{fr.validators.current}</label>
      <select id={id} name="validatedBy" value={current} onChange={(event) => choose(event.target.value)}>
        {validators.map((person) => (
          <option key={person.orderNumber} value={person.orderNumber}>
            {fr.validators.option(person.name, person.role)}
          </option>
        ))}
      </select>
    </div>
  );
}

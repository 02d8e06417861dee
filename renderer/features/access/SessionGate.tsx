// Once the register's personal codes are set up (docs/acces.md), nothing is shown or
// recorded until someone opens a session with their code: the window opens on « Qui
// êtes-vous ? », and every event is validated by the person whose session is open. The
// session locks itself after a time without a key or a click, and at once on F12.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AccessStatus } from '../../../shared/ipc/contract';
import type { EstablishmentKind } from '../../../shared/register/events';
import { mainProcess } from '../../main-process';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { SessionContext, type SessionValue } from './session-context';
import { WhoAreYou } from './WhoAreYou';

/** Minutes without a key or a click before the session locks itself. */
export const DEFAULT_IDLE_MINUTES = 5;
/** Where this workstation keeps another idle time, in minutes (a counter used by several people may want less). */
export const IDLE_MINUTES_KEY = 'registre.verrouillage.minutes';

/** The idle time set on this workstation, or the default. */
function idleMinutesHere(): number {
  const stored = Number(window.localStorage.getItem(IDLE_MINUTES_KEY));
  return Number.isFinite(stored) && stored > 0 ? stored : DEFAULT_IDLE_MINUTES;
}

/** The one key that locks the session at once. */
export const LOCK_KEY = 'F12';
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'mousemove'] as const;

interface SessionGateProps {
  registerId: string;
  kind: EstablishmentKind;
  idleMinutes?: number;
  children: ReactNode;
}

export function SessionGate({ registerId, kind, idleMinutes = idleMinutesHere(), children }: SessionGateProps) {
  const { orderNumber, validators, choose } = useCurrentValidator();
  const [status, setStatus] = useState<AccessStatus | null>(null);
  const [reads, setReads] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const refresh = useCallback(() => setReads((count) => count + 1), []);
  const lock = useCallback(() => setOpen(null), []);

  useEffect(() => {
    const api = mainProcess();
    if (!api) return;
    let current = true;
    void api['access:status']({ registerId }).then((answer) => {
      if (current && answer.ok) setStatus(answer.value);
    });
    return () => {
      current = false;
    };
  }, [registerId, reads]);

  const guarded = status?.holder != null;
  // A person revoked while their session is open loses it at once: no one falls back to the holder.
  const stillListed = open === null || validators.some((person) => person.orderNumber === open);
  useEffect(() => {
    if (!stillListed && validators.length > 0) lock();
  }, [stillListed, validators.length, lock]);
  useEffect(() => {
    if (guarded && open !== null && orderNumber !== open) choose(open);
  }, [guarded, open, orderNumber, choose]);

  useEffect(() => {
    if (!guarded || open === null) return;
    let timer = window.setTimeout(lock, idleMinutes * 60_000);
    const activity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, idleMinutes * 60_000);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === LOCK_KEY) {
        event.preventDefault();
        lock();
      }
    };
    for (const name of ACTIVITY) window.addEventListener(name, activity, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, activity);
      window.removeEventListener('keydown', onKey);
    };
  }, [guarded, open, idleMinutes, lock]);

  const value: SessionValue = { guarded, status, lock, refresh };
  if (guarded && (open === null || !stillListed)) {
    return (
      <SessionContext.Provider value={value}>
        <WhoAreYou registerId={registerId} kind={kind} status={status} validators={validators} onOpen={setOpen} onCodeSet={refresh} />
      </SessionContext.Provider>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

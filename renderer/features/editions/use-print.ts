// The print buttons' common path: produce the edition (archive, record, open), show
// "Édition en cours…" on the button pressed meanwhile, then the outcome.
import { useCallback, useRef, useState } from 'react';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { useEditionRenderer } from './edition-renderer';
import type { EditionSpec } from './edition-spec';
import { produceEdition, type EditionFailure, type ProducedEdition } from './produce-edition';

export type PrintOutcome = { kind: 'produced'; produced: ProducedEdition } | { kind: 'failed'; failure: EditionFailure } | { kind: 'invalid'; message: string };

export interface Printer {
  /** Produces and opens an edition; `key` names the button, which shows the work under way. */
  print: (key: string, spec: EditionSpec | (() => Promise<EditionSpec>)) => Promise<PrintOutcome>;
  /** Refuses before anything is produced (a period the wrong way round…). */
  refuse: (message: string) => void;
  /** The edition last asked for and not yet produced (its button shows the work under way), if any. */
  busy: string | null;
  outcome: PrintOutcome | null;
}

export function usePrint(): Printer {
  const store = useStore();
  const render = useEditionRenderer();
  const { orderNumber } = useCurrentValidator();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PrintOutcome | null>(null);
  // The editions asked for and not yet produced, by key. A second click on a button whose
  // edition is under way produces nothing more; an edition asked for by the screen itself
  // (the PV as it is established, while the notice is still being produced) waits its turn
  // in produceEdition's queue instead of being dropped.
  const pending = useRef<string[]>([]);

  const print = useCallback(
    async (key: string, spec: EditionSpec | (() => Promise<EditionSpec>)): Promise<PrintOutcome> => {
      if (pending.current.includes(key)) return { kind: 'invalid', message: '' };
      pending.current = [...pending.current, key];
      setBusy(key);
      setOutcome(null);
      try {
        const chosen = typeof spec === 'function' ? await spec() : spec;
        const result = await produceEdition({ store, api: mainProcess(), render, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }, chosen, {
          open: true,
        });
        const next: PrintOutcome = result.ok ? { kind: 'produced', produced: result.value } : { kind: 'failed', failure: result.error };
        setOutcome(next);
        return next;
      } finally {
        pending.current = pending.current.filter((waiting) => waiting !== key);
        setBusy(pending.current.at(-1) ?? null);
      }
    },
    [store, render, orderNumber],
  );

  const refuse = useCallback((message: string) => setOutcome({ kind: 'invalid', message }), []);

  return { print, refuse, busy, outcome };
}

// Closes ended months at start-up, and again while the window stays open across the end
// of a month (checked every ten minutes); then produces the monthly editions every closed
// month owes and does not record yet (those of the months just closed, and those a
// crash or a closed window left undone).
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import type { ClosureEditionsProgress } from '../editions/complete-closure-editions';
import { useEditionRenderer } from '../editions/edition-renderer';
import type { EditionFailure } from '../editions/produce-edition';
import { closeAndEdit } from './close-and-edit';
import { archiveDueYears } from '../handover/archive-due-years';

const CHECK_EVERY_MS = 10 * 60 * 1000;

export interface MonthlyClosureState {
  /** Why a month could not be closed. */
  error: AppError | null;
  /** The closure editions being produced, while they are. */
  editing: ClosureEditionsProgress | null;
  /** Why the closure editions stopped; they are completed at the next check. */
  editionFailure: EditionFailure | null;
}

export function useMonthlyClosure(): MonthlyClosureState {
  const store = useStore();
  const render = useEditionRenderer();
  const [error, setError] = useState<AppError | null>(null);
  const [editing, setEditing] = useState<ClosureEditionsProgress | null>(null);
  const [editionFailure, setEditionFailure] = useState<EditionFailure | null>(null);
  useEffect(() => {
    let running: Promise<unknown> | null = null;
    const check = () => {
      running ??= closeAndEdit({ store, api: mainProcess(), render }, (progress) => setEditing(progress.done < progress.total ? progress : null))
        .then(({ closed, editions }) => {
          setError(closed.ok ? null : closed.error);
          setEditionFailure(editions.ok ? null : editions.error);
        })
        // Once December is closed, the year's archive; a failure is retried at the next check.
        .then(() => archiveDueYears(store, mainProcess()).catch(() => null))
        .finally(() => {
          setEditing(null);
          running = null;
        });
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [store, render]);
  return { error, editing, editionFailure };
}

// After the closure of ended months, the monthly editions they owe: for each closed
// month, its balance and the register of every product that moved, archived, copied to
// the reserve and recorded with `closureOf`. A month whose editions are not all recorded
// (the window closed in between) is completed at the next start-up, and only what is
// missing is produced, so nothing is printed twice.
import { ok, type Result } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import { missingClosureEditions, type ClosureEditionSpec } from './closure-editions';
import { listEditions } from './edition-events';
import { produceEdition, type EditionDeps, type EditionFailure, type ProducedEdition } from './produce-edition';

/** The closure editions the register does not record yet, oldest month first. */
export async function missingEditions(store: RegisterStore): Promise<ClosureEditionSpec[]> {
  const [closures, editions] = await Promise.all([store.closures(), listEditions(store)]);
  return missingClosureEditions(closures, editions);
}

export interface ClosureEditionsProgress {
  done: number;
  total: number;
}

// One completion at a time per database: two runs (a second check, a second mount)
// would both find the same edition missing and produce it twice.
const running = new WeakMap<RegisterStore, Promise<Result<ProducedEdition[], EditionFailure>>>();

export function completeClosureEditions(
  deps: EditionDeps,
  onProgress: (progress: ClosureEditionsProgress) => void = () => {},
): Promise<Result<ProducedEdition[], EditionFailure>> {
  const already = running.get(deps.store);
  if (already) return already;
  const run = (async (): Promise<Result<ProducedEdition[], EditionFailure>> => {
    const missing = await missingEditions(deps.store);
    const produced: ProducedEdition[] = [];
    // Without a main process nothing can be archived: the editions wait for the application.
    if (missing.length === 0 || !deps.api) return ok(produced);
    onProgress({ done: 0, total: missing.length });
    for (const spec of missing) {
      // The holder answers for the closure and its editions, as for the closure itself.
      const result = await produceEdition({ ...deps, validatedBy: undefined }, spec, { open: false });
      if (!result.ok) return result;
      produced.push(result.value);
      onProgress({ done: produced.length, total: missing.length });
    }
    return ok(produced);
  })().finally(() => running.delete(deps.store));
  running.set(deps.store, run);
  return run;
}

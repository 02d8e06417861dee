// Replays the register's rules over the events held in IndexedDB, page by page, in order:
// an event added behind the application's back and sealed again (the chain then holds)
// is still found, by the same replay the command line, the restore and the package
// import use (shared/register/replay.ts). One pass from the opening: the rules need the
// register as every earlier event left it, so this half of the check is not split.
import { appError, type AppError } from '../../../shared/errors';
import { createReplayValidator, type ReplayValidator } from '../../../shared/register/replay';
import type { RegisterStore } from '../../db/register-store';
import { eventPages } from './read-pages';

/** `rules` is handed in by a caller that reads the folded state afterwards (check-state.ts). */
export async function checkDatabaseRules(store: RegisterStore, rules: ReplayValidator = createReplayValidator()): Promise<AppError | null> {
  for await (const page of eventPages(store)) {
    for (const event of page) {
      const fault = rules.next(event);
      if (fault) return appError('integrity.rule', undefined, { where: 'Registre', seq: String(fault.seq), message: fault.message });
    }
  }
  return null;
}

// How often the whole register is checked without being asked: a week, so that an old
// entry altered behind the application's back (which the check at start, reading only
// new events, does not read) is found within days, while a register of a million events
// is read whole only once a week, in a worker.
import type { RegisterStore } from '../../db/register-store';

export const WHOLE_CHECK_EVERY_DAYS = 7;

export async function wholeCheckDue(store: RegisterStore, now: Date): Promise<boolean> {
  const verified = await store.verifiedHead();
  if (!verified?.wholeCheckedAt) return true;
  return now.getTime() - Date.parse(verified.wholeCheckedAt) >= WHOLE_CHECK_EVERY_DAYS * 24 * 60 * 60 * 1000;
}

// The journal the window sends for a package (its database's copy: the reserve may lag
// behind it), verified again here, whole, and checked to be this register's; and the
// editions it records.
import { appError, type AppError } from '../../shared/errors';
import type { JournalSummary } from '../../shared/journal/read';
import { identityAtHead } from '../../shared/package/identity';
import { readJournalBytes } from '../../shared/package/journal-bytes';
import type { EditionProduced, RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';

export interface VerifiedJournal {
  events: RegisterEvent[];
  summary: JournalSummary;
}

/** The window's journal, verified whole and checked to be this register's. */
export function windowJournal(registerId: string, bytes: Uint8Array): Result<VerifiedJournal, AppError> {
  const { verdict, events } = readJournalBytes(bytes);
  if (!verdict.ok) return err(appError('package.journalDisagrees', undefined, { line: String(verdict.line) }));
  if (identityAtHead(events)?.registerId !== registerId) return err(appError('package.registerMismatch', undefined, { field: 'registerId' }));
  return ok({ events, summary: verdict });
}

export function recordedEditions(events: readonly RegisterEvent[]): (RegisterEvent & EditionProduced)[] {
  return events.filter((event): event is RegisterEvent & EditionProduced => event.type === 'edition.produced');
}

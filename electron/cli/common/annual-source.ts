// What `annual` and `jare` both start from: the whole journal verified (an altered one is
// refused, naming its line), opened as a register, with the establishment as it stands
// and the chain's head, with the year's statement. The words of a failure are printed here; the caller only exits.
import type { Establishment } from '../../../shared/register/events';
import { annualStatement, type AnnualStatement } from '../../../shared/jare/annual';
import type { ChainHead } from '../../../shared/register/chain-head';
import { identityAtHead } from '../../../shared/package/identity';
import { type CliIo, EXIT_BROKEN, EXIT_USAGE, type ExitCode } from './io';
import { annualNotRegister, journalBreak } from './messages';
import { verifyJournal } from '../../files/verify-journal';
import { createPeriodEvents } from '../../../shared/editions/period-events';

export interface AnnualSource {
  /** The year's statement: the events it was folded from are let go before any file is made. */
  statement: AnnualStatement;
  registerId: string;
  establishment: Establishment;
  head: ChainHead;
}

/**
 * The journal is read once, verified on both threads, and only what the year's statement
 * reads is kept (shared/editions/period-events.ts): the events that are not movements, the
 * year's movements and those dated after the last closure before it. The whole journal
 * held as objects took more than a gigabyte at a million events.
 */
export async function readAnnualSource(journal: string, io: CliIo, year: number): Promise<{ ok: true; source: AnnualSource } | { ok: false; code: ExitCode }> {
  const kept = createPeriodEvents({ from: `${year}-01-01`, to: `${year}-12-31` });
  let head: ChainHead | null = null;
  const verdict = await verifyJournal(journal, undefined, (event) => {
    kept.add(event);
    head = { seq: event.seq, hash: event.hash };
  });
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return { ok: false, code: EXIT_BROKEN };
  }
  const events = kept.events();
  // The establishment as it stands now, with its later changes: the same identity as a package's manifest.
  const identity = identityAtHead(events);
  if (!identity || head === null) {
    io.err(annualNotRegister(journal));
    return { ok: false, code: EXIT_USAGE };
  }
  return { ok: true, source: { statement: annualStatement(events, year), registerId: identity.registerId, establishment: identity.establishment, head } };
}

// What `annual` and `jare` both start from: the whole journal verified (an altered one is
// refused, naming its line), opened as a register, with the establishment as it stands
// and the chain's head. The words of a failure are printed here; the caller only exits.
import type { Establishment, RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/chain-head';
import { identityAtHead } from '../../../shared/package/identity';
import { type CliIo, EXIT_BROKEN, EXIT_USAGE, type ExitCode } from './io';
import { annualNotRegister, journalBreak } from './messages';
import { verifyJournal } from '../../files/verify-journal';

export interface AnnualSource {
  events: RegisterEvent[];
  registerId: string;
  establishment: Establishment;
  head: ChainHead;
}

export async function readAnnualSource(journal: string, io: CliIo): Promise<{ ok: true; source: AnnualSource } | { ok: false; code: ExitCode }> {
  const events: RegisterEvent[] = [];
  const verdict = await verifyJournal(journal, undefined, (event) => events.push(event));
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return { ok: false, code: EXIT_BROKEN };
  }
  // The establishment as it stands now, with its later changes: the same identity as a package's manifest.
  const identity = identityAtHead(events);
  if (!identity) {
    io.err(annualNotRegister(journal));
    return { ok: false, code: EXIT_USAGE };
  }
  const last = events.at(-1)!;
  return { ok: true, source: { events, registerId: identity.registerId, establishment: identity.establishment, head: { seq: last.seq, hash: last.hash } } };
}

// What `annual` and `jare` both start from: the whole journal verified (an altered one is
// refused, naming its line), opened as a register, with the establishment as it stands
// and the chain's head. The words of a failure are printed here; the caller only exits.
import type { Establishment, RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/prepare';
import { type CliIo, EXIT_BROKEN, EXIT_USAGE, type ExitCode } from '../io';
import { annualNotRegister, journalBreak } from './messages';
import { readJournal } from '../read-journal';

export interface AnnualSource {
  events: RegisterEvent[];
  registerId: string;
  establishment: Establishment;
  head: ChainHead;
}

export async function readAnnualSource(journal: string, io: CliIo): Promise<{ ok: true; source: AnnualSource } | { ok: false; code: ExitCode }> {
  const events: RegisterEvent[] = [];
  const verdict = await readJournal(journal, (event) => events.push(event));
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return { ok: false, code: EXIT_BROKEN };
  }
  const opened = events[0];
  if (opened?.type !== 'register.opened') {
    io.err(annualNotRegister(journal));
    return { ok: false, code: EXIT_USAGE };
  }
  let establishment: Establishment = opened.establishment;
  for (const event of events) if (event.type === 'establishment.changed') establishment = { ...establishment, ...event.establishment };
  const last = events.at(-1)!;
  return { ok: true, source: { events, registerId: opened.registerId, establishment, head: { seq: last.seq, hash: last.hash } } };
}

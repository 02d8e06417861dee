// What `editions` keeps of a journal while it is verified: the period's events
// (shared/editions/period-events.ts), the whole journal's figures, and the hash of each
// movement let go, should a correction of the period name it. Made from plain data, so
// that the thread reading every line (the verification's second thread, which folds the
// first part and checks the second) gathers it as it goes and hands it over once, rather
// than this thread reading the second part again after checking the first.
import type { RegisterEvent } from '../../shared/register/events';
import type { ByteText } from '../../shared/journal/byte-line';
import { createPeriodEvents, type PeriodBounds } from '../../shared/editions/period-events';
import { createWholeJournalTally, type WholeJournal } from '../../shared/editions/whole-journal';
import { createForgottenHashes } from './forgotten-movements';

/** The period and product asked for: plain data, copied to the thread that gathers. */
export interface PeriodRequest {
  bounds: PeriodBounds;
  productId?: string;
}

/** What was gathered: plain data and bytes, handed back from the thread that gathered. */
export interface PeriodGathered {
  events: RegisterEvent[];
  whole: WholeJournal | null;
  /** The hashes of the movements let go (forgotten-movements.ts). */
  forgottenHashes: Uint8Array;
}

export interface PeriodGathering {
  add(event: RegisterEvent, line?: string, byteText?: ByteText): void;
  result(): PeriodGathered;
}

export function createPeriodGathering(request: PeriodRequest): PeriodGathering {
  const tally = createWholeJournalTally();
  const hashes = createForgottenHashes();
  const kept = createPeriodEvents(request.bounds, request.productId, (movement) => hashes.record(movement));
  return {
    add(event, line, byteText) {
      tally.add(event);
      kept.add(event, line, byteText);
    },
    result: () => ({ events: kept.events(), whole: tally.whole(), forgottenHashes: hashes.bytes() }),
  };
}

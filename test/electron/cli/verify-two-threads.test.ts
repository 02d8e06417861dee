// `verify` splits a journal's checks over two readers (electron/files/verify-journal.ts):
// one recomputes every hash, the other checks the links and replays the rules. Here the
// hash reader runs in this thread, side by side with the other (the built command line
// runs it in a worker: bundle.test.ts); the verdict must be the single reader's.
import { describe, expect, it } from 'vitest';
import type { HashesElsewhere } from '../../../electron/files/hash-thread';
import { readJournal } from '../../../electron/files/read-journal';
import { verifyJournal } from '../../../electron/files/verify-journal';
import { TWO_FAULTS_LENGTH, twoFaults } from './two-faults';
import { weekOfMovements, writeJournal, writeJournalText } from './journal-files';

/** The hash reader, reading the same file at the same time in this thread, told where to stop as the worker is. */
function hashesHere(path: string): HashesElsewhere {
  let stopAfter = Infinity;
  return {
    verdict: readJournal(path, undefined, undefined, { checks: { rules: false }, stopAfterLine: () => stopAfter }),
    stopAfterLine(line) {
      stopAfter = Math.min(stopAfter, line);
    },
  };
}

describe('verify on two readers', { timeout: 60_000 }, () => {
  it('names the broken rule of line M before the altered hash of a later line N', async () => {
    const path = writeJournalText(twoFaults(40, TWO_FAULTS_LENGTH - 10));
    const verdict = await verifyJournal(path, hashesHere);
    expect(verdict).toMatchObject({ ok: false, line: 40, seq: 40, reason: 'rule', rule: 'stock.insufficient' });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('names the altered hash of line N before the broken rule of a later line M', async () => {
    const path = writeJournalText(twoFaults(TWO_FAULTS_LENGTH - 10, 40));
    const verdict = await verifyJournal(path, hashesHere);
    expect(verdict).toEqual({ ok: false, line: 40, seq: 40, reason: 'hash' });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('names the hash when the same line is altered and breaks a rule, as one reader checks the hash first', async () => {
    const path = writeJournalText(twoFaults(1_000, 1_000));
    const verdict = await verifyJournal(path, hashesHere);
    expect(verdict).toEqual({ ok: false, line: 1_000, seq: 1_000, reason: 'hash' });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('gives the summary of an intact journal', async () => {
    const path = writeJournal(weekOfMovements());
    const verdict = await verifyJournal(path, hashesHere);
    expect(verdict).toMatchObject({ ok: true, events: 7, movements: 4 });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('hands each sound event to the caller, and still refuses when the other reader finds one of them altered', async () => {
    const intact = weekOfMovements();
    const seen: number[] = [];
    expect(await verifyJournal(writeJournal(intact), hashesHere, (event) => seen.push(event.seq))).toMatchObject({ ok: true, events: 7 });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The rule reader finds line 40 sound and hands it over; the hash reader refuses it.
    const handed: number[] = [];
    const verdict = await verifyJournal(writeJournalText(twoFaults(TWO_FAULTS_LENGTH - 10, 40)), hashesHere, (event) => handed.push(event.seq));
    expect(verdict).toEqual({ ok: false, line: 40, seq: 40, reason: 'hash' });
    expect(handed).toContain(40);
  });
});

// `verify` cuts a journal in two (electron/files/verify-journal.ts): this thread checks
// the first part, another folds the first part and checks the second. Here the second
// reader runs in this thread, side by side with the first (the built command line runs
// it in a worker: bundle.test.ts); the verdict must be a single reader's, whichever part
// the fault is in, with the same line, order number and French wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../electron/files/read-journal';
import { readSecondPart } from '../../../electron/files/second-part';
import type { SecondPartElsewhere } from '../../../electron/files/second-part-thread';
import { FIRST_PART_SHARE, verifyJournal, verifyJournalGatheringPeriod } from '../../../electron/files/verify-journal';
import { createPeriodGathering, type PeriodRequest } from '../../../electron/files/period-gathering';
import { splitOffset } from '../../../electron/files/journal-split';
import { TWO_FAULTS_LENGTH, twoFaults } from './two-faults';
import { journalLines, weekOfMovements, writeJournal, writeJournalText } from './journal-files';
import { isMovement, type RegisterEvent } from '../../../shared/register/events';

/** The second part's reader, reading the same file at the same time in this thread. */
function secondPartHere(path: string, offset: number): SecondPartElsewhere {
  let stopped = false;
  return {
    verdict: readSecondPart(path, offset, () => stopped),
    stop() {
      stopped = true;
    },
  };
}

/** The second part's reader, here, gathering the period from every line as the other thread does for `editions`. */
function gatheringHere(path: string, offset: number, request?: PeriodRequest): SecondPartElsewhere {
  const gathering = createPeriodGathering(request!);
  let stopped = false;
  const verdict = readSecondPart(path, offset, () => stopped, gathering.add);
  return {
    verdict,
    gathered: verdict.then((found) => (found.ok ? gathering.result() : undefined)),
    stop() {
      stopped = true;
    },
  };
}

/** What one reader of the whole journal gathers of the period. */
async function gatheredByOneReader(path: string, request: PeriodRequest) {
  const gathering = createPeriodGathering(request);
  const verdict = await readJournal(path, gathering.add);
  return { verdict, gathered: gathering.result() };
}

/** Small journals are cut too (the command line reads those under a megabyte on one thread). */
const ANY_SIZE = { smallest: 0 };

/** The line number of the second part's first line, where the journal is cut. */
async function firstLineOfSecondPart(path: string): Promise<number> {
  const offset = await splitOffset(path, FIRST_PART_SHARE, 0);
  return readFileSync(path).subarray(0, offset!).toString('utf8').split('\n').length;
}

describe('verify on two threads, the journal cut in two', { timeout: 60_000 }, () => {
  const early = 40;
  const late = TWO_FAULTS_LENGTH - 10;

  it('cuts the test journal far from both faults, so each part holds one', async () => {
    const cut = await firstLineOfSecondPart(writeJournalText(twoFaults(early, late)));
    expect(cut).toBeGreaterThan(early + 100);
    expect(cut).toBeLessThan(late - 100);
  });

  it.each([
    ['a broken rule in the first part before an altered hash in the second', early, late, { line: early, reason: 'rule', rule: 'stock.insufficient' }],
    ['an altered hash in the first part before a broken rule in the second', late, early, { line: early, reason: 'hash' }],
    ['a broken rule in the second part before an altered hash further on', late, late + 5, { line: late, reason: 'rule', rule: 'stock.insufficient' }],
    ['an altered hash in the second part before a broken rule further on', late + 5, late, { line: late, reason: 'hash' }],
    ['a line of the second part altered and breaking a rule: the hash, checked first', late, late, { line: late, reason: 'hash' }],
    ['a line of the first part altered and breaking a rule: the hash, checked first', early, early, { line: early, reason: 'hash' }],
  ])('names %s, as one reader does', async (_name, ruleLine, hashLine, named) => {
    const path = writeJournalText(twoFaults(ruleLine, hashLine));
    const verdict = await verifyJournal(path, secondPartHere, undefined, ANY_SIZE);
    expect(verdict).toMatchObject({ ok: false, seq: named.line, ...named });
    // Same line, order number, rule and French message as a single reader.
    expect(verdict).toEqual(await readJournal(path));
  });

  it('gives the whole journal’s summary when both parts are intact', async () => {
    const intact = weekOfMovements();
    const path = writeJournal(intact);
    const verdict = await verifyJournal(path, secondPartHere, undefined, ANY_SIZE);
    expect(verdict).toMatchObject({ ok: true, events: 7, movements: 4, lastSeq: 7 });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('names blank lines that end the first part and are followed by an event, as one reader does', async () => {
    const lines = journalLines(weekOfMovements());
    const before = lines
      .slice(0, 4)
      .map((line) => `${line}\n`)
      .join('');
    const text = `${before}\n\n\n${lines
      .slice(4)
      .map((line) => `${line}\n`)
      .join('')}`;
    const path = writeJournalText(text);
    // The cut falls among the blank lines: some end the first part, the rest open the second.
    const share = (Buffer.byteLength(before) + 2) / Buffer.byteLength(text);
    const verdict = await verifyJournal(path, secondPartHere, undefined, { share, smallest: 0 });
    expect(verdict).toEqual({ ok: false, line: 5, reason: 'json' });
    expect(verdict).toEqual(await readJournal(path));
  });

  it('has the other thread gather the period’s events for `editions`, as one reader would, and refuses an altered line of either part', async () => {
    const path = writeJournal(weekOfMovements());
    for (const request of [{ bounds: { from: '2026-03-05', to: '2026-03-06' } }, { bounds: { from: '2026-03-06' }, productId: 'P3' }, { bounds: {} }]) {
      const { verdict, gathered } = await verifyJournalGatheringPeriod(path, request, gatheringHere, ANY_SIZE);
      const alone = await gatheredByOneReader(path, request);
      expect(verdict).toEqual(alone.verdict);
      expect(gathered!.events).toEqual(alone.gathered.events);
      expect(gathered!.whole).toEqual(alone.gathered.whole);
      expect(gathered!.events.length).toBeGreaterThan(0);
    }
    for (const [ruleLine, hashLine] of [
      [late, early],
      [early, late],
    ] as const) {
      const broken = writeJournalText(twoFaults(ruleLine, hashLine));
      const { verdict, gathered } = await verifyJournalGatheringPeriod(broken, { bounds: {} }, gatheringHere, ANY_SIZE);
      expect(verdict).toEqual(await readJournal(broken));
      expect(gathered).toBeNull();
    }
  });

  it('hands every event over in order to a caller that gathers them, and still refuses an altered line of either part', async () => {
    const seen: number[] = [];
    const intact = await verifyJournal(writeJournal(weekOfMovements()), secondPartHere, (event) => seen.push(event.seq), ANY_SIZE);
    expect(intact).toMatchObject({ ok: true, events: 7 });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const [ruleLine, hashLine] of [
      [late, early],
      [early, late],
    ] as const) {
      const path = writeJournalText(twoFaults(ruleLine, hashLine));
      const verdict = await verifyJournal(path, secondPartHere, () => undefined, ANY_SIZE);
      expect(verdict).toEqual(await readJournal(path));
    }
  });

  it('names an altered line of the second part that the caller cannot take, and gives the caller’s own failure on a sound one', async () => {
    // A caller that adds quantities up, as `stock` does: a quantity renamed by hand is not one.
    const addingUp = (event: RegisterEvent) => {
      if (isMovement(event) && typeof event.quantity !== 'number') throw new RangeError('Quantité non entière');
    };
    const lines = journalLines(weekOfMovements());
    const secondPartLine = await firstLineOfSecondPart(writeJournal(weekOfMovements()));
    const altered = lines.map((line, index) => (index === lines.length - 1 ? line.replace('"quantity":', '"quantite":') : line));
    expect(altered.at(-1)).not.toBe(lines.at(-1));
    expect(secondPartLine).toBeLessThan(lines.length);
    const path = writeJournalText(altered.join('\n') + '\n');
    expect(await verifyJournal(path, secondPartHere, addingUp, ANY_SIZE)).toEqual(await readJournal(path));
    // The same caller failing on a sound event: that failure is its own, and is not hidden.
    const failing = () => {
      throw new RangeError('échec de l’appelant');
    };
    await expect(verifyJournal(writeJournal(weekOfMovements()), secondPartHere, failing, ANY_SIZE)).rejects.toThrow('échec de l’appelant');
  });
});

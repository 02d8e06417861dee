// Every reader of journals against one reader of the decoded lines, on journals damaged
// at random (test/fixtures/damaged-journals.ts): the command line's, which reads lines as
// bytes, whole or cut in two for its two threads, and the verifier page's, whole or cut
// in two for its two workers, its bytes arriving a few at a time or in large blocks. An
// inspector's page, the command line and the app must name the same first fault, on the
// same line, in the same words, and hand the same events when the journal holds.
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../electron/files/read-journal';
import { readSecondPart } from '../../../electron/files/second-part';
import type { SecondPartElsewhere } from '../../../electron/files/second-part-thread';
import { verifyJournal } from '../../../electron/files/verify-journal';
import { checkJournalFile, readJournalFile } from '../../../renderer/verifier/journal-file';
import { damagedJournal, forgedJournal, type DamagedJournal } from '../../fixtures/damaged-journals';
import { fileOf, readAsText } from '../../fixtures/journal-cases';
import type { JournalVerdict } from '../../../shared/journal/read';
import type { RegisterEvent } from '../../../shared/register/events';
import { streamedBytes } from '../../fixtures/streamed-bytes';

/**
 * The command line's second reader, in this thread. Its failure goes unread when the first
 * part holds a fault (what it took in unchecked may not fold): handled, as the thread's is.
 */
function secondPartHere(path: string, offset: number): SecondPartElsewhere {
  const verdict = readSecondPart(path, offset);
  verdict.catch(() => undefined);
  return { verdict, stop() {} };
}

const SEEDS_PER_BATCH = 25;
const BATCHES = 8;

async function readers(bytes: Buffer, seed: number) {
  const path = fileOf(bytes);
  // Where the journal is cut, and how its bytes arrive, drawn from the seed too.
  const share = 0.15 + ((seed * 37) % 70) / 100;
  const chunk = seed % 2 === 0 ? 7 : 1 << 16;
  const read = async (how: string, reading: (onEvent: (event: RegisterEvent) => void) => Promise<JournalVerdict>) => {
    const events: string[] = [];
    return { how, verdict: await reading((event) => events.push(JSON.stringify(event))), events };
  };
  return [
    await read('ligne de commande, entier', (onEvent) => readJournal(path, onEvent)),
    await read(`ligne de commande, coupé à ${share}`, (onEvent) => verifyJournal(path, secondPartHere, onEvent, { share, smallest: 0 })),
    await read(`page, entier, par blocs de ${chunk}`, (onEvent) => checkJournalFile(streamedBytes(bytes, chunk), () => undefined, onEvent)),
    await read(`page, coupé à ${share}, par blocs de ${chunk}`, (onEvent) =>
      checkJournalFile(
        streamedBytes(bytes, chunk),
        () => undefined,
        onEvent,
        (file, end) => readJournalFile(file.slice(0, end), () => undefined),
        { share, smallest: 0 },
      ),
    ),
  ];
}

describe('every reader of journals, on journals damaged at random', () => {
  for (const [kind, journal] of [
    ['damaged', damagedJournal],
    ['forged and sealed again', forgedJournal],
  ] as const satisfies readonly (readonly [string, (seed: number) => DamagedJournal])[]) {
    it.each(Array.from({ length: BATCHES }, (_, batch) => batch))(`says what the decoded lines say of journals ${kind} (seeds of batch %i)`, async (batch) => {
      for (let seed = batch * SEEDS_PER_BATCH + 1; seed <= (batch + 1) * SEEDS_PER_BATCH; seed += 1) {
        const { bytes, blows } = journal(seed);
        const asText = await readAsText(fileOf(bytes));
        for (const { how, verdict, events } of await readers(bytes, seed)) {
          const context = `graine ${seed} (${blows.join(' ; ')}), ${how}`;
          expect(verdict, context).toEqual(asText.verdict);
          if (asText.verdict.ok) expect(events, context).toEqual(asText.events);
        }
      }
    });
  }
});

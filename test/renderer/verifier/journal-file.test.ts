// The verifier page's reading of a journal (renderer/verifier/journal-file.ts): its lines
// handed over as bytes, whole or cut in two for two workers, must give what one reader of
// the decoded lines gives (the app's and the command line's): the same verdict, line,
// order number and wording, and the same events, whatever the file holds and however its
// bytes arrive.
import { describe, expect, it } from 'vitest';
import { checkJournalFile, readJournalFile, type FirstPartElsewhere } from '../../../renderer/verifier/journal-file';
import { fileOf, JOURNAL_CASES, listener, readAsText } from '../../fixtures/journal-cases';
import { journalLines, weekOfMovements } from '../../electron/cli/journal-files';
import { streamedBytes } from '../../fixtures/streamed-bytes';

/** The first part checked in this thread, as the page's helper worker checks it. */
const firstPartHere: FirstPartElsewhere = (file, end) => readJournalFile(file.slice(0, end), () => undefined);

async function readInPage(content: string | Buffer, chunk: number, share?: number) {
  const { events, onEvent } = listener();
  const file = streamedBytes(Buffer.from(content), chunk);
  const verdict = await checkJournalFile(file, () => undefined, onEvent, share === undefined ? undefined : firstPartHere, { share, smallest: 0 });
  return { verdict, events };
}

describe('the verifier page’s reading of a journal', () => {
  for (const [name, content] of Object.entries(JOURNAL_CASES)) {
    it(`reads ${name} as the decoded lines read, whole or cut in two`, async () => {
      const asText = await readAsText(fileOf(content()));
      for (const chunk of [7, 1 << 16]) {
        for (const share of [undefined, 0.2, 0.5, 0.8]) {
          const inPage = await readInPage(content(), chunk, share);
          const how = `par blocs de ${chunk} octets, coupé à ${share ?? 'aucun endroit'}`;
          expect(inPage.verdict, how).toEqual(asText.verdict);
          if (inPage.verdict.ok) expect(inPage.events, how).toEqual(asText.events);
        }
      }
    });
  }

  it('names a fault of the first part, which only the other worker checks, before one of the second', async () => {
    const lines = journalLines(weekOfMovements());
    // Two altered strengths: their links hold, only their hashes tell; the first is in the first part.
    const altered = [
      lines[0]!,
      lines[1]!.replace('"strength":"10 mg"', '"strength":"20 mg"'),
      ...lines.slice(2, -1),
      lines.at(-1)!.replace('"10001234567"', '"10001234568"'),
    ];
    const content = altered.join('\n') + '\n';
    expect((await readAsText(fileOf(content))).verdict).toMatchObject({ ok: false, line: 2, reason: 'hash' });
    expect((await readInPage(content, 1 << 16, 0.5)).verdict).toMatchObject({ ok: false, line: 2, reason: 'hash' });
    // Without the first one, the second part's is named.
    const second = [...lines.slice(0, -1), altered.at(-1)!].join('\n') + '\n';
    expect((await readInPage(second, 1 << 16, 0.5)).verdict).toMatchObject({ ok: false, line: lines.length, reason: 'hash' });
  });

  it('names the first part’s fault even where this worker, taking that part in unchecked, cannot fold it', async () => {
    // The opening's establishment renamed by hand: no state can be folded from it.
    const lines = journalLines(weekOfMovements());
    const content = [lines[0]!.replace('"establishment":', '"etablissement":'), ...lines.slice(1)].join('\n') + '\n';
    expect((await readAsText(fileOf(content))).verdict).toEqual({ ok: false, line: 1, seq: 1, reason: 'hash' });
    expect((await readInPage(content, 1 << 16, 0.5)).verdict).toEqual({ ok: false, line: 1, seq: 1, reason: 'hash' });
  });

  it('reports the bytes read until the whole file, first part and second', async () => {
    const content = Buffer.from(journalLines(weekOfMovements()).join('\n') + '\n');
    const read: number[] = [];
    await checkJournalFile(streamedBytes(content, 100), (bytes) => read.push(bytes), undefined, firstPartHere, { share: 0.5, smallest: 0 });
    expect(read.at(-1)).toBe(content.byteLength);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.length).toBeGreaterThan(2);
  });

  it('stops reading once the other worker has named a fault in the first part', async () => {
    const content = Buffer.from(journalLines(weekOfMovements()).join('\n') + '\n');
    const fault = { ok: false, line: 2, seq: 2, reason: 'hash' } as const;
    const read: number[] = [];
    const verdict = await checkJournalFile(
      streamedBytes(content, 100),
      (bytes) => read.push(bytes),
      undefined,
      () => Promise.resolve(fault),
      {
        share: 0.5,
        smallest: 0,
      },
    );
    expect(verdict).toEqual(fault);
    // A block or two at most, where the whole file is 37 of them.
    expect(read.at(-1) ?? 0).toBeLessThan(300);
  });

  it('fails with the other worker’s failure, after reading its own part', async () => {
    const content = journalLines(weekOfMovements()).join('\n') + '\n';
    const failing: FirstPartElsewhere = () => Promise.reject(new Error('lecture impossible'));
    await expect(checkJournalFile(streamedBytes(Buffer.from(content), 64), () => undefined, undefined, failing, { share: 0.5, smallest: 0 })).rejects.toThrow(
      'lecture impossible',
    );
  });

  it('reads a journal smaller than the cut alone, without the other worker', async () => {
    const content = Buffer.from(journalLines(weekOfMovements()).join('\n') + '\n');
    let asked = 0;
    const counted: FirstPartElsewhere = (file, end) => ((asked += 1), firstPartHere(file, end));
    const verdict = await checkJournalFile(streamedBytes(content, 64), () => undefined, undefined, counted, { share: 0.5 });
    expect(verdict.ok).toBe(true);
    expect(asked).toBe(0);
  });
});

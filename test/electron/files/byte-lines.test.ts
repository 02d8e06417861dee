// Journal lines read as their bytes (shared/journal/byte-line.ts, electron/files/file-lines.ts)
// must give what the decoded lines give: the same verdict, line, order number and wording,
// and the same events to a listener, whatever the file holds. Each case below is one that
// bytes and characters could tell apart.
import { describe, expect, it } from 'vitest';
import { fileByteLines, fileLines } from '../../../electron/files/file-lines';
import { readJournal } from '../../../electron/files/read-journal';
import { readSecondPart } from '../../../electron/files/second-part';
import type { SecondPartElsewhere } from '../../../electron/files/second-part-thread';
import { verifyJournal } from '../../../electron/files/verify-journal';
import { fileOf, JOURNAL_CASES as CASES, listener, readAsText } from '../../fixtures/journal-cases';

async function readAsBytes(path: string) {
  const { events, again, onEvent } = listener();
  const verdict = await readJournal(path, onEvent);
  return { verdict, events, again };
}

/** The second part's reader, in this thread (verify-two-threads.test.ts runs it the same way). */
function secondPartHere(path: string, offset: number): SecondPartElsewhere {
  return { verdict: readSecondPart(path, offset), stop() {} };
}

describe('journal lines read as bytes', () => {
  for (const [name, content] of Object.entries(CASES)) {
    it(`reads ${name} as the decoded lines read`, async () => {
      const path = fileOf(content());
      const asText = await readAsText(path);
      const asBytes = await readAsBytes(path);
      expect(asBytes.verdict).toEqual(asText.verdict);
      expect(asBytes.events).toEqual(asText.events);
      // The line handed with each event gives it again (period-events.ts keeps some that way).
      expect(asBytes.again).toEqual(asText.events);
      // Cut in two, each part read by its own reader, as the command line does on two threads.
      const handed: string[] = [];
      const verdict = await verifyJournal(path, secondPartHere, (event) => handed.push(JSON.stringify(event)), { smallest: 0, share: 0.5 });
      expect(verdict).toEqual(asText.verdict);
      if (verdict.ok) expect(handed).toEqual(asText.events);
    });
  }

  it('builds cases that tell bytes from text: read as text, these journals hold, or break a rule rather than a hash', async () => {
    const verdictOf = async (name: string) => (await readAsText(fileOf(CASES[name]!()))).verdict;
    for (const sound of [
      'a character beyond the basic plane',
      'an accent written as a \\u escape, the hash unchanged',
      'a byte that is not UTF-8, sealed over the character a decoder reads',
    ]) {
      expect(await verdictOf(sound)).toMatchObject({ ok: true });
    }
    expect(await verdictOf('member names that UTF-16 and UTF-8 sort in opposite orders')).toMatchObject({ ok: false, line: 3, reason: 'rule' });
  });
});

describe('fileByteLines', () => {
  it('hands each run of valid UTF-8 as bytes, and decodes a run that is not', async () => {
    const valid = 'médicament\nsirop\n'.repeat(4);
    const path = fileOf(Buffer.concat([Buffer.from(valid), Buffer.from([0x61, 0xff, 0x0a]), Buffer.from(valid)]));
    const runs: { lines: string[]; bytes: boolean }[] = [];
    for await (const run of fileByteLines(path, undefined, 16)) runs.push(run);
    const decoded = runs.flatMap(({ lines, bytes }) => lines.map((line) => (bytes ? Buffer.from(line, 'latin1').toString('utf8') : line)));
    const expected: string[] = [];
    for await (const lines of fileLines(path, undefined, 16)) expected.push(...lines);
    expect(decoded).toEqual(expected);
    expect(runs.some((run) => run.bytes)).toBe(true);
    // The run holding the stray byte is decoded, its replacement character in place.
    expect(runs.find((run) => !run.bytes)?.lines).toContain('a\ufffd');
  });
});

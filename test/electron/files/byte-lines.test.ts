// Journal lines read as their bytes (shared/journal/byte-line.ts, electron/files/file-lines.ts)
// must give what the decoded lines give: the same verdict, line, order number and wording,
// and the same events to a listener, whatever the file holds. Each case below is one that
// bytes and characters could tell apart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileByteLines, fileLines, withoutByteOrderMark } from '../../../electron/files/file-lines';
import { readByteLine } from '../../../shared/journal/byte-line';
import { createJournalReader, type EventListener } from '../../../shared/journal/read';
import { readJournal } from '../../../electron/files/read-journal';
import { readSecondPart } from '../../../electron/files/second-part';
import type { SecondPartElsewhere } from '../../../electron/files/second-part-thread';
import { verifyJournal } from '../../../electron/files/verify-journal';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../../fixtures/drafts';
import { loose, rechain, sealAll } from '../../fixtures/events';
import { journalLines, tempFolder, weekOfMovements } from '../cli/journal-files';

/** The week's product P3, whose designation is accented. */
const P3 = 2;

function fileOf(content: string | Buffer): string {
  const path = join(tempFolder(), 'registre.journal.jsonl');
  writeFileSync(path, content);
  return path;
}

function textOf(events: readonly RegisterEvent[]): string {
  return journalLines(events).join('\n') + '\n';
}

/** The week, P3's event changed as a forger would, every link sealed again. */
function weekWithP3(change: (event: Record<string, unknown>) => void): RegisterEvent[] {
  const events = loose(weekOfMovements());
  change(events[P3]!);
  return rechain(events);
}

/** A sound journal whose product is named so. */
function productNamed(designation: string): RegisterEvent[] {
  return sealAll([openingDraft(), productDraft({ designation }), receiptDraft(), dispensationDraft()]);
}

/** A sound journal but for a byte that is not UTF-8 in its product's name, sealed over the replacement character a decoder reads there. */
function notUtf8(): Buffer {
  const text = textOf(productNamed('Morphine \ufffd 10 mg'));
  const bytes = Buffer.from(text, 'utf8');
  const replacement = bytes.indexOf(Buffer.from('\ufffd', 'utf8'));
  return Buffer.concat([bytes.subarray(0, replacement), Buffer.from([0xff]), bytes.subarray(replacement + 3)]);
}

const CASES: Record<string, () => string | Buffer> = {
  'accented names, as the register writes them': () => textOf(weekOfMovements()),
  'a character beyond the basic plane': () => textOf(productNamed('Morphine 𝄞 10 mg')),
  'an accented name altered without sealing it again': () => textOf(weekOfMovements()).replace('Méthadone', 'Mèthadone'),
  'an accent written as a \\u escape, the hash unchanged': () => textOf(weekOfMovements()).replace('Méthadone', 'M\\u00e9thadone'),
  'member names that UTF-16 and UTF-8 sort in opposite orders': () => textOf(weekWithP3((event) => (event.annexe = { '\u{1F600}': 'é', '\uFF01': 'è' }))),
  'a byte that is not UTF-8, sealed over the character a decoder reads': notUtf8,
  'a byte order mark, Windows line breaks and blank lines of other spaces at the end': () =>
    '\ufeff' + journalLines(weekOfMovements()).join('\r\n') + '\r\n\u00a0\r\n\u2028\r\n \t\r\n',
  'a line of no-break spaces between two events': () => {
    const lines = journalLines(weekOfMovements());
    return [...lines.slice(0, 3), '\u00a0\u00a0', ...lines.slice(3)].join('\n');
  },
  'a line of an accented word that is not JSON': () => {
    const lines = journalLines(weekOfMovements());
    return [...lines.slice(0, 3), 'réserve', ...lines.slice(3)].join('\n');
  },
};

/** What a reader hands its listener, as text (the members in their order, a `__proto__` member included), and the event its line gives again. */
function listener() {
  const events: string[] = [];
  const again: string[] = [];
  const onEvent: EventListener = (event, line, byteText) => {
    events.push(JSON.stringify(event));
    const read = byteText === undefined ? null : readByteLine(line, byteText, false);
    again.push(JSON.stringify(read === null ? JSON.parse(line) : read.ok ? read.event : JSON.parse(read.text)));
  };
  return { events, again, onEvent };
}

/** One reader of the decoded lines, as the command line read journals before reading bytes. */
async function readAsText(path: string) {
  const { events, again, onEvent } = listener();
  const reader = createJournalReader(onEvent);
  let first = true;
  reading: for await (const lines of fileLines(path)) {
    for (const line of lines) {
      if (reader.line(first ? withoutByteOrderMark(line, false) : line)) break reading;
      first = false;
    }
  }
  return { verdict: reader.end(), events, again };
}

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

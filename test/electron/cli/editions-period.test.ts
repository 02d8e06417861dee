// editions reads a journal once and keeps only what the period's editions read (the
// closures, the period's movements, those after the last closure before it, and the
// movements its corrections reverse, read back from the file). Each file it writes must
// say, word for word, what the same edition built from the whole history says: a period
// after a closure (April, whose correction reverses a dispensation of closed March), a
// period that starts mid-month after a closure, a period with no closure before it, one
// product's April; and a reversed line the file no longer holds as it was verified is refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEditions, type EditionsRequest } from '../../../electron/cli/commands/editions/editions-plan';
import { loadEditionFonts } from '../../../electron/cli/common/edition-fonts';
import { serializeLine } from '../../../shared/journal/line';
import { readPdf } from '../../shared/editions/pdf-text';
import { closedScenarioEvents, MORPHINE_ID, SEQ } from '../../shared/editions/scenario';
import { createForgottenHashes, readForgotten } from '../../../electron/files/forgotten-movements';
import { EDITED_AT, filesIn, runEditions, suiteFolder, suiteJournal } from './editions-files';

/** February and March closed, the closures written last; April's correction reverses March's n° 14. */
const events = closedScenarioEvents(['2026-02', '2026-03']);

/** Each edition's text, by file name, as built from every event of the journal. */
function fromWholeHistory(journal: string, request: EditionsRequest): Map<string, string> {
  const planned = planEditions(events, request, { editedAt: EDITED_AT, fonts: loadEditionFonts, subject: `journal ${resolve(journal)}` });
  if (!planned.ok) throw new Error(JSON.stringify(planned.problem));
  return new Map(planned.plan.editions.map((edition) => [edition.fileName, readPdf(edition.make(), `whole-${edition.fileName}`).text]));
}

const cases: [string, EditionsRequest][] = [
  ['April, after the closure of March', { from: '2026-04-01', to: '2026-04-30' }],
  ['from mid-March, after the closure of February', { from: '2026-03-10', to: '2026-04-03' }],
  ['February, with no closure before it', { from: '2026-02-01', to: '2026-02-28' }],
  ['the whole journal', {}],
  ['one product in April', { from: '2026-04-01', to: '2026-04-30', product: MORPHINE_ID }],
];

describe('editions of a period, from what the period needs', { timeout: 120_000 }, () => {
  const journal = suiteJournal(events);

  for (const [name, request] of cases) {
    it(`writes for ${name} the text the whole history gives`, async () => {
      const run = await runEditions(journal, { ...request, out: join(suiteFolder(), 'editions') });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const whole = fromWholeHistory(journal, request);
      expect(filesIn(run.out)).toEqual([...whole.keys()].sort());
      for (const [fileName, text] of whole) expect(readPdf(readFileSync(join(run.out, fileName)), `kept-${fileName}`).text, fileName).toBe(text);
    });
  }

  it('names on the April correction the March dispensation it reverses, read back from the file', async () => {
    const run = await runEditions(journal, { from: '2026-04-01', to: '2026-04-30', product: MORPHINE_ID, out: join(suiteFolder(), 'editions') });
    const register = filesIn(run.out).find((file) => file.includes('_registre_'))!;
    const reversed = events.find((event) => event.seq === SEQ.wrongCorrectedInApril)!;
    expect(reversed.operationDate.startsWith('2026-03')).toBe(true);
    expect(readPdf(readFileSync(join(run.out, register)), 'april-register').text).toMatch(/Annule : .* du \d\d\/03\/2026/);
  });

  it('reads a forgotten movement back only while the file still gives the hash the chain held', async () => {
    const hashes = createForgottenHashes();
    for (const event of events) hashes.record(event);
    const path = suiteJournal(events, 'relu.journal.jsonl');
    expect((await readForgotten(path, [SEQ.wrongCorrectedInApril], hashes))?.map((event) => event.seq)).toEqual([SEQ.wrongCorrectedInApril]);
    // Altered after its verification (as another program could): refused, not misread.
    const lines = events.map(serializeLine);
    const target = events.findIndex((event) => event.seq === SEQ.wrongCorrectedInApril);
    writeFileSync(path, lines.map((line, index) => (index === target ? line.replace('"quantity":', '"quantity":1') : line)).join(''));
    expect(await readForgotten(path, [SEQ.wrongCorrectedInApril], hashes)).toBeNull();
    // An order number whose hash was never kept is not read from the file at all.
    expect(await readForgotten(path, [events.length + 5], hashes)).toBeNull();
  });
});

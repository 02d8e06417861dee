// Throwaway-style measurement kept for the record: the processor time of each PDF of
// `registre editions --from --to` drawn in process from a journal's kept events, and the
// SHA-256 of every file, so that a change to the drawing can be checked byte for byte.
// Usage: npx tsx bench/node/edition-draw.ts <journal.jsonl> <from> <to> <hashes.json> [--compare]
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import type { RegisterEvent } from '../../shared/register/events';
import { createPeriodEvents, reversedMissing } from '../../shared/editions/period-events';
import { planEditions } from '../../electron/cli/commands/editions/editions-plan';
import { createWholeJournalTally, type WholeJournal } from '../../shared/editions/whole-journal';
import { loadEditionFonts } from '../../electron/cli/common/edition-fonts';
import { scenarioEvents } from '../../test/shared/editions/scenario';

const [journal, from, to, hashesPath, compare] = process.argv.slice(2) as [string, string, string, string, string?];

async function kept(): Promise<{ events: RegisterEvent[]; whole: WholeJournal }> {
  if (journal === 'scenario') {
    const events = scenarioEvents();
    const tally = createWholeJournalTally();
    for (const event of events) tally.add(event);
    return { events, whole: tally.whole()! };
  }
  const cache = `/tmp/pdfdraw/kept-${from}-${to}.json`;
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as { events: RegisterEvent[]; whole: WholeJournal };
  const tally = createWholeJournalTally();
  const period = createPeriodEvents({ from, to });
  for await (const line of createInterface({ input: createReadStream(journal) })) {
    if (line === '') continue;
    const event = JSON.parse(line) as RegisterEvent;
    tally.add(event);
    period.add(event);
  }
  const result = { events: period.events(), whole: tally.whole()! };
  console.log('kept', result.events.length, 'reversed missing', reversedMissing(result.events, { from, to }).length);
  writeFileSync(cache, JSON.stringify(result));
  return result;
}

const { events, whole } = await kept();
const fonts = loadEditionFonts();
const periods: { from?: string; to?: string; product?: string }[] =
  journal === 'scenario'
    ? [{}, { from: '2026-04-01', to: '2026-04-30' }, { from: '2026-03-10', to: '2026-04-03' }, { from: '2026-02-01', to: '2026-02-28' }, { product: 'P2' }]
    : [{ from, to }];
const hashes: Record<string, string> = {};
const cpuByKind = new Map<string, number>();
const total0 = process.cpuUsage();
let peak = 0;
for (const request of periods) {
  const planned = planEditions(events, request, { editedAt: new Date('2026-04-15T10:11:12Z'), fonts: () => fonts, subject: 'journal banc' }, whole);
  if (!planned.ok) throw new Error(JSON.stringify(planned.problem));
  for (const edition of planned.plan.editions) {
    const cpu0 = process.cpuUsage();
    const bytes = edition.make();
    const cpu = process.cpuUsage(cpu0);
    peak = Math.max(peak, process.memoryUsage().rss);
    cpuByKind.set(edition.kind, (cpuByKind.get(edition.kind) ?? 0) + (cpu.user + cpu.system) / 1e6);
    if (process.env['DUMP']) writeFileSync(`${process.env['DUMP']}/${Object.keys(hashes).length}-${edition.fileName}`, bytes);
    hashes[`${JSON.stringify(request)} ${edition.fileName}`] = createHash('sha256').update(bytes).digest('hex');
  }
}
const total = process.cpuUsage(total0);
for (const [kind, seconds] of cpuByKind) console.log(kind.padEnd(20), seconds.toFixed(2), 's');
console.log(
  'total'.padEnd(20),
  ((total.user + total.system) / 1e6).toFixed(2),
  's; peak rss',
  Math.round(peak / 1e6),
  'MB;',
  Object.keys(hashes).length,
  'files',
);
if (compare) {
  const before = JSON.parse(readFileSync(hashesPath, 'utf8')) as Record<string, string>;
  const differing = Object.keys({ ...before, ...hashes }).filter((key) => before[key] !== hashes[key]);
  console.log(differing.length === 0 ? 'IDENTICAL BYTES' : `DIFFERENT: ${differing.join('\n')}`);
  if (differing.length > 0) process.exitCode = 1;
} else writeFileSync(hashesPath, JSON.stringify(hashes, null, 1));

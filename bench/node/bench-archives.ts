// The bench register's yearly archives, as a real register holds them: every year whose
// December is closed has its automatic archive in the data folder, written by the main
// process's own code from the register's journal. Without them, the window would owe one
// archive per closed year at each opening, which a real register owes once a year.
// Built once per register (the journal is sealed again here, in Node, from the same
// generator), kept beside the register in bench/.cache, copied into each run's data folder.
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { archiveFolder } from '../../electron/editions/paths';
import { writeArchiveOfYear, yearlyArchiveFolder } from '../../electron/package/yearly-archive';
import type { RegisterEvent } from '../../shared/register/events';
import { REGISTER_ID, sealedPages, type RegisterShape } from '../page/register-generator';

const PAGE = 5_000;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Events compared with the generator's before a journal written earlier is taken for it: its first month, closure and editions included. */
const CHECKED = 10_000;

/**
 * The register's journal: the one the journal bench wrote from the same generator
 * (bench/.cache/journal-<events>-<products>.jsonl), read back when its first events are
 * the generator's (sealing a million events again takes many minutes of CPU); else sealed here.
 */
async function benchJournal(registerDir: string, shape: RegisterShape): Promise<RegisterEvent[]> {
  const written = join(dirname(registerDir), `journal-${shape.events}-${shape.products}.jsonl`);
  if (await exists(written)) {
    const expected: string[] = [];
    for (const { events } of sealedPages({ ...shape, events: Math.min(CHECKED, shape.events) }, PAGE)) expected.push(...events.map((event) => event.hash));
    const journal: RegisterEvent[] = [];
    for await (const line of createInterface({ input: createReadStream(written), crlfDelay: Infinity })) {
      if (line !== '') journal.push(JSON.parse(line) as RegisterEvent);
    }
    if (journal.length === shape.events && expected.every((hash, index) => journal[index]?.hash === hash)) return journal;
  }
  const journal: RegisterEvent[] = [];
  for (const { events } of sealedPages(shape, PAGE)) journal.push(...events);
  return journal;
}

/**
 * The archives folder of the register built in `registerDir` (its `archives/` below it),
 * built when missing; null when no December is closed.
 */
export async function benchArchives(registerDir: string, shape: RegisterShape, log: (line: string) => void): Promise<string | null> {
  const kept = join(registerDir, 'archives');
  const marker = join(kept, 'built.json');
  if (await exists(marker)) return (await exists(join(kept, 'data'))) ? join(kept, 'data') : null;
  log(`  archives annuelles du registre de ${shape.events} mouvements (gardées dans bench/.cache)…`);
  const data = await mkdtemp(join(tmpdir(), 'bench-archives-'));
  try {
    // The editions the journal records, as files whose fingerprint is the one recorded
    // (the generator gives each the SHA-256 of its name): an archive carries its year's.
    const editions = archiveFolder(data, REGISTER_ID);
    await mkdir(editions, { recursive: true });
    const journal = await benchJournal(registerDir, shape);
    const years: number[] = [];
    for (const event of journal) {
      if (event.type === 'edition.produced') await writeFile(join(editions, event.fileName), event.fileName);
      if (event.type === 'month.closed' && event.month.endsWith('-12')) years.push(Number(event.month.slice(0, 4)));
    }
    // Not verified again as the main process verifies what the window sends: a million
    // events make more than the 512 Mio a window may send (and than one string may hold),
    // and each was just decided and sealed by the register's own rules.
    for (const year of years) {
      // Written early in January, after December's closure and its editions.
      const now = () => new Date(year + 1, 0, 10, 9, 0);
      const written = await writeArchiveOfYear(
        { dataFolder: data, version: 'banc', shell: 'harness', now, verifierPage: async () => null },
        { registerId: REGISTER_ID, year, events: journal, automatic: true },
      );
      if (!written.ok) throw new Error(`archive ${year} : ${JSON.stringify(written.error)}`);
    }
    await mkdir(kept, { recursive: true });
    if (years.length > 0) await cp(yearlyArchiveFolder(data, REGISTER_ID), yearlyArchiveFolder(join(kept, 'data'), REGISTER_ID), { recursive: true });
    await writeFile(marker, `${JSON.stringify({ years })}\n`);
    return years.length > 0 ? join(kept, 'data') : null;
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

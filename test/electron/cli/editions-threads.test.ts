// editions draws its PDFs on each core, in this thread and threads of their own
// (drawing-thread.ts), in the built command line. Here the other thread runs the
// TypeScript worker through tsx: each
// file must be, byte for byte, the one drawn in this thread; a thread that stops while
// drawing leaves no file and a French message naming the edition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editionsCommand, type StartDrawingCrew } from '../../../electron/cli/commands/editions/editions';
import { startDrawingThreads } from '../../../electron/cli/commands/editions/drawing-thread';
import { closedScenarioEvents, MORPHINE_ID } from '../../shared/editions/scenario';
import { captured } from './import-files';
import { EDITED_AT, filesIn, suiteFolder, suiteJournal } from './editions-files';

const WORKER = fileURLToPath(new URL('./tsx-drawing-worker.mjs', import.meta.url));
const FAILING_WORKER = fileURLToPath(new URL('./tsx-failing-drawing-worker.mjs', import.meta.url));
const DEAD_WORKER = fileURLToPath(new URL('./dead-drawing-worker.mjs', import.meta.url));

/** This thread and one other, whatever the machine (startDrawingThreads gives one lane per core). */
function threads(file: string): { start: StartDrawingCrew; started: () => number } {
  let count = 0;
  return {
    start: () => {
      const crew = startDrawingThreads({ file, lanes: 2 });
      return {
        lanes: (job, documents) => {
          const lanes = crew.lanes(job, documents);
          count += lanes.length;
          return lanes;
        },
        close: () => crew.close(),
      };
    },
    started: () => count,
  };
}

async function run(journal: string, request: { from?: string; to?: string; product?: string }, start: StartDrawingCrew) {
  const out = join(suiteFolder(), 'editions');
  const io = captured();
  const code = await editionsCommand({ journal, ...request, out }, io, EDITED_AT, start);
  return { code, out, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

const here: StartDrawingCrew = () => ({ lanes: () => [], close: () => undefined });

describe('editions drawn in threads of their own', { timeout: 120_000 }, () => {
  const journal = suiteJournal(closedScenarioEvents(['2026-02', '2026-03']));

  it.each([
    ['the whole journal', {}],
    ['April', { from: '2026-04-01', to: '2026-04-30' }],
    ['one product in April', { from: '2026-04-01', to: '2026-04-30', product: MORPHINE_ID }],
  ])('writes for %s the same files, byte for byte, as drawn in this thread', async (_name, request) => {
    const pool = threads(WORKER);
    const inThreads = await run(journal, request, pool.start);
    expect(inThreads.stderr).toBe('');
    expect(inThreads.code).toBe(0);
    expect(pool.started()).toBe(1);
    const inThisThread = await run(journal, request, here);
    const files = filesIn(inThisThread.out);
    expect(files.length).toBeGreaterThan(2);
    expect(filesIn(inThreads.out)).toEqual(files);
    for (const file of files) expect(readFileSync(join(inThreads.out, file)).equals(readFileSync(join(inThisThread.out, file))), file).toBe(true);
    // The summary names the same files with the same SHA-256.
    expect(inThreads.stdout.replace(inThreads.out, '')).toBe(inThisThread.stdout.replace(inThisThread.out, ''));
  });

  it('writes nothing when the other thread stops while drawing, and names its edition in French', async () => {
    const failing = await run(journal, {}, threads(FAILING_WORKER).start);
    expect(failing.code).toBe(2);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toMatch(/^Édition impossible\s: \S+\.pdf n’a pas pu être produite \(.+\)\. Aucun fichier n’a été écrit\./);
    // The other thread is handed the costliest document first: the ordonnancier.
    expect(failing.stderr).toMatch(/^Édition impossible\s: \S+_ordonnancier_\S+\.pdf/);
    expect(filesIn(failing.out)).toEqual([]);
  });

  it('writes nothing when the other thread, started with the command, stopped while the journal was read', async () => {
    const pool = threads(DEAD_WORKER);
    const dead = await run(journal, { from: '2026-04-01', to: '2026-04-30' }, pool.start);
    expect(pool.started()).toBe(1);
    expect(dead.code).toBe(2);
    expect(dead.stdout).toBe('');
    expect(dead.stderr).toMatch(/^Édition impossible\s: \S+_ordonnancier_\S+\.pdf n’a pas pu être produite \(.+\)\. Aucun fichier n’a été écrit\./);
    expect(filesIn(dead.out)).toEqual([]);
  });
});

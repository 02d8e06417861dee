// The fault campaign's table: every fault test adds one row saying what was done to the
// medium and what came of it, so the run ends with a record a reviewer can read
// (test-results/faults.json) instead of a bare "passed". `npm test` empties the file
// first, so it holds this run's rows; a row is replaced only by the same fault's.
import { mkdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface FaultRow {
  /** The fault, in a few words (« disque plein pendant l’écriture d’une ligne »). */
  fault: string;
  /** What the test did to cause it, and how the application answered. */
  whatDone: string;
  /** Validated events missing afterwards from both the database side and the reserve. */
  eventsLost: number;
  /** Events whose bytes changed, or that were added or dropped, without anyone being told. */
  silentAlterations: number;
  /** The fault was reported to the person in French. */
  namedInFrench: boolean;
  /**
   * Why the fault could not be caused here (the system refused to mount a tmpfs): the
   * row stays in the table, marked not run, instead of passing or failing in silence.
   */
  notRun?: string;
}

export const FAULTS_FILE = join('test-results', 'faults.json');

/** Adds (or replaces, by its fault) one row of the campaign table. */
export async function recordFault(row: FaultRow, file = FAULTS_FILE): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Test files run in parallel workers: one read-change-write at a time, or a row is lost.
  const lock = `${file}.lock`;
  for (let tries = 0; ; tries += 1) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    await addRow(row, file);
  } finally {
    await rmdir(lock);
  }
}

async function addRow(row: FaultRow, file: string): Promise<void> {
  let rows: (FaultRow & { recordedAt: string })[] = [];
  try {
    rows = JSON.parse(await readFile(file, 'utf8')) as typeof rows;
  } catch {
    rows = []; // first row of the campaign, or a file left half-written by a killed run
  }
  const next = [...rows.filter((existing) => existing.fault !== row.fault), { ...row, recordedAt: new Date().toISOString() }];
  // Written aside then renamed: parallel test files never leave a torn table behind.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}

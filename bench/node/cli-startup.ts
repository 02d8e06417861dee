// The command line's start-up, as a person feels it: each way of launching it run many
// times in a row, in its own process (as hyperfine would), on `--help` and on `verify`
// of a small journal, so that the time is the start-up and not the work.
//   npx tsx bench/node/cli-startup.ts [runs]      (default 10 runs after one warm-up)
// Prints min / median / max in milliseconds and, with --json, the figures as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJournal } from './write-journal';

const ROOT = join(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/electron/cli.mjs');

export interface StartupFigures {
  launcher: string;
  command: string;
  runs: number;
  minMs: number;
  medianMs: number;
  maxMs: number;
}

/** Each launcher: the program and its first arguments; the command's words follow. */
export function launchers(): Record<string, string[]> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return {
    'tsx electron/cli.ts': [process.execPath, '--import', 'tsx', join(ROOT, 'electron/cli.ts')],
    'node dist/electron/cli.mjs': [process.execPath, BUNDLE],
    'npm run cli': [npm, 'run', '--silent', 'cli', '--'],
  };
}

function once(program: string[], words: string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(program[0]!, [...program.slice(1), ...words], { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${program.join(' ')} ${words.join(' ')} : code ${child.status}\n${child.stderr}`);
  return ms;
}

export function measure(launcher: string, program: string[], command: string, words: string[], runs: number): StartupFigures {
  once(program, words); // warm-up: the file cache, as on a second launch
  const times = Array.from({ length: runs }, () => once(program, words)).sort((a, b) => a - b);
  return { launcher, command, runs, minMs: times[0]!, medianMs: times[Math.floor(runs / 2)]!, maxMs: times.at(-1)! };
}

/** Every launcher on `--help` and on `verify` of a journal of ten events. */
export async function cliStartup(runs: number, only?: readonly string[]): Promise<StartupFigures[]> {
  const folder = await mkdtemp(join(tmpdir(), 'registre-cli-startup-'));
  try {
    const journal = join(folder, 'petit.journal.jsonl');
    await writeJournal(journal, 10);
    const figures: StartupFigures[] = [];
    for (const [launcher, program] of Object.entries(launchers())) {
      if (only && !only.includes(launcher)) continue;
      if (program.includes(BUNDLE) && !existsSync(BUNDLE)) continue;
      figures.push(measure(launcher, program, '--help', ['--help'], runs));
      figures.push(measure(launcher, program, 'verify', ['verify', journal], runs));
    }
    return figures;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv.find((word) => /^\d+$/.test(word)) ?? 10);
  const figures = await cliStartup(runs);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  const format = (ms: number) => Math.round(ms).toString();
  console.table(
    figures.map((row) => ({
      lanceur: row.launcher,
      commande: row.command,
      'min (ms)': format(row.minMs),
      'médiane (ms)': format(row.medianMs),
      'max (ms)': format(row.maxMs),
    })),
  );
}

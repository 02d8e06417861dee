// `verify` of the built command line against the minimal single-threaded Node reference
// of the same check: read the journal, JSON.parse each line, canonicalise it without its
// hash (RFC 8785, the `canonicalize` package) and compare its SHA-256 (node:crypto) with
// the hash it carries. Each runs in its own process; wall time and peak memory are
// measured from outside by /usr/bin/time (or the child's own report when it is missing).
//   npx tsx bench/node/cli-verify.ts [events | journal.jsonl]   (default 1 000 000 events)
// Target: verify at most 1.0× the reference, under 500 MB. The commands that read the
// whole journal and make something of it (stock --at, editions of one month and of one
// product's year, annual) are measured in the same run: each at most 1.5× verify. Their
// dates are those of the bench's register (bench/page/register-generator.ts), which runs
// from January 2017: the last whole year before its end is taken. Every program runs in
// each of BENCH_CLI_ROUNDS rounds (3 unless told), one after the other, and each figure
// is that of its median run: on a shared machine one run of a program can take a fifth
// longer than the next.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJournal } from './write-journal';
import { watchThreads } from './thread-cpu';
import { measure as measureStartup, type StartupFigures } from './cli-startup';

const TIME = '/usr/bin/time';

/** The reference, run by `node --input-type=module -e` from the repository (to find `canonicalize`). */
const REFERENCE = `
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
let lines = 0, wrong = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1], { encoding: 'utf8' }), crlfDelay: Infinity })) {
  lines += 1;
  const { hash, ...unsealed } = JSON.parse(line);
  if (createHash('sha256').update(canonicalize(unsealed)).digest('hex') !== hash) wrong += 1;
}
process.stderr.write(JSON.stringify({ lines, wrong, maxRssKB: process.resourceUsage().maxRSS }) + '\\n');
`;

export interface Measured {
  seconds: number;
  maxRssMB: number;
  /**
   * Processor time, user and system, every thread together (NaN without /usr/bin/time).
   * Other programs share the machine: wall times stretch with them, this much less.
   */
  cpuSeconds: number;
  /**
   * Processor time of its busiest thread (NaN without /proc): what bounds a program that
   * spreads its work over threads when each has a core, whatever else shares the machine.
   */
  busiestThreadSeconds: number;
}

/** A command measured beside verify: its words after the journal, and what it is. */
export interface CommandMeasured extends Measured {
  name: string;
  words: string[];
}

export interface CliVerifyFigures {
  events: number;
  reference: Measured;
  verify: Measured;
  /** verify's wall time over the reference's. */
  ratio: number;
  /** stock, editions and annual, on the same journal. */
  commands: CommandMeasured[];
  /** Rounds run of every program: each figure is its median run's. */
  rounds: number;
  /** The built program's start-up: `--help`, and `verify` of a journal of ten events (median of a few runs). */
  startup?: StartupFigures[];
}

const STARTUP_RUNS = 5;

/** Rounds of every long run (reference, verify, each command); each figure is that of its median run. */
const ROUNDS = Number(process.env['BENCH_CLI_ROUNDS'] ?? 3);

/** The run of median wall time (the lower middle one of an even count), whole: its memory and processor times with it. */
function medianRun(runs: readonly Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The bench register's last whole year and a month of it, read from the journal's last line. */
async function benchDates(journalPath: string): Promise<{ year: number; month: string }> {
  let last = '';
  for await (const chunk of createReadStream(journalPath, {
    encoding: 'utf8',
    start: Math.max(0, statSync(journalPath).size - 4_096),
  }) as AsyncIterable<string>)
    last += chunk;
  const operationDate = /"operationDate":"(\d{4})-/.exec(last.trimEnd().split('\n').at(-1) ?? '');
  const year = operationDate ? Number(operationDate[1]) - 1 : 2025;
  return { year, month: `${year}-06` };
}

/** The commands measured beside verify: each reads the whole journal once, verifies it, then makes its figures or files. */
function commandsToMeasure(year: number, month: string, out: (name: string) => string): { name: string; words: string[] }[] {
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return [
    { name: `stock --at ${year}-12-31`, words: ['stock', '--at', `${year}-12-31`] },
    { name: `editions d’un mois (${month})`, words: ['editions', '--from', `${month}-01`, '--to', lastDay, '--out', out('mois')] },
    {
      name: `editions d’un produit sur un an (P2, ${year})`,
      words: ['editions', '--product', 'P2', '--from', `${year}-01-01`, '--to', `${year}-12-31`, '--out', out('produit')],
    },
    { name: `annual --year ${year}`, words: ['annual', '--year', String(year), '--out', out('annuel')] },
  ];
}

/** One run of a program, timed from outside; its stdout is not kept, a failure throws. */
async function measure(program: string, args: string[], cwd: string, workDir: string): Promise<Measured> {
  const report = join(workDir, 'time.txt');
  const timed = existsSync(TIME);
  const start = performance.now();
  const child = timed ? spawn(TIME, ['-f', '%e %M %U %S', '-o', report, program, ...args], { cwd }) : spawn(program, args, { cwd });
  const threads = watchThreads(child.pid!);
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [status] = (await once(child, 'close')) as [number | null];
  const busiestThreadSeconds = threads.stop();
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`${program} ${args.join(' ')} : code ${status}\n${stderr}`);
  if (timed) {
    const [wall, rssKB, user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds: wall!, maxRssMB: rssKB! / 1024, cpuSeconds: user! + system!, busiestThreadSeconds };
  }
  // No /usr/bin/time: the reference reports its own peak; the command line's is unknown.
  const own = /"maxRssKB":(\d+)/.exec(stderr);
  return { seconds, maxRssMB: own ? Number(own[1]) / 1024 : NaN, cpuSeconds: NaN, busiestThreadSeconds };
}

/** Builds the command line into a temporary folder and measures both on the journal. */
export async function cliVerifyBench(root: string, journalPath: string, events: number): Promise<CliVerifyFigures> {
  const workDir = await mkdtemp(join(tmpdir(), 'registre-cli-verify-'));
  try {
    const built = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'const { buildCli } = await import("./scripts/build-cli.mjs"); await buildCli(process.argv[1]);', workDir],
      { cwd: root, encoding: 'utf8' },
    );
    if (built.status !== 0) throw new Error(built.stderr);
    const { year, month } = await benchDates(journalPath);
    // A folder of its own for each round: the editions are never written over.
    const commandsOfRound = (round: number) => commandsToMeasure(year, month, (name) => join(workDir, `sortie-${round}-${name}`));
    const toMeasure = commandsOfRound(1);
    // Each program once per round, the rounds one after the other: a slower spell of the
    // machine stretches one round of each rather than every run of one program.
    const references: Measured[] = [];
    const verifies: Measured[] = [];
    const commandRuns: Measured[][] = toMeasure.map(() => []);
    for (let round = 1; round <= ROUNDS; round += 1) {
      references.push(await measure(process.execPath, ['--input-type=module', '-e', REFERENCE, journalPath], root, workDir));
      // The bundle run as the installed `registre` program runs: the file itself.
      verifies.push(await measure(join(workDir, 'cli.mjs'), ['verify', journalPath], root, workDir));
      for (const [index, { words }] of commandsOfRound(round).entries()) {
        const [command, ...options] = words;
        commandRuns[index]!.push(await measure(join(workDir, 'cli.mjs'), [command!, journalPath, ...options], root, workDir));
      }
    }
    const reference = medianRun(references);
    const verify = medianRun(verifies);
    const commands: CommandMeasured[] = toMeasure.map(({ name, words }, index) => ({ name, words, ...medianRun(commandRuns[index]!) }));
    // Start-up, as the installed program starts: the work is nothing, so the time is the start.
    const small = join(workDir, 'petit.journal.jsonl');
    await writeJournal(small, 10);
    const program = [join(workDir, 'cli.mjs')];
    const startup = [
      measureStartup('registre', program, '--help', ['--help'], STARTUP_RUNS),
      measureStartup('registre', program, 'verify', ['verify', small], STARTUP_RUNS),
    ];
    return { events, reference, verify, ratio: verify.seconds / reference.seconds, commands, rounds: ROUNDS, startup };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The rows of `npm run bench` (bench/run.ts). */
export function cliVerifyRows({ events, reference, verify, ratio, commands, rounds, startup }: CliVerifyFigures) {
  const median = rounds > 1 ? `, médiane de ${rounds} tours` : '';
  const commandRows = commands.flatMap((command) => {
    const share = command.seconds / verify.seconds;
    return [
      { measure: `registre ${command.name}${median}`, value: command.seconds, unit: 's', target: '' },
      { measure: '  mémoire maximale', value: command.maxRssMB, unit: 'Mo', target: '< 500 Mo', met: command.maxRssMB < 500 },
      { measure: '  rapport à verify', value: share, unit: '×', target: '≤ 1,5', met: Number.isFinite(share) && share <= 1.5 },
      // Under load the wall times stretch with the other programs: the processor time says what the command itself cost.
      { measure: '  temps processeur (tous fils)', value: command.cpuSeconds, unit: 's', target: '' },
      { measure: '  rapport du temps processeur à celui de verify', value: command.cpuSeconds / verify.cpuSeconds, unit: '×', target: '' },
    ].map((row, index) => ({
      ...row,
      key: `cli ${command.words[0]} ${command.words.includes('--product') ? 'produit' : ''} ${['durée', 'mémoire', 'rapport', 'processeur', 'rapport processeur'][index]}`,
    }));
  });
  const startupRows = (startup ?? []).map((figures) => ({
    measure: `démarrage de registre ${figures.command === 'verify' ? 'verify d’un journal de 10 lignes' : figures.command} (paquet construit), médiane de ${figures.runs}`,
    value: figures.medianMs / 1000,
    unit: 's',
    target: '< 0,6 s',
    met: figures.medianMs < 600,
    key: `cli démarrage ${figures.command}`,
  }));
  return [
    { measure: `référence Node d’un fil (lecture, JSON, RFC 8785, SHA-256), ${events} lignes${median}`, value: reference.seconds, unit: 's', target: '' },
    { measure: '  temps processeur de la référence', value: reference.cpuSeconds, unit: 's', target: '' },
    { measure: '  mémoire maximale de la référence', value: reference.maxRssMB, unit: 'Mo', target: '' },
    { measure: `registre verify (paquet construit, 2 fils), ${events} lignes${median}`, value: verify.seconds, unit: 's', target: '' },
    { measure: '  temps processeur de registre verify (2 fils)', value: verify.cpuSeconds, unit: 's', target: '' },
    { measure: '  mémoire maximale de registre verify', value: verify.maxRssMB, unit: 'Mo', target: '< 500 Mo', met: verify.maxRssMB < 500 },
    { measure: 'rapport verify / référence', value: ratio, unit: '×', target: '≤ 1,0', met: Number.isFinite(ratio) && ratio <= 1 },
    {
      // Under load the wall times say little: the busiest thread's processor time is what
      // verify would take with two cores of its own, against the reference's whole time.
      measure: '  rapport du fil le plus chargé de verify au processeur de la référence',
      value: verify.busiestThreadSeconds / reference.cpuSeconds,
      unit: '×',
      target: '',
    },
    ...commandRows,
    ...startupRows,
  ];
}

/** The lines of a journal given as is: counted by their line breaks, never read as one string. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  return lines;
}

if (process.argv[1] === import.meta.filename) {
  const root = join(import.meta.dirname, '../..');
  const given = process.argv[2] ?? '1000000';
  const workDir = await mkdtemp(join(tmpdir(), 'registre-cli-verify-journal-'));
  try {
    let journal = given;
    let events: number;
    if (/^\d+$/.test(given)) {
      events = Number(given);
      journal = join(workDir, 'bench.journal.jsonl');
      console.log(`Journal de ${events} lignes…`);
      await writeJournal(journal, events);
    } else {
      events = await countLines(journal);
    }
    const figures = await cliVerifyBench(root, journal, events);
    const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    console.table(cliVerifyRows(figures).map((row) => ({ mesure: row.measure, valeur: `${format.format(row.value)} ${row.unit}`.trim(), cible: row.target })));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

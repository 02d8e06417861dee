// Measurement kept for the record: what `archive:list` costs the main process, the first
// time in a session — verified on the main thread as before, then in the verification
// thread — and the next (decision 0071), on a bench register's yearly archives
// (bench-archives.ts keeps them under bench/.cache/register-*/archives/data). The data
// folder is copied first: listing may copy archives to a reserve medium. Besides the
// process's processor time (every thread), each row gives the main thread's own (Linux,
// /proc) and its longest stall while listing (monitorEventLoopDelay's max): how long an
// IPC request — a validation at the counter written to the reserve — would have waited.
// Usage: npx tsx bench/node/archive-listing.ts <archives data folder> [registerId]
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createYearlyArchiveHandlers, yearlyArchiveFolder } from '../../electron/package/yearly-archive';
import type { PackageContext } from '../../electron/package/package-context';
import { archiveVerdictOf } from '../../electron/package/archive-verdict';
import { createArchiveVerifier } from '../../electron/package/archive-verify-thread';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const WORKER_SOURCE = fileURLToPath(new URL('../../electron/package/archive-verify-worker.ts', import.meta.url));

const [source, registerId = 'BENCH'] = process.argv.slice(2) as [string, string?];

/** The main thread's processor time so far, in ms (NaN without /proc): its task has the process's id. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th, in ticks of 10 ms.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface Run {
  wallMs: number;
  /** User + system, every thread of this process. */
  cpuMs: number;
  mainCpuMs: number;
  /** The longest the main thread's event loop was held, in ms. */
  stallMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Run & { value: T }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuMs();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const mainCpuMs = mainThreadCpuMs() - mainCpu;
  delay.disable();
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000, mainCpuMs, stallMs: delay.max / 1e6 };
}

const data = await mkdtemp(join(tmpdir(), 'archive-listing-'));
try {
  await cp(source, data, { recursive: true });
  const folder = yearlyArchiveFolder(data, registerId);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.zip'));
  const context = { dataFolder: data, version: 'banc', shell: 'harness', now: () => new Date(), verifierPage: async () => null } as unknown as PackageContext;
  const list = (handlers: ReturnType<typeof createYearlyArchiveHandlers>) => handlers['archive:list']({ registerId });
  const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
  const row = (label: string, run: Run) =>
    console.log(
      `${label.padEnd(44)} ${ms(run.wallMs)}   processeur ${ms(run.cpuMs)}   fil principal ${ms(run.mainCpuMs)}   plus long arrêt ${ms(run.stallMs)}`,
    );

  console.log(`${names.length} archives annuelles (${registerId})`);
  const hashing = await timed(async () => {
    for (const name of names)
      createHash('sha256')
        .update(await readFile(join(folder, name)))
        .digest();
  });
  row('lecture + SHA-256 de chaque fichier', hashing);
  const sound = (run: { value: Awaited<ReturnType<typeof list>> }) => {
    if (!run.value.ok || run.value.value.archives.some((archive) => archive.problem !== null)) throw new Error('archive abîmée ou liste refusée');
  };
  // As the app does: the thread's file built as scripts/build.mjs builds it, not loaded through tsx.
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: join(data, 'archive-verify-worker.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const verifier = createArchiveVerifier({ file: join(data, 'archive-verify-worker.cjs') });
  const session = createYearlyArchiveHandlers({ ...context, verifyArchive: verifier.verify });
  const first = await timed(() => list(session));
  sound(first);
  row('1re liste, vérifiée dans un fil à part', first);
  row('2e liste, même session (verdicts gardés)', await timed(() => list(session)));
  // As before this thread (decision 0071), last: its garbage (each year's events, on the
  // main thread's heap) would otherwise be collected during the rows above.
  const before = await timed(() => list(createYearlyArchiveHandlers({ ...context, verifyArchive: async (bytes) => archiveVerdictOf(bytes) })));
  sound(before);
  row('1re liste, vérifiée dans le fil principal', before);
} finally {
  await rm(data, { recursive: true, force: true });
}

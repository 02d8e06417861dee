// Measurement kept for the record: what `archive:list` costs the main process, the first
// time in a session and the next (decision 0072), on a bench register's yearly archives
// (bench-archives.ts keeps them under bench/.cache/register-*/archives/data). The data
// folder is copied first: listing may copy archives to a reserve medium.
// Usage: npx tsx bench/node/archive-listing.ts <archives data folder> [registerId]
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createYearlyArchiveHandlers, yearlyArchiveFolder } from '../../electron/package/yearly-archive';
import type { PackageContext } from '../../electron/package/package-context';

const [source, registerId = 'BENCH'] = process.argv.slice(2) as [string, string?];

/** Wall and processor time (user + system, every thread of this process) of `work`, in ms. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const data = await mkdtemp(join(tmpdir(), 'archive-listing-'));
try {
  await cp(source, data, { recursive: true });
  const folder = yearlyArchiveFolder(data, registerId);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.zip'));
  const context = { dataFolder: data, version: 'banc', shell: 'harness', now: () => new Date(), verifierPage: async () => null } as unknown as PackageContext;
  const list = (handlers: ReturnType<typeof createYearlyArchiveHandlers>) => handlers['archive:list']({ registerId });
  const row = (label: string, run: { wallMs: number; cpuMs: number }) =>
    console.log(`${label.padEnd(48)} ${run.wallMs.toFixed(0).padStart(7)} ms   processeur ${run.cpuMs.toFixed(0).padStart(7)} ms`);

  console.log(`${names.length} archives annuelles (${registerId})`);
  const hashing = await timed(async () => {
    for (const name of names)
      createHash('sha256')
        .update(await readFile(join(folder, name)))
        .digest();
  });
  row('lecture + SHA-256 de chaque fichier', hashing);
  const session = createYearlyArchiveHandlers(context);
  const first = await timed(() => list(session));
  if (!first.value.ok || first.value.value.archives.some((archive) => archive.problem !== null)) throw new Error('archive abîmée ou liste refusée');
  row('1re liste de la session (tout vérifié)', first);
  row('2e liste, même session (verdicts gardés)', await timed(() => list(session)));
  // Before decision 0072 every listing verified every archive: a new session's first listing.
  row('2e liste avant 0072 (tout revérifié)', await timed(() => list(createYearlyArchiveHandlers(context))));
} finally {
  await rm(data, { recursive: true, force: true });
}

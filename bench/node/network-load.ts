// The shared register under load: N counters (Node processes, each with its own
// connection) validating at once on a real PostgreSQL started for the bench, racing
// first for the last units of one product. Measures validations per second, all counters
// together, and each validation's latency as its counter waited for it (lock included).
//   npx tsx bench/node/network-load.ts [counters] [seconds]   (default 4 counters, 10 s)
import { grantToCounters } from '../../electron/network/grants';
import { migrate } from '../../electron/network/migrations';
import { openRegisterPool } from '../../electron/network/register-pool';
import { startPostgresCluster } from '../../test/support/postgres-cluster';
import { prepareLoad, runCounters } from '../../test/support/counter-load';

export interface NetworkLoadFigures {
  counters: number;
  seconds: number;
  validations: number;
  refused: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN);
}

export async function networkLoadBench(counters: number, seconds: number): Promise<NetworkLoadFigures> {
  const cluster = await startPostgresCluster();
  try {
    const at = { host: cluster.host, port: cluster.port, database: cluster.database };
    const owner = openRegisterPool({ ...at, ...cluster.owner });
    const client = await owner.connect();
    try {
      await migrate(client);
      await grantToCounters(client, cluster.counter.user);
    } finally {
      client.release();
    }
    await owner.end();
    const server = { ...at, ...cluster.counter };
    const counter = openRegisterPool(server);
    const products = await prepareLoad(counter, 20);
    await counter.end();
    const reports = await runCounters(server, products, counters, seconds * 1000);
    const latencies = reports.flatMap((report) => report.latenciesMs).sort((a, b) => a - b);
    return {
      counters,
      seconds,
      validations: latencies.length,
      refused: reports.reduce((sum, report) => sum + report.refused.length, 0),
      perSecond: latencies.length / seconds,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      maxMs: latencies.at(-1) ?? NaN,
    };
  } finally {
    await cluster.stop();
  }
}

if (process.argv[1] === import.meta.filename) {
  const figures = await networkLoadBench(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 10));
  console.log(JSON.stringify(figures, null, 2));
}

// N counters validating at once on one shared register, each a Node process with its own
// connection (counter-process.ts): the load of the concurrency test and of `npm run bench`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type pg from 'pg';
import type { RegisterServer } from '../../electron/network/register-pool';
import { validate } from '../../electron/network/validate';
import { dispensationDraft, MORPHINE, openingDraft, productDraft, receiptDraft, units } from '../fixtures/drafts';
import type { CounterOrders, CounterReport } from './counter-process';

export type { CounterReport } from './counter-process';

const ROOT = join(import.meta.dirname, '..', '..');

export interface LoadProducts {
  scarce: string;
  plenty: string;
}

/** Opens the register with a product of which only `scarceUnits` are held, and one held by the million. */
export async function prepareLoad(pool: pg.Pool, scarceUnits: number): Promise<LoadProducts> {
  const result = await validate(pool, [
    openingDraft(),
    productDraft(),
    productDraft({ ...MORPHINE, designation: 'Oxycodone LP 5 mg', strength: '5 mg' }),
    receiptDraft({ productId: 'P2', quantity: units(scarceUnits) }),
    receiptDraft({ productId: 'P3', quantity: units(1_000_000) }),
    // The scarce product has moved once already: the race is for what is left.
    dispensationDraft({ productId: 'P2', quantity: units(1) }),
  ]);
  if (!result.ok) throw new Error(`ouverture du registre de charge refusée : ${result.error.code}`);
  return { scarce: 'P2', plenty: 'P3' };
}

/** A counter's process: it says when it is ready, starts on `go`, and ends with its report. */
function startCounter(orders: CounterOrders): { ready: Promise<void>; go(): void; report: Promise<CounterReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/counter-process.ts'), JSON.stringify(orders)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const report = new Promise<CounterReport>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`poste ${orders.counter} arrêté (code ${code}) : ${err}`));
      else resolve(JSON.parse(last) as CounterReport);
    });
  });
  return { ready: Promise.race([ready, report.then(() => undefined)]), go: () => child.stdin.end('go\n'), report };
}

/** Starts `counters` processes, lets them all go at once when every one is ready, and waits for their reports. */
export async function runCounters(server: RegisterServer, products: LoadProducts, counters: number, durationMs: number): Promise<CounterReport[]> {
  const started = Array.from({ length: counters }, (_, counter) => startCounter({ counter, server, durationMs, ...products }));
  await Promise.all(started.map((counter) => counter.ready));
  for (const counter of started) counter.go();
  return Promise.all(started.map((counter) => counter.report));
}

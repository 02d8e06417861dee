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

function runCounter(orders: CounterOrders): Promise<CounterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/counter-process.ts'), JSON.stringify(orders)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`poste ${orders.counter} arrêté (code ${code}) : ${err}`));
      else resolve(JSON.parse(out) as CounterReport);
    });
  });
}

/** Starts `counters` processes together (after `leadMs` for them all to load), and waits for their reports. */
export function runCounters(server: RegisterServer, products: LoadProducts, counters: number, durationMs: number, leadMs = 4_000): Promise<CounterReport[]> {
  const startAt = Date.now() + leadMs;
  return Promise.all(Array.from({ length: counters }, (_, counter) => runCounter({ counter, server, startAt, durationMs, ...products })));
}

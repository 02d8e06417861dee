// One counter of the load test, in a process of its own with its own connection: once
// every counter is loaded and connected (it says « ready » and waits for « go » on its
// standard input, so a slow start never shortens its run), it validates dispensations one
// after the other through the shared register's write door until its time is up. It
// races first for the scarce product until the register refuses it, then takes the
// plentiful one, a receipt now and then. It prints what it was given and refused, and how
// long each validation took, as its last line of JSON.
//   node --import tsx test/support/counter-process.ts '<CounterOrders as JSON>'
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { openRegisterPool, type RegisterServer } from '../../electron/network/register-pool';
import { validate } from '../../electron/network/validate';
import { describeError } from '../../shared/errors';
import { dispensationDraft, receiptDraft, units } from '../fixtures/drafts';

export interface CounterOrders {
  counter: number;
  server: RegisterServer;
  durationMs: number;
  scarce: string;
  plenty: string;
}

export interface CounterReport {
  counter: number;
  accepted: { seq: number; productId: string; type: string }[];
  refused: { productId: string; code: string; message: string }[];
  latenciesMs: number[];
}

const orders = JSON.parse(process.argv[2] ?? '{}') as CounterOrders;
const pool = openRegisterPool(orders.server, 1);
const report: CounterReport = { counter: orders.counter, accepted: [], refused: [], latenciesMs: [] };
// Connected before saying ready: the first validation does not pay for the connection.
(await pool.connect()).release();
process.stdout.write('ready\n');
process.stdin.setEncoding('utf8');
await once(process.stdin, 'data');
const deadline = Date.now() + orders.durationMs;
let racing = true;
for (let attempt = 0; Date.now() < deadline; attempt += 1) {
  const productId = racing ? orders.scarce : orders.plenty;
  const draft =
    !racing && attempt % 5 === 0
      ? receiptDraft({ productId, quantity: units(1), deliveryRef: `BL-${orders.counter}-${attempt}` })
      : dispensationDraft({ productId, quantity: units(1), ordonnancierNumber: `2026-${orders.counter}-${attempt}` });
  const started = performance.now();
  const result = await validate(pool, [draft]);
  report.latenciesMs.push(performance.now() - started);
  if (result.ok) {
    for (const event of result.value) report.accepted.push({ seq: event.seq, productId, type: event.type });
  } else {
    report.refused.push({ productId, code: result.error.code, message: describeError(result.error) });
    racing = false;
  }
}
await pool.end();
process.stdout.write(`${JSON.stringify(report)}\n`);
process.stdin.destroy();

// Several counters, one register: N processes, each with its own connection, validate at
// once for a few seconds, racing first for the last units of one product. The register
// must come out as one register: every number given once, none missing, one chain, the
// stock never below zero, the losers told « Stock insuffisant », and the whole journal
// accepted by the same checks as a reserve copy (the chain, then the rules replayed).
import { describe, expect, it } from 'vitest';
import { eventsAfter } from '../../../electron/network/server-state';
import { verifyChain } from '../../../shared/register/chain';
import { evolve } from '../../../shared/register/evolve';
import { replayJournal } from '../../../shared/register/replay';
import { emptyState } from '../../../shared/register/register-state';
import { LotLedger } from '../../../shared/stock/lot-ledger';
import { units } from '../../fixtures/drafts';
import { prepareLoad, runCounters } from '../../support/counter-load';
import { useRegisterCluster } from '../../support/register-server';

const server = useRegisterCluster();
const COUNTERS = 4;
const SCARCE_UNITS = 7;

describe('several counters validating at once', () => {
  it('give one gap-free chain, never a negative stock, and the losers of the race a refusal', async () => {
    const { counter, server: settings } = await server.freshRegister();
    const products = await prepareLoad(counter, SCARCE_UNITS);
    const setUp = (await eventsAfter(counter, 0, 100)).length;
    const reports = await runCounters(settings, products, COUNTERS, 3_000);

    const events = await eventsAfter(counter, 0, 1_000_000);
    // No gap, no number given twice, one chain.
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(verifyChain(events)).toBeNull();
    expect(replayJournal(events)).toBeNull();
    // One clock for the register, the server's, read under the lock: no counter's instant comes before the last one.
    expect(events.filter((event) => event.type === 'clock.setBack')).toEqual([]);
    // What each counter was given is exactly what the register holds after the set-up, each number to one counter.
    const given = reports.flatMap((report) => report.accepted.map((accepted) => accepted.seq)).sort((a, b) => a - b);
    expect(given).toEqual(events.slice(setUp).map((event) => event.seq));
    expect(reports.every((report) => report.accepted.length > 0)).toBe(true);

    // The stock of each product after every event, never below zero.
    const state = emptyState();
    const ledger = new LotLedger();
    for (const event of events) {
      evolve(state, event, ledger);
      for (const [productId, product] of state.products) expect(product.stock.total, `${productId} après le n° ${event.seq}`).toBeGreaterThanOrEqual(0);
    }
    // The last units went to the counters, one each time, and nothing more.
    const scarceTaken = reports.flatMap((report) => report.accepted.filter((accepted) => accepted.productId === products.scarce));
    expect(scarceTaken).toHaveLength(SCARCE_UNITS - 1);
    expect(state.products.get(products.scarce)?.stock.total).toBe(0);
    // Every counter lost the race once, and was told why in the register's words.
    const refused = reports.flatMap((report) => report.refused);
    expect(refused.filter((refusal) => refusal.productId === products.scarce)).toHaveLength(COUNTERS);
    for (const refusal of refused) {
      expect(refusal).toMatchObject({ productId: products.scarce, code: 'stock.insufficient' });
      expect(refusal.message).toMatch(/^Stock insuffisant\u202f: quantité demandée 1, disponible 0\.$/);
    }
    // Meanwhile the plentiful product moved one unit at a time.
    expect(state.products.get(products.plenty)?.stock.total).toBeLessThanOrEqual(units(1_000_000) + units(given.length));
    const { rows } = await counter.query<{ seq: number; hash: string }>('SELECT seq, hash FROM register_head');
    expect(rows[0]).toEqual({ seq: events.length, hash: events.at(-1)?.hash });
  }, 60_000);
});

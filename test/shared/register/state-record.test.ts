import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../shared/register/fold';
import { fromStateRecord, toStateRecord } from '../../../shared/register/state-record';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../editions/scenario';

describe('the state as storage keeps it', () => {
  it.each([
    ['the officine scenario', scenarioEvents],
    ['the veterinary scenario', veterinaryEvents],
    ['the scenario with a monthly closure', closedScenarioEvents],
  ])('survives JSON unchanged on %s: Maps and Sets come back, quantities stay integers', (_name, events) => {
    const state = foldEvents(events());
    const text = JSON.stringify(toStateRecord(state));
    expect(fromStateRecord(JSON.parse(text))).toEqual(state);
    // Every number stored is an integer: quantities in thousandths, order numbers.
    const numbers = [...text.matchAll(/:(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)[,}\]]/g)].map((match) => Number(match[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every(Number.isSafeInteger)).toBe(true);
  });

  it('stays the size of the products, not of the movements: a month’s hundred dispensations are one sum', () => {
    const events = scenarioEvents();
    const record = toStateRecord(foldEvents(events));
    const march = record.pending.find(([month]) => month === '2026-03')?.[1] ?? [];
    expect(march.map(([productId]) => productId).sort()).toEqual(['P2', 'P3', 'P4']);
    expect(JSON.stringify(record).length).toBeLessThan(JSON.stringify(events).length / 10);
  });
});

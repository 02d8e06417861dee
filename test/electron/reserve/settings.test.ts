// The settings file is changed by several handlers (the reserve folder, each register's
// annual settings and JARE matches): changes made at the same moment must all survive.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnualHandlers } from '../../../electron/annual/annual-handlers';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { loadSettings, updateSettings } from '../../../electron/reserve/settings';
import { accepted } from '../../fixtures/result';

let root: string;
let dataFolder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-settings-'));
  dataFolder = join(root, 'data');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const registers = Array.from({ length: 12 }, (_, index) => `c0ffee00-0000-4000-8000-${String(index).padStart(12, '0')}`);

describe('the main process’s settings', () => {
  it('keeps every change made at the same moment, whichever handler makes it', async () => {
    const reserveFolder = join(root, 'usb');
    await mkdir(reserveFolder);
    const annual = createAnnualHandlers({ dataFolder });
    // Another handler set, as another part of the main process would hold: the queue is the file's, not the handler's.
    const otherAnnual = createAnnualHandlers({ dataFolder });
    const reserve = createReserveHandlers({ dataFolder, chooseFolder: async () => reserveFolder });
    const [chosen, ...saved] = await Promise.all([
      reserve['reserve:chooseFolder'](null),
      ...registers.map((registerId, index) =>
        (index % 2 === 0 ? annual : otherAnnual)['annual:setSettings']({ registerId, settings: { operator: true, deadline: '04-15' } }),
      ),
      ...registers.map((registerId) =>
        annual['jare:setMatches']({ registerId, matches: { substances: { morphine: `NDS ${registerId.slice(-2)}` }, products: {} } }),
      ),
    ]);
    expect(accepted(chosen)).toEqual({ folder: reserveFolder });
    expect(saved.every((result) => result.ok)).toBe(true);
    const stored = await loadSettings(dataFolder);
    expect(stored.reserveFolder).toBe(reserveFolder);
    expect(Object.keys(stored.annual ?? {}).sort()).toEqual(registers);
    expect(Object.keys(stored.jareMatches ?? {}).sort()).toEqual(registers);
    expect(stored.jareMatches?.[registers[3]!]).toEqual({ substances: { morphine: 'NDS 03' }, products: {} });
  });

  it('applies each change to what the one before it wrote', async () => {
    await Promise.all(
      registers.map((registerId) =>
        updateSettings(dataFolder, (current) => ({ ...current, annual: { ...current.annual, [registerId]: { operator: false, deadline: '02-15' } } })),
      ),
    );
    expect(Object.keys((await loadSettings(dataFolder)).annual ?? {})).toHaveLength(registers.length);
  });
});

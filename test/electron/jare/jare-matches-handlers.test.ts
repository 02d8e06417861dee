// The confirmed JARE matches through the real dispatcher: kept per register in the
// main-process settings, beside the reserve folder and the annual settings, which keep
// them when they are saved; a malformed table refused before it is stored.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, sameOriginAs } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { loadSettings } from '../../../electron/reserve/settings';

const PAGE = 'app://registre/index.html';
let dataFolder: string;

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'registre-jare-matches-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

function dispatcher() {
  return createDispatcher({
    handlers: createHandlers({ version: 't', shell: 'harness', dataFolder, chooseFolder: async () => dataFolder }),
    isTrustedSender: sameOriginAs('app://registre'),
  });
}

describe('jare:getMatches and jare:setMatches', () => {
  it('remembers each register’s confirmations, kept when the other settings are saved', async () => {
    const dispatch = dispatcher();
    expect(await dispatch(PAGE, 'jare:getMatches', { registerId: 'REG-1' })).toEqual({ ok: true, value: { substances: {}, products: {} } });
    const matches = { substances: { 'Morphine (sulfate)': 'Nom morphine sulfate' }, products: { P2: 'NDS 90001' } };
    expect(await dispatch(PAGE, 'jare:setMatches', { registerId: 'REG-1', matches })).toEqual({ ok: true, value: matches });
    expect(
      await dispatch(PAGE, 'jare:setMatches', { registerId: 'REG-2', matches: { substances: {}, products: { P1: 'GTIN 03400930000001' } } }),
    ).toMatchObject({ ok: true });
    // The annual settings and the reserve folder saved afterwards do not drop them.
    expect(await dispatch(PAGE, 'annual:setSettings', { registerId: 'REG-1', settings: { operator: true, deadline: '04-15' } })).toMatchObject({ ok: true });
    expect(await dispatch(PAGE, 'reserve:chooseFolder', null)).toMatchObject({ ok: true });
    expect(await dispatcher()(PAGE, 'jare:getMatches', { registerId: 'REG-1' })).toEqual({ ok: true, value: matches });
    expect((await loadSettings(dataFolder)).jareMatches).toEqual({ 'REG-1': matches, 'REG-2': { substances: {}, products: { P1: 'GTIN 03400930000001' } } });
  });

  it.each([
    ['a table of numbers', { substances: { 'Morphine (sulfate)': 10001 }, products: {} }],
    ['an unknown table', { substances: {}, products: {}, sheets: {} }],
    ['an empty row key', { substances: { 'Morphine (sulfate)': '' }, products: {} }],
  ])('refuses %s before anything is stored', async (_what, matches) => {
    expect(await dispatcher()(PAGE, 'jare:setMatches', { registerId: 'REG-1', matches })).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    expect((await loadSettings(dataFolder)).jareMatches).toBeUndefined();
  });
});

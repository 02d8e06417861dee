import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { MAX_EVENTS_PER_REQUEST } from '../../../shared/ipc/requests';
import { serializeLine } from '../../../shared/journal/line';
import { reseal, sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000001';
let root: string;
let dataFolder: string;
let reserveFolder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-reserve-unit-'));
  dataFolder = join(root, 'data');
  reserveFolder = join(root, 'usb');
  await mkdir(reserveFolder, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function handlers(chosen: string | null = reserveFolder) {
  return createReserveHandlers({ dataFolder, chooseFolder: async () => chosen });
}

const journalPath = () => join(reserveFolder, `${REGISTER_ID}.journal.jsonl`);

describe('reserve handlers', () => {
  it('reports no folder until one is chosen, then remembers it across restarts', async () => {
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).folder).toBeNull();
    expect(accepted(await handlers()['reserve:chooseFolder'](null))).toEqual({ folder: reserveFolder });
    const status = accepted(await handlers(null)['reserve:status']({ registerId: REGISTER_ID }));
    expect(status).toMatchObject({ folder: reserveFolder, reachable: true, head: null });
  });

  it('refuses a chosen folder that does not exist, and says the choice was cancelled', async () => {
    expect(refusal(await handlers(join(root, 'absent'))['reserve:chooseFolder'](null)).code).toBe('reserve.unreachable');
    expect(refusal(await handlers(null)['reserve:chooseFolder'](null)).code).toBe('reserve.cancelled');
  });

  it('appends events as journal lines and reports the new head', async () => {
    const events = sealedSlice();
    await handlers()['reserve:chooseFolder'](null);
    expect(accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 2) }))).toEqual({ seq: 2, hash: events[1]?.hash });
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(2) }));
    expect(await readFile(journalPath(), 'utf8')).toBe(events.map(serializeLine).join(''));
    const status = accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID }));
    expect(status.head).toEqual({ seq: 4, hash: events[3]?.hash });
  });

  it('refuses a gap or a fork and writes nothing', async () => {
    const events = sealedSlice();
    await handlers()['reserve:chooseFolder'](null);
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 2) }));
    const before = await readFile(journalPath(), 'utf8');
    expect(refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(3) })).code).toBe('reserve.diverged');
    expect(refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 2) })).code).toBe('reserve.diverged');
    expect(await readFile(journalPath(), 'utf8')).toBe(before);
  });

  it('refuses an event whose hash does not match its content', async () => {
    const [opening, product] = sealedSlice();
    if (!opening || !product) throw new Error('fixture');
    await handlers()['reserve:chooseFolder'](null);
    const forged = { ...reseal(product, {}), operationDate: '2020-01-01' };
    const error = refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: [opening, forged] }));
    expect(error).toMatchObject({ code: 'reserve.chainBroken', params: { seq: '2' } });
    await expect(readFile(journalPath(), 'utf8')).rejects.toThrow();
  });

  it('says the folder is unreachable when the medium is gone, without losing the setting', async () => {
    await handlers()['reserve:chooseFolder'](null);
    await rm(reserveFolder, { recursive: true });
    const status = accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID }));
    expect(status).toMatchObject({ folder: reserveFolder, reachable: false });
    expect(refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() })).code).toBe('reserve.unreachable');
  });

  it('flags a reserve folder on the same device as the application data', async () => {
    await mkdir(dataFolder, { recursive: true });
    await writeFile(join(dataFolder, 'marker'), '');
    await handlers()['reserve:chooseFolder'](null);
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).sameDevice).toBe(true);
  });

  it('pages through the journal by cursor: each answer says where the next page starts', async () => {
    const events = sealedSlice();
    await handlers()['reserve:chooseFolder'](null);
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events }));
    const first = accepted(await handlers()['reserve:readEvents']({ registerId: REGISTER_ID, cursor: 0, limit: 3 }));
    expect(first).toEqual({ events: events.slice(0, 3), nextCursor: Buffer.byteLength(events.slice(0, 3).map(serializeLine).join('')), done: false });
    const second = accepted(await handlers()['reserve:readEvents']({ registerId: REGISTER_ID, cursor: first.nextCursor, limit: 3 }));
    expect(second).toEqual({ events: events.slice(3), nextCursor: (await readFile(journalPath())).length, done: true });
  });

  it.each([
    ['a negative cursor', { cursor: -1, limit: 10 }],
    ['a fractional cursor', { cursor: 1.5, limit: 10 }],
    ['a cursor beyond the safe integers', { cursor: Number.MAX_SAFE_INTEGER + 2, limit: 10 }],
    ['a cursor as text', { cursor: '0', limit: 10 }],
    ['no cursor (the former afterSeq)', { afterSeq: 0, limit: 10 }],
    ['a limit of zero', { cursor: 0, limit: 0 }],
    ['a limit above the maximum per request', { cursor: 0, limit: MAX_EVENTS_PER_REQUEST + 1 }],
  ])('refuses a page request with %s before any file is opened', async (_what, fields) => {
    await handlers()['reserve:chooseFolder'](null);
    const dispatch = createDispatcher({
      handlers: createHandlers({ version: 't', shell: 'harness', dataFolder, chooseFolder: async () => reserveFolder }),
      isTrustedSender: () => true,
    });
    expect(await dispatch('app://registre/', 'reserve:readEvents', { registerId: REGISTER_ID, ...fields })).toEqual({
      ok: false,
      error: { code: 'ipc.badRequest' },
    });
  });
});

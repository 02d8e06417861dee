// Two appends of the same events reaching the main process together (a catch-up and a new
// entry, say) must not both pass the chain check: the journal would hold a fork.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { createSerialQueue } from '../../../shared/serial-queue';
import { readJournal } from '../../../electron/files/read-journal';
import { sealedSlice } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';

const REGISTER_ID = 'REG-2026-001';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-concurrent-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('reserve:append under concurrency', () => {
  it('writes each event once when the same page is sent twice at the same time', async () => {
    const reserve = join(root, 'usb');
    await mkdir(reserve);
    const handlers = createReserveHandlers({ dataFolder: join(root, 'data'), chooseFolder: async () => reserve });
    accepted(await handlers['reserve:chooseFolder'](null));
    const events = sealedSlice();
    const answers = await Promise.all([
      handlers['reserve:append']({ registerId: REGISTER_ID, events }),
      handlers['reserve:append']({ registerId: REGISTER_ID, events }),
    ]);
    // Whichever reaches the journal first writes; the other finds the events already there.
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ ok: false, error: { code: 'reserve.diverged' } });
    const path = join(reserve, `${REGISTER_ID}.journal.jsonl`);
    expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(events.length);
    expect(await readJournal(path)).toMatchObject({ ok: true });
  });
});

describe('createSerialQueue', () => {
  it('runs the tasks of one key in order, and goes on after a failure', async () => {
    const queue = createSerialQueue();
    const order: string[] = [];
    const slow = queue('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
      throw new Error('échec');
    });
    const next = queue('a', async () => {
      order.push('next');
      return 2;
    });
    const other = queue('b', async () => {
      order.push('other key');
      return 3;
    });
    await expect(slow).rejects.toThrow('échec');
    expect(await next).toBe(2);
    expect(await other).toBe(3);
    expect(order).toEqual(['other key', 'slow', 'next']);
  });
});

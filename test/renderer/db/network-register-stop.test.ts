// Stopping a counter's register while drafts held « en attente » are being sent: the
// server records them, and the copy must take them in before it may be closed. A stop
// that returned earlier let that catch-up write into a closed IndexedDB.
import { describe, expect, it } from 'vitest';
import { openNetworkRegister, type NetworkApi } from '../../../renderer/db/network-register';
import type { PendingDraft, PendingSent } from '../../../shared/ipc/network';
import type { Result } from '../../../shared/result';
import type { AppError } from '../../../shared/errors';
import { trackedDatabase } from '../../fixtures/database';
import { openingDraft } from '../../fixtures/drafts';

const HELD: PendingDraft = { id: 'attente-1', heldAt: '2026-03-02T09:00:00.000Z', drafts: [openingDraft()] };
const SERVER = { host: '192.0.2.10', port: 5432 } as never;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A main process whose server holds nothing new, and whose sending of held drafts answers when the test says. */
function fakeApi(sent: Promise<Result<PendingSent, AppError>>, calls: string[]): NetworkApi {
  return {
    'network:pending': async () => ({ ok: true, value: { pending: [HELD] } }),
    'network:sendPending': () => {
      calls.push('sendPending');
      return sent;
    },
    'network:eventsAfter': async () => {
      calls.push('eventsAfter');
      return { ok: true, value: { events: [] } };
    },
    'network:waitAfter': () => new Promise(() => undefined),
    'network:reserves': async () => ({ ok: true, value: { reserves: [] } }),
    'network:handback': async () => ({ ok: true, value: { handback: null } }),
    'network:validate': async () => ({ ok: false, error: { code: 'network.unreachable' } }),
    'network:dismissPending': async () => ({ ok: true, value: { pending: [] } }),
  } as unknown as NetworkApi;
}

describe('stopping a counter while its held drafts are sent', () => {
  it('waits until the server has answered and the copy has taken the recorded events in', async () => {
    const calls: string[] = [];
    const answer = deferred<Result<PendingSent, AppError>>();
    const register = openNetworkRegister(fakeApi(answer.promise, calls), SERVER, trackedDatabase());
    await expect.poll(() => calls.includes('sendPending')).toBe(true);

    let stopped = false;
    const stopping = register.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);

    const catchUpsBefore = calls.filter((call) => call === 'eventsAfter').length;
    answer.resolve({ ok: true, value: { pending: [], recorded: [[]] } });
    await stopping;
    // The catch-up the recorded drafts asked for ran before the stop was over.
    expect(calls.filter((call) => call === 'eventsAfter').length).toBe(catchUpsBefore + 1);
  });
});

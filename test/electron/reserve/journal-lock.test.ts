// One writer at a time per reserve journal: a second one waits, then refuses in French;
// a lock left by a writer that died, or one far too old, is taken over and logged.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireJournalLock, lockPath } from '../../../electron/reserve/journal-lock';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { describeError } from '../../../shared/errors';
import { sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'REG-2026-001';
let root: string;
let usb: string;
let journal: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-lock-'));
  usb = join(root, 'usb');
  await mkdir(usb);
  journal = join(usb, `${REGISTER_ID}.journal.jsonl`);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The medium's clock: the time it stamps on a file written now. */
async function mediumNowMs(): Promise<number> {
  const probe = join(usb, 'horloge');
  await writeFile(probe, '');
  const { mtimeMs } = await stat(probe);
  await rm(probe);
  return mtimeMs;
}

/** The pid of a process that has just ended: certainly not running. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

async function writeLock(owner: Record<string, unknown>): Promise<void> {
  await writeFile(lockPath(journal), JSON.stringify({ registerId: REGISTER_ID, acquiredAt: '2026-03-10T09:30:00.000Z', token: 'autre', ...owner }));
}

describe('the reserve journal lock', () => {
  it('makes a second writer wait, then refuse in French naming who holds it', async () => {
    const first = accepted(await acquireJournalLock(journal, REGISTER_ID));
    const started = Date.now();
    const second = refusal(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 200 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(second).toMatchObject({ code: 'reserve.locked', params: { host: hostname(), pid: String(process.pid) } });
    expect(describeError(second)).toMatch(/^La copie de réserve est en cours d’écriture par un autre programme/);
    await first.release();
    const third = accepted(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 0 }));
    await third.release();
    await expect(readFile(lockPath(journal))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets the second writer in as soon as the first releases', async () => {
    const first = accepted(await acquireJournalLock(journal, REGISTER_ID));
    setTimeout(() => void first.release(), 100);
    const second = accepted(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 2_000 }));
    expect(await second.stillHeld()).toBe(true);
    await second.release();
  });

  it('takes over the lock of a process of this machine that is gone, and logs it on the medium', async () => {
    await writeLock({ hostname: hostname(), pid: deadPid() });
    const handlers = createReserveHandlers({ dataFolder: join(root, 'data'), chooseFolder: async () => usb, lock: { waitMs: 500 } });
    accepted(await handlers['reserve:chooseFolder'](null));
    accepted(await handlers['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() }));
    const log = (await readFile(join(usb, `${REGISTER_ID}.journal-technique.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; message: string });
    expect(log.find((entry) => entry.event === 'lock.takenOver')?.message).toMatch(
      /^Verrou abandonné de la copie de réserve repris .* le programme qui l’avait posé est arrêté\.$/,
    );
    expect((await readdir(usb)).filter((name) => name.includes('.lock'))).toEqual([]);
  });

  it('takes over a lock far too old, even from another machine, but never a fresh one', async () => {
    await writeLock({ hostname: 'AUTRE-POSTE', pid: 1 });
    expect(refusal(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 100 })).params?.host).toBe('AUTRE-POSTE');
    // Ten minutes old on the medium's own clock, whatever this process's clock says.
    const old = new Date((await mediumNowMs()) - 10 * 60_000);
    await utimes(lockPath(journal), old, old);
    const reasons: string[] = [];
    const held = accepted(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 100, onTakeover: async (_stale, reason) => void reasons.push(reason) }));
    expect(reasons).toEqual(['tooOld']);
    await held.release();
  });

  it('never takes a fresh lock for an old one when this machine’s clock is months ahead of the medium’s', async () => {
    await writeLock({ hostname: 'AUTRE-POSTE', pid: 1 });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 90 * 86_400_000, shouldAdvanceTime: true });
    try {
      const refused = refusal(await acquireJournalLock(journal, REGISTER_ID, { waitMs: 100 }));
      expect(refused).toMatchObject({ code: 'reserve.locked', params: { host: 'AUTRE-POSTE' } });
    } finally {
      vi.useRealTimers();
    }
    expect(JSON.parse(await readFile(lockPath(journal), 'utf8'))).toMatchObject({ hostname: 'AUTRE-POSTE' });
    expect((await readdir(usb)).filter((name) => name.includes('horloge'))).toEqual([]);
  });

  it('never removes a lock that is no longer its own', async () => {
    const mine = accepted(await acquireJournalLock(journal, REGISTER_ID));
    await writeLock({ hostname: 'AUTRE-POSTE', pid: 1 }); // taken over meanwhile by another writer
    expect(await mine.stillHeld()).toBe(false);
    await mine.release();
    expect(JSON.parse(await readFile(lockPath(journal), 'utf8'))).toMatchObject({ hostname: 'AUTRE-POSTE' });
  });
});

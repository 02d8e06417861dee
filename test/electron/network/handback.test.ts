// A register taken back to one PC leaves a mark on its server (migration 7), and nothing is
// written there after it: on a real PostgreSQL, through the app's own channels. The other
// counters are refused in French with who took it, when and at which number — a validation,
// a draft held « en attente », or a counter that does not know of marks (the server's
// trigger); a validation racing the taking back is either before the mark or refused; the
// mark cannot be changed or removed; a server below version 7 keeps working as before.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { grantToCounters } from '../../../electron/network/grants';
import { markHandback } from '../../../electron/network/handback';
import { migrate } from '../../../electron/network/migrations';
import { networkError } from '../../../electron/network/network-errors';
import { openRegisterPool } from '../../../electron/network/register-pool';
import { openServerFeed } from '../../../electron/network/server-feed';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { describeError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { verifyChain } from '../../../shared/register/chain';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { mainProcessApi } from '../../fixtures/main-process';
import { accepted, refusal } from '../../fixtures/result';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';

const server = useRegisterCluster();
const newFolder = (name: string) => mkdtemp(join(tmpdir(), `registre-${name}-`));

async function openedRegister(version?: number): Promise<TestRegister> {
  const register = await server.freshRegister(version);
  accepted(await validate(register.counter, [openingDraft(), productDraft(), receiptDraft()], NOW));
  return register;
}

/** A counter's main process joined to `register`, named `holder` as its system would. */
async function counter(register: TestRegister, holder: string, moveBackFolder: string | null = null): Promise<RegistreApi> {
  return mainProcessApi({
    dataFolder: await newFolder('poste'),
    sharedRegister: register.server,
    holderName: () => holder,
    chooseMoveBackFolder: async () => moveBackFolder,
  });
}

async function marks(pool: pg.Pool): Promise<{ seq: number; hash: string; holder: string }[]> {
  const { rows } = await pool.query<{ seq: number; hash: string; holder: string }>('SELECT seq, hash, holder FROM register_handbacks ORDER BY id');
  return rows;
}

async function sqlState(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<string> {
  return pool.query(sql, values).then(
    () => 'accepté',
    (error: { code: string }) => error.code,
  );
}

const dispenseOne = () => [dispensationDraft({ quantity: units(1) })];

describe('taking the register back marks the server', () => {
  it('names the head taken, the PC and the instant; the other counters are refused with it and nothing is written', async () => {
    const register = await openedRegister();
    const folder = await newFolder('retour');
    const taking = await counter(register, 'COMPTOIR-1', folder);
    const other = await counter(register, 'COMPTOIR-2');
    accepted(await other['network:validate']({ drafts: dispenseOne() }));
    expect(await other['network:handback'](null)).toEqual({ ok: true, value: { handback: null } });

    const back = accepted(await taking['network:moveBack'](null));
    const onServer = await eventsAfter(register.counter, 0, 100);
    expect(back.head).toEqual({ seq: 4, hash: onServer.at(-1)?.hash });
    expect(await marks(register.counter)).toEqual([{ seq: 4, hash: back.head.hash, holder: 'COMPTOIR-1' }]);
    expect(await readdir(folder)).toEqual(['REG-2026-001.journal.jsonl']);
    const told = accepted(await other['network:handback'](null)).handback;
    expect(told).toMatchObject({ seq: 4, hash: back.head.hash, holder: 'COMPTOIR-1' });
    expect(Number.isNaN(Date.parse(told?.takenAt ?? ''))).toBe(false);

    const refused = refusal(await other['network:validate']({ drafts: dispenseOne() }));
    expect(refused).toMatchObject({ code: 'network.registerTakenBack', params: { holder: 'COMPTOIR-1', seq: '4' } });
    const said = describeError(refused);
    expect(said).toMatch(/repris sur le poste «\s?COMPTOIR-1\s?»/u);
    expect(said).toMatch(/au n° d’ordre\s?4/u);
    expect(said).toMatch(/doit cesser d’inscrire, ou rejoindre un autre registre/u);
    expect(await eventsAfter(register.counter, 0, 100)).toEqual(onServer);
    // Even by the PC that took it: it now keeps the register alone.
    expect(refusal(await taking['network:validate']({ drafts: dispenseOne() })).code).toBe('network.registerTakenBack');
    expect(await eventsAfter(register.counter, 0, 100)).toHaveLength(4);
  }, 30_000);

  it('refuses a draft held « en attente » when it is sent, with that reason, and keeps it to be read', async () => {
    const register = await openedRegister();
    const dataFolder = await newFolder('poste');
    // Held while the server is away (nothing listens on this port), then sent once it answers.
    const away = mainProcessApi({ dataFolder, sharedRegister: { ...register.server, port: 9 } });
    expect(refusal(await away['network:validate']({ drafts: dispenseOne() })).code).toBe('network.heldPending');
    accepted(await markHandback(register.counter, 'BUREAU'));
    const back = mainProcessApi({ dataFolder, sharedRegister: register.server });
    const sent = accepted(await back['network:sendPending'](null));
    expect(sent.recorded).toEqual([]);
    expect(sent.pending).toHaveLength(1);
    expect(sent.pending[0]?.refusal).toMatchObject({ code: 'network.registerTakenBack', params: { holder: 'BUREAU', seq: '3' } });
    expect(await eventsAfter(register.counter, 0, 100)).toHaveLength(3);
  }, 30_000);

  it('is refused by the server itself to a counter that does not read marks, worded the same', async () => {
    const register = await openedRegister();
    accepted(await markHandback(register.counter, 'COMPTOIR-1'));
    const [last] = await eventsAfter(register.counter, 2, 1);
    // An event following the head exactly, as an earlier version of the app would write it.
    const insert = register.counter
      .query("INSERT INTO register_events (seq, prev_hash, hash, type, event) VALUES (4, $1, $2, 'dispensation', '{}')", [last?.hash, 'f'.repeat(64)])
      .catch((error: unknown) => error);
    const error = await insert;
    expect(error).toMatchObject({ code: 'RG002' });
    const said = networkError(error);
    expect(said).toMatchObject({ code: 'network.registerTakenBack', params: { holder: 'COMPTOIR-1', seq: '3' } });
    expect(describeError(said as AppError)).toMatch(/repris sur le poste «\s?COMPTOIR-1\s?»/u);
    expect(await eventsAfter(register.counter, 0, 100)).toHaveLength(3);
  }, 30_000);

  it('is told at once to a counter waiting for the next event (LISTEN/NOTIFY)', async () => {
    const register = await openedRegister();
    // Waits far longer than the test may run: only the announcement ends the wait in time.
    const feed = openServerFeed(register.counter, register.server, 600_000);
    try {
      // Listening first: a wait after an order number already passed ends at once, once the feed listens.
      await feed.waitAfter(0);
      const waiting = feed.waitAfter(3);
      accepted(await markHandback(register.counter, 'COMPTOIR-1'));
      await expect(waiting).resolves.toBeUndefined();
    } finally {
      await feed.close();
    }
  }, 20_000);

  it('stopped after the mark, loses nothing and is taken up by doing it again', async () => {
    const register = await openedRegister();
    const good = await newFolder('retour');
    let folder = join(good, 'absent');
    const taking = mainProcessApi({
      dataFolder: await newFolder('poste'),
      sharedRegister: register.server,
      holderName: () => 'COMPTOIR-1',
      chooseMoveBackFolder: async () => folder,
    });
    const stopped = refusal(await taking['network:moveBack'](null));
    expect(stopped).toMatchObject({ code: 'network.moveBackUnfinished', params: { seq: '3' } });
    expect(describeError(stopped)).toMatch(/déjà arrêté sur le serveur au n° d’ordre\s?3/u);
    // The register is stopped everywhere meanwhile.
    expect(refusal(await validate(register.counter, dispenseOne(), NOW)).code).toBe('network.registerTakenBack');
    folder = good;
    const back = accepted(await taking['network:moveBack'](null));
    expect(back.head.seq).toBe(3);
    expect(await marks(register.counter)).toHaveLength(1);
    expect(await readdir(good)).toEqual(['REG-2026-001.journal.jsonl']);
  }, 30_000);

  it('taken up again by another PC after a failure, names that PC; the head cannot move', async () => {
    const register = await openedRegister();
    const first = accepted(await markHandback(register.counter, 'COMPTOIR-1'));
    expect(accepted(await markHandback(register.counter, 'COMPTOIR-1'))).toEqual(first);
    const second = accepted(await markHandback(register.counter, 'BUREAU'));
    expect(second).toMatchObject({ seq: first?.seq, hash: first?.hash, holder: 'BUREAU' });
    expect((await marks(register.counter)).map((mark) => mark.holder)).toEqual(['COMPTOIR-1', 'BUREAU']);
    expect(refusal(await validate(register.counter, dispenseOne(), NOW)).params).toMatchObject({ holder: 'BUREAU', seq: '3' });
  }, 30_000);
});

describe('a validation racing the taking back', () => {
  it.each([1, 2, 3])(
    'is recorded before the mark or refused: no event on the server after the head taken (race %i)',
    async () => {
      const register = await openedRegister();
      const pools = Array.from({ length: 4 }, () => openRegisterPool(register.server, 1));
      try {
        const outcomes: ('recorded' | 'takenBack' | 'other')[][] = pools.map(() => []);
        const recordedSeqs: number[] = [];
        // Each counter validates one unit at a time until it is told the register was taken back.
        const counters = pools.map(async (pool, index) => {
          for (let round = 0; round < 200; round += 1) {
            const result = await validate(pool, dispenseOne());
            if (result.ok) {
              outcomes[index]?.push('recorded');
              recordedSeqs.push(...result.value.map((event) => event.seq));
            } else if (result.error.code === 'network.registerTakenBack') {
              outcomes[index]?.push('takenBack');
              return;
            } else outcomes[index]?.push('other');
          }
        });
        // Taken back while the counters are validating: once a few events went in after the opening.
        while ((await eventsAfter(register.counter, 3, 10)).length < 4) await new Promise((resolve) => setTimeout(resolve, 5));
        const mark = accepted(await markHandback(register.owner, 'COMPTOIR-1'));
        await Promise.all(counters);

        const events = await eventsAfter(register.counter, 0, 1_000);
        expect(mark).not.toBeNull();
        // Taken back in the middle of the counters' work, not before nor after it.
        expect(mark?.seq).toBeGreaterThanOrEqual(7);
        expect(events.at(-1)).toMatchObject({ seq: mark?.seq, hash: mark?.hash });
        expect(Math.max(...recordedSeqs)).toBeLessThanOrEqual(mark?.seq ?? 0);
        expect(verifyChain(events)).toBeNull();
        // Every counter ended on the refusal, and recorded nothing after it.
        for (const outcome of outcomes) expect(outcome.at(-1)).toBe('takenBack');
        expect(events.length - 3).toBe(outcomes.flat().filter((outcome) => outcome === 'recorded').length);
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
      }
    },
    60_000,
  );
});

describe('the mark, append-only', () => {
  it('refuses its change or removal: not granted to the counters, refused to the owner by its triggers', async () => {
    const register = await openedRegister();
    accepted(await markHandback(register.counter, 'COMPTOIR-1'));
    const changes = [
      "UPDATE register_handbacks SET holder = 'AUTRE'",
      'UPDATE register_handbacks SET seq = 2',
      'DELETE FROM register_handbacks',
      'TRUNCATE register_handbacks',
    ];
    for (const sql of changes) expect(await sqlState(register.counter, sql), sql).toBe('42501');
    for (const sql of changes) expect(await sqlState(register.owner, sql), sql).toBe('RG001');
    // A mark that does not name the head is refused as well: it could not say where the register stopped.
    const [second] = await eventsAfter(register.counter, 1, 1);
    expect(await sqlState(register.counter, "INSERT INTO register_handbacks (seq, hash, holder) VALUES (2, $1, 'AUTRE')", [second?.hash])).toBe('RG001');
    expect(await marks(register.counter)).toMatchObject([{ seq: 3, holder: 'COMPTOIR-1' }]);
  }, 30_000);
});

describe('a server below version 7', () => {
  it('keeps working as before: taken back without a mark; migrated by its owner, it marks', async () => {
    const register = await openedRegister(6);
    const taking = await counter(register, 'COMPTOIR-1', await newFolder('retour'));
    const other = await counter(register, 'COMPTOIR-2');
    const back = accepted(await taking['network:moveBack'](null));
    expect(back.head.seq).toBe(3);
    expect(await other['network:handback'](null)).toEqual({ ok: true, value: { handback: null } });
    // No mark to refuse with: as before version 7, the other counters must stop by themselves.
    accepted(await other['network:validate']({ drafts: dispenseOne() }));

    const owner = await register.owner.connect();
    try {
      expect(await migrate(owner)).toEqual([7]);
      await grantToCounters(owner, server.cluster().counter.user);
    } finally {
      owner.release();
    }
    const again = await counter(register, 'COMPTOIR-1', await newFolder('retour'));
    expect(accepted(await again['network:moveBack'](null)).head.seq).toBe(4);
    expect(refusal(await other['network:validate']({ drafts: dispenseOne() }))).toMatchObject({ code: 'network.registerTakenBack', params: { seq: '4' } });
  }, 30_000);
});

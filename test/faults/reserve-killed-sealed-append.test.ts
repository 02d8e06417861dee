// The encrypted reserve (decision 0041) under the same real kill as the clear one
// (reserve-killed-append.test.ts): the main process SIGKILLed half-way through writing
// sealed lines, after bytes reached the medium. The torn sealed line must heal exactly
// as a clear one does: found without the key, moved aside whole, never counted, the
// acknowledged lines untouched, the register caught up, and everything still opened by
// the key.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectJournal } from '../../electron/reserve/journal-tail';
import { saveLocalKey } from '../../electron/sealing/key-store';
import { createReserveKey } from '../../electron/sealing/reserve-key';
import { verifySealedJournal } from '../../electron/sealing/sealed-journal';
import { sealedJournalFileName, sealedLineHead } from '../../electron/sealing/sealed-line';
import { describeError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';
import { accepted } from '../fixtures/result';
import { recordFault } from './campaign';
import { KILL_HOOK, ROOT } from './cli-process';
import { mainProcessApi } from './main-process';

const REGISTER_ID = 'REG-2026-001';
const WORKER = join(__dirname, 'reserve-append-worker.ts');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-sealed-killed-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function killedAppend(dataFolder: string, plan: string, journal: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', KILL_HOOK, WORKER, dataFolder, REGISTER_ID, plan], {
      cwd: ROOT,
      env: { ...process.env, KILL_UNDER: journal, KILL_WHEN: 'mid-write' },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

const register = (): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft(),
    dispensationDraft(),
    ...Array.from({ length: 20 }, (_, index) => receiptDraft({ deliveryRef: `BL-2026-${String(index).padStart(4, '0')}` })),
  ]);

describe('the main process killed during an encrypted reserve append', { timeout: 60_000 }, () => {
  it('heals the torn sealed line like a clear one, with nothing lost', async () => {
    const usb = join(root, 'usb');
    const data = join(root, 'data');
    await mkdir(usb);
    const key = await createReserveKey({ scryptWorkFactor: 10 });
    await saveLocalKey(data, key.identity, key.sealedIdentity);
    const events = register();
    const before = mainProcessApi(data, async () => usb);
    accepted(await before['reserve:chooseFolder'](null));
    accepted(await before['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 3) }));
    const journal = join(usb, sealedJournalFileName(REGISTER_ID));
    const acknowledged = await readFile(journal);
    const plan = join(root, 'plan.json');
    await writeFile(plan, JSON.stringify(events.slice(3)));

    expect(await killedAppend(data, plan, journal)).toBe('SIGKILL');
    const atKill = await readFile(journal);
    const shape = await inspectJournal(journal, sealedLineHead);
    expect(atKill.length).toBeGreaterThan(acknowledged.length); // sealed bytes did reach the medium
    expect(shape.tail).not.toBeNull();
    expect(shape.head?.seq).toBeGreaterThanOrEqual(3);

    // The relaunch: the reserve says where it stands, without opening a line.
    const after = mainProcessApi(data, async () => usb);
    const head = accepted(await after['reserve:status']({ registerId: REGISTER_ID })).head?.seq ?? 0;
    const caughtUp = accepted(await after['reserve:append']({ registerId: REGISTER_ID, events: events.slice(head) }));
    const onMedium: RegisterEvent[] = [];
    expect(await verifySealedJournal(journal, key.identity, (await readFile(journal)).length, (event) => onMedium.push(event))).toMatchObject({
      ok: true,
      events: events.length,
    });
    const lost = events.filter((event) => onMedium[event.seq - 1]?.hash !== event.hash).length;
    const final = await readFile(journal);
    const altered = (final.subarray(0, shape.soundEnd).equals(atKill.subarray(0, shape.soundEnd)) ? 0 : 1) + (onMedium.length === events.length ? 0 : 1);
    const fragments = (await readdir(usb)).filter((name) => name.includes('.fragment-'));
    expect(fragments).toHaveLength(1);
    expect((await readFile(join(usb, fragments[0]!))).equals(atKill.subarray(shape.soundEnd))).toBe(true);
    // The fragment is sealed bytes too: no name leaves in clear through the repair.
    expect(await readFile(join(usb, fragments[0]!), 'utf8')).not.toContain('Dupont');
    const named = describeError(caughtUp.repair?.notice ?? { code: 'ipc.internal' }).startsWith('Copie de réserve réparée');
    await recordFault({
      fault: 'processus principal tué (SIGKILL) au milieu de l’écriture de la réserve chiffrée',
      whatDone: `les vrais gestionnaires dans un processus fils scellent et ajoutent ${events.length - 3} événements ; tué après ${atKill.length - acknowledged.length} octets chiffrés écrits et synchronisés (fin inachevée de ${shape.tail?.bytes ?? 0} octets) ; relance : réserve à ${head} lue sans la clé, fin mise de côté dans ${fragments[0] ?? ''}, rattrapage jusqu’à ${events.length}, tout rouvert avec la clé`,
      eventsLost: lost,
      silentAlterations: altered,
      namedInFrench: named,
    });
    expect({ lost, altered, named }).toEqual({ lost: 0, altered: 0, named: true });
  });
});

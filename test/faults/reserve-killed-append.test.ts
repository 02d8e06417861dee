// The main process killed (SIGKILL) during a reserve append, through the real handlers
// in a child process: half-way through writing the lines (bytes on the medium, torn
// last line), and after the fsync but before the read-back and the acknowledgement
// (every line whole on the medium, never acknowledged). At the relaunch, the register
// (the database side, which the window writes first) and the reserve must converge:
// nothing lost, nothing twice, acknowledged bytes untouched, the torn part moved aside,
// the abandoned lock taken over, each said in French. This would catch a relaunch that
// counts a torn line, appends after it, duplicates lines written but not acknowledged,
// or stays blocked by the dead writer's lock.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { inspectJournal } from '../../electron/reserve/journal-tail';
import { describeError } from '../../shared/errors';
import { journalFileName } from '../../shared/journal/line';
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
  root = await mkdtemp(join(tmpdir(), 'registre-reserve-killed-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function killedAppend(dataFolder: string, plan: string, journal: string, when: 'mid-write' | 'after-fsync'): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', KILL_HOOK, WORKER, dataFolder, REGISTER_ID, plan], {
      cwd: ROOT,
      env: { ...process.env, KILL_UNDER: journal, KILL_WHEN: when },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

/** A register whose stock never goes negative (the journal readers replay the register's rules). */
const register = (receipts = 20): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft(),
    dispensationDraft(),
    ...Array.from({ length: receipts }, (_, index) => receiptDraft({ deliveryRef: `BL-2026-${String(index).padStart(4, '0')}` })),
  ]);

describe('the main process killed during a reserve append', { timeout: 60_000 }, () => {
  for (const when of ['mid-write', 'after-fsync'] as const) {
    it(`converges at the relaunch with nothing lost: killed ${when}`, async () => {
      const usb = join(root, `usb-${when}`);
      const data = join(root, `data-${when}`);
      await mkdir(usb);
      const events = register();
      const before = mainProcessApi(data, async () => usb);
      accepted(await before['reserve:chooseFolder'](null));
      accepted(await before['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 3) }));
      const journal = join(usb, journalFileName(REGISTER_ID));
      const acknowledged = await readFile(journal);
      const plan = join(root, `plan-${when}.json`);
      await writeFile(plan, JSON.stringify(events.slice(3)));

      expect(await killedAppend(data, plan, journal, when)).toBe('SIGKILL');
      const atKill = await readFile(journal);
      const shape = await inspectJournal(journal);
      expect(atKill.length).toBeGreaterThan(acknowledged.length); // bytes did reach the medium
      if (when === 'mid-write') expect(shape.tail).not.toBeNull();
      else expect({ tail: shape.tail, head: shape.head?.seq }).toEqual({ tail: null, head: events.length });

      // The relaunch: a new main process; the window sends what the reserve says it lacks.
      const after = mainProcessApi(data, async () => usb);
      const head = accepted(await after['reserve:status']({ registerId: REGISTER_ID })).head?.seq ?? 0;
      const caughtUp = head < events.length ? accepted(await after['reserve:append']({ registerId: REGISTER_ID, events: events.slice(head) })) : null;
      const onMedium: RegisterEvent[] = [];
      expect(await readJournal(journal, (event) => onMedium.push(event))).toMatchObject({ ok: true, events: events.length, lastSeq: events.length });
      const lost = events.filter((event) => onMedium[event.seq - 1]?.hash !== event.hash).length;
      const final = await readFile(journal);
      const altered = (final.subarray(0, shape.soundEnd).equals(atKill.subarray(0, shape.soundEnd)) ? 0 : 1) + (onMedium.length === events.length ? 0 : 1);

      const names = await readdir(usb);
      const fragments = names.filter((name) => name.includes('.fragment-'));
      const log = (await readFile(join(usb, `${REGISTER_ID}.journal-technique.jsonl`), 'utf8').catch(() => ''))
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { event: string; message: string });
      const messages = log.map((entry) => entry.message);
      let named: boolean;
      if (when === 'mid-write') {
        expect(fragments).toHaveLength(1);
        expect((await readFile(join(usb, fragments[0]!))).equals(atKill.subarray(shape.soundEnd))).toBe(true);
        const repair = describeError(caughtUp?.repair?.notice ?? { code: 'ipc.internal' });
        expect(names.filter((name) => name.endsWith('.lock'))).toEqual([]);
        named = repair.startsWith('Copie de réserve réparée') && messages.some((message) => message.startsWith('Verrou abandonné'));
      } else {
        // Every line was whole: nothing to move aside, nothing to send again.
        expect({ fragments, caughtUp }).toEqual({ fragments: [], caughtUp: null });
        // The lock is left behind, taken over only at the next append.
        const next = register(21);
        accepted(await after['reserve:append']({ registerId: REGISTER_ID, events: next.slice(events.length) }));
        expect((await readdir(usb)).filter((name) => name.endsWith('.lock'))).toEqual([]);
        const takeover = (await readFile(join(usb, `${REGISTER_ID}.journal-technique.jsonl`), 'utf8')).includes('Verrou abandonné');
        named = takeover;
      }
      await recordFault({
        fault:
          when === 'mid-write'
            ? 'processus principal tué (SIGKILL) au milieu de l’écriture de la réserve'
            : 'processus principal tué (SIGKILL) après le fsync de la réserve, avant l’acquittement',
        whatDone:
          when === 'mid-write'
            ? `les vrais gestionnaires dans un processus fils ajoutent ${events.length - 3} événements ; tué après ${atKill.length - acknowledged.length} octets écrits et synchronisés (fin inachevée de ${shape.tail?.bytes ?? 0} octets) ; relance : réserve à ${head}, fin mise de côté dans ${fragments[0] ?? ''}, verrou repris, rattrapage jusqu’à ${events.length}`
            : `les vrais gestionnaires dans un processus fils ajoutent ${events.length - 3} événements ; tué juste après le fsync, avant relecture et acquittement ; relance : réserve déjà à ${head}/${events.length}, rien renvoyé ni mis de côté, verrou abandonné repris à l’ajout suivant`,
        eventsLost: lost,
        silentAlterations: altered,
        namedInFrench: named,
      });
      expect({ lost, altered, named }).toEqual({ lost: 0, altered: 0, named: true });
    });
  }
});

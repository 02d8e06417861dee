// Two processes appending to one reserve journal (two sessions on one PC, or two PCs on a
// network share): each must either continue the chain or be refused in French; the
// journal must stay one intact chain holding every acknowledged event. The writers are
// real Node processes running the real handlers: an in-process queue cannot help here.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { createReserveHandlers } from '../../electron/reserve/reserve-handlers';
import { describeError } from '../../shared/errors';
import { journalFileName } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';
import { accepted } from '../fixtures/result';
import { recordFault } from './campaign';
import type { WriterAnswer, WriterRound } from './two-writers-worker';

const ROUNDS = 20;
const EVENTS_PER_WRITER = 12;
const WORKER = join(__dirname, 'two-writers-worker.ts');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-two-writers-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The opening and the product, then receipts; `name` makes a writer's receipts its own. */
function chain(name: string): RegisterEvent[] {
  const receipts = Array.from({ length: EVENTS_PER_WRITER }, (_, index) => receiptDraft({ deliveryRef: `BL-${name}-${index}` }));
  return sealAll([openingDraft(), productDraft(), ...receipts]);
}

function runWriter(plan: string, go: string, onReady: () => void): Promise<WriterAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, plan, go], { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.startsWith('ready\n') && out.length - chunk.length < 6) onReady();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('[')) reject(new Error(`writer exited with ${code}: ${errors}`));
      else resolve(JSON.parse(last) as WriterAnswer[]);
    });
  });
}

describe('two processes appending to one reserve journal', () => {
  it('never corrupts the journal nor acknowledges an event it does not keep', async () => {
    // Both writers catch up the same events (two sessions of one register): every append
    // is a chance to collide, and a collision writes one order number twice.
    const shared = chain('A');
    const forks = { A: shared, B: shared };
    const plans: Record<'A' | 'B', WriterRound[]> = { A: [], B: [] };
    const reserves: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const registerId = `REG-2026-${String(round).padStart(3, '0')}`;
      const dataFolder = join(root, `data-${round}`);
      const reserve = join(root, `usb-${round}`);
      await mkdir(reserve, { recursive: true });
      const handlers = createReserveHandlers({ dataFolder, chooseFolder: async () => reserve });
      accepted(await handlers['reserve:chooseFolder'](null));
      accepted(await handlers['reserve:append']({ registerId, events: forks.A.slice(0, 2) }));
      reserves.push(join(reserve, journalFileName(registerId)));
      plans.A.push({ dataFolder, registerId, events: forks.A.slice(2) });
      plans.B.push({ dataFolder, registerId, events: forks.B.slice(2) });
    }
    await writeFile(join(root, 'plan-A.json'), JSON.stringify(plans.A));
    await writeFile(join(root, 'plan-B.json'), JSON.stringify(plans.B));
    const go = join(root, 'go');
    let ready = 0;
    const start = () => {
      ready += 1;
      if (ready === 2) void writeFile(go, '');
    };
    const [answersA, answersB] = await Promise.all([runWriter(join(root, 'plan-A.json'), go, start), runWriter(join(root, 'plan-B.json'), go, start)]);

    let corrupted = 0;
    let lost = 0;
    let silent = 0;
    const refusals = new Set<string>();
    for (const [round, path] of reserves.entries()) {
      const kept = new Map<number, string>();
      const verdict = await readJournal(path, (event) => kept.set(event.seq, event.hash));
      if (!verdict.ok) corrupted += 1;
      for (const [name, answers] of [
        ['A', answersA],
        ['B', answersB],
      ] as const) {
        for (const answer of answers.filter((one) => one.round === round)) {
          if (!answer.ok) {
            refusals.add(answer.code ?? '');
            continue;
          }
          // An acknowledged event must be in an intact journal, with the bytes that were sent.
          const sent = forks[name][answer.seq - 1]?.hash;
          if (!verdict.ok || kept.get(answer.seq) !== sent) {
            lost += 1;
            silent += 1;
          }
        }
      }
    }
    const refusedInFrench = [...refusals].every((code) => !/[a-z]+\.[a-z]+/i.test(describeError({ code } as never)) && describeError({ code } as never) !== '');
    await recordFault({
      fault: 'deux processus écrivent le même journal de réserve',
      whatDone: `${ROUNDS} tours ; deux processus Node ajoutent les mêmes ${EVENTS_PER_WRITER} événements, un à un, par les vrais gestionnaires ; journaux corrompus : ${corrupted}/${ROUNDS} ; refus : ${[...refusals].join(', ') || 'aucun'}`,
      eventsLost: lost,
      silentAlterations: silent,
      namedInFrench: refusals.size > 0 && refusedInFrench,
    });
    expect({ corrupted, lost, silent }).toEqual({ corrupted: 0, lost: 0, silent: 0 });
    expect(refusals.size).toBeGreaterThan(0);
    expect(refusedInFrench).toBe(true);
  }, 180_000);
});

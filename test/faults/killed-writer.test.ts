// A process killed (SIGKILL) in the middle of a reserve append, after part of a line
// reached the medium: its lock stays behind and the journal ends with half a line. The
// next writer must take over the lock (its process is gone), move the half line aside,
// complete the journal, log both in French, and lose nothing.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { describeError } from '../../shared/errors';
import { journalFileName, serializeLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { sealedSlice } from '../fixtures/events';
import { accepted } from '../fixtures/result';
import { recordFault } from './campaign';
import { mainProcessApi } from './main-process';

const REGISTER_ID = 'REG-2026-001';
const WORKER = join(__dirname, 'killed-writer-worker.ts');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-killed-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function killedWriter(journal: string, partial: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, journal, REGISTER_ID, partial], { cwd: join(__dirname, '..', '..'), stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('a writer killed in the middle of a reserve append', () => {
  it('leaves a lock and half a line that the next writer takes over and moves aside', async () => {
    const usb = join(root, 'usb');
    await mkdir(usb);
    const api = mainProcessApi(join(root, 'data'), async () => usb);
    accepted(await api['reserve:chooseFolder'](null));
    const events = sealedSlice();
    accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 3) }));
    const journal = join(usb, journalFileName(REGISTER_ID));
    const acknowledged = await readFile(journal);
    const partial = serializeLine(events[3]!).slice(0, 100);

    expect(await killedWriter(journal, partial)).toBe('SIGKILL');
    expect((await readdir(usb)).filter((name) => name.endsWith('.lock'))).toHaveLength(1);
    expect((await readFile(journal)).length).toBe(acknowledged.length + 100);

    // The database sends what the reserve lacks, from the reserve's last complete event.
    const status = accepted(await api['reserve:status']({ registerId: REGISTER_ID }));
    expect(status.head?.seq).toBe(3);
    const appended = accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(3) }));
    expect(appended.seq).toBe(4);
    const repairMessage = describeError(appended.repair?.notice ?? { code: 'ipc.internal' });
    const onMedium: RegisterEvent[] = [];
    expect(await readJournal(journal, (event) => onMedium.push(event))).toMatchObject({ ok: true, lastSeq: 4 });
    const names = await readdir(usb);
    expect(names.filter((name) => name.endsWith('.lock'))).toEqual([]);
    const [fragment] = names.filter((name) => name.includes('.fragment-'));
    expect(await readFile(join(usb, fragment ?? ''), 'utf8')).toBe(partial);
    const log = (await readFile(join(usb, `${REGISTER_ID}.journal-technique.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; message: string });
    const takeover = log.find((entry) => entry.event === 'lock.takenOver')?.message ?? '';
    expect(takeover).toContain('le programme qui l’avait posé est arrêté');
    expect(log.map((entry) => entry.event)).toEqual(['lock.takenOver', 'journal.tailMovedAside']);

    const lost = events.filter((event) => onMedium[event.seq - 1]?.hash !== event.hash).length;
    const altered = (await readFile(journal)).subarray(0, acknowledged.length).equals(acknowledged) ? 0 : 1;
    await recordFault({
      fault: 'processus tué (SIGKILL) au milieu d’un ajout à la réserve',
      whatDone: `un processus prend le verrou, écrit 100 octets d’une ligne, fsync, puis SIGKILL ; l’écrivain suivant reprend le verrou (processus disparu), met la demi-ligne de côté dans ${fragment ?? ''} et complète le journal ; les deux inscrits au journal technique`,
      eventsLost: lost,
      silentAlterations: altered,
      namedInFrench: takeover.startsWith('Verrou abandonné') && repairMessage.startsWith('Copie de réserve réparée'),
    });
    expect({ lost, altered }).toEqual({ lost: 0, altered: 0 });
  }, 60_000);
});

// A new recovery sheet drawn while the encrypted reserve holds lines (decision 0047), the
// main process SIGKILLed for real in the middle of the re-keying: half-way through
// writing sealed lines of the new copy (bytes on the medium), and at each step of the
// switch. However it died, the next append finishes or resumes the re-keying: every line
// is there once, opened by the new code only, nothing of the re-keying is left behind.
import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEALED_KEY_FILE } from '../../electron/sealing/key-store';
import { unlockReserveKey } from '../../electron/sealing/reserve-key';
import { verifySealedJournal } from '../../electron/sealing/sealed-journal';
import { sealedJournalFileName } from '../../electron/sealing/sealed-line';
import type { RegisterEvent } from '../../shared/register/events';
import { accepted } from '../fixtures/result';
import { rekeyEvents, rekeyingPc } from '../support/rekeying';
import { recordFault } from './campaign';
import { KILL_HOOK, ROOT } from './cli-process';

const REGISTER_ID = 'REG-2026-001';
const WORKER = join(__dirname, 'rekey-worker.ts');
const ON_MEDIUM = 12;
let root: string;
let usb: string;
let data: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-rekey-killed-'));
  usb = join(root, 'usb');
  data = join(root, 'data');
  await mkdir(usb);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const events = rekeyEvents();
const journal = () => join(usb, sealedJournalFileName(REGISTER_ID));

/** One run of the application on this PC, in the test's process. */
const pc = () => rekeyingPc(data, usb);

/** The reserve chosen, sealed with a first sheet, and twelve lines on it. */
async function encryptedReserve(): Promise<string> {
  const poste = pc();
  accepted(await poste['reserve:chooseFolder'](null));
  const { recoveryCode, groupToTypeBack } = accepted(await poste['sealing:setUp'](null));
  accepted(await poste['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! }));
  accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, ON_MEDIUM) }));
  return recoveryCode;
}

interface Kill {
  step?: string;
  midWriteOf?: { path: string; nth: number };
}

/** A new sheet drawn in a child process killed as told; returns the new code it printed and how it ended. */
function killedRekeying(kill: Kill): Promise<{ code: string; signal: NodeJS.Signals | null }> {
  const hook = kill.midWriteOf ? ['--import', KILL_HOOK] : [];
  const env = {
    ...process.env,
    ...(kill.step ? { KILL_STEP: kill.step } : {}),
    ...(kill.midWriteOf ? { KILL_UNDER: kill.midWriteOf.path, KILL_WHEN: 'mid-write', KILL_NTH: String(kill.midWriteOf.nth) } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...hook, WORKER, data], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ code: stdout.split('\n')[0] ?? '', signal }));
  });
}

/** What a person with only the medium and a sheet can do: open the key, then every line. */
async function openWithCode(code: string): Promise<{ lines: RegisterEvent[] } | string> {
  const unlocked = await unlockReserveKey(await readFile(join(usb, SEALED_KEY_FILE)), code);
  if (!unlocked.ok) return unlocked.error.code;
  const lines: RegisterEvent[] = [];
  const verdict = await verifySealedJournal(journal(), unlocked.value.identity, Number.MAX_SAFE_INTEGER, (event) => lines.push(event));
  return verdict.ok ? { lines } : `ligne ${verdict.line}`;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Anything of the re-keying left on the medium or the PC. */
async function leftovers(): Promise<string[]> {
  const onMedium = (await readdir(usb)).filter((name) => /rechiffrement|ancienne-cle/.test(name));
  const onPc = (await readdir(data)).filter((name) => /nouvelle|rechiffrement/.test(name));
  return [...onMedium, ...onPc];
}

/** The relaunch: the next append resumes or finishes the re-keying, then the medium is read with each code. */
async function relaunchAndCount(fault: string, whatDone: string, firstCode: string, newCode: string) {
  const again = pc();
  const appended = await again['reserve:append']({ registerId: REGISTER_ID, events: events.slice(ON_MEDIUM) });
  const withNew = await openWithCode(newCode);
  const withFirst = await openWithCode(firstCode);
  const lines = typeof withNew === 'string' ? [] : withNew.lines;
  const lost = events.filter((event) => lines[event.seq - 1]?.hash !== event.hash).length;
  const altered = lines.length === events.length ? 0 : 1;
  await recordFault({ fault, whatDone, eventsLost: lost, silentAlterations: altered, namedInFrench: appended.ok });
  return { appended: appended.ok, lost, altered, withFirst, leftovers: await leftovers() };
}

const CLEAN = { appended: true, lost: 0, altered: 0, withFirst: 'sealing.wrongCode', leftovers: [] };

describe('the main process killed while the encrypted reserve is sealed to a new key', { timeout: 120_000 }, () => {
  it('resumes after a kill half-way through writing the new copy, its torn line set aside', async () => {
    const firstCode = await encryptedReserve();
    const copy = `${journal()}.rechiffrement`;
    const { code, signal } = await killedRekeying({ midWriteOf: { path: copy, nth: 2 } });
    expect(signal).toBe('SIGKILL');
    // Died with sealed bytes of its second batch on the medium; the first code still opens every line.
    expect((await stat(copy)).size).toBeGreaterThan(0);
    expect((await readFile(copy, 'utf8')).endsWith('\n')).toBe(false);
    expect(await openWithCode(firstCode)).toMatchObject({ lines: { length: ON_MEDIUM } });
    expect(
      await relaunchAndCount(
        'processus principal tué (SIGKILL) au milieu de la copie rechiffrée de la réserve',
        `nouvelle feuille de secours dans un processus fils, tué au milieu de la 2e écriture de ${copy.split('/').pop() ?? ''} ; relance : l’ajout suivant reprend la copie après sa dernière ligne entière, bascule, puis ajoute ${events.length - ON_MEDIUM} événements`,
        firstCode,
        code,
      ),
    ).toEqual(CLEAN);
  });

  it.each(['bascule', 'ancienne-copie-gardee', 'nouvelle-copie-en-place', 'nouvelle-cle-en-place'])(
    'finishes a switch killed at « %s » before the next append, with nothing lost',
    async (step) => {
      const firstCode = await encryptedReserve();
      const { code, signal } = await killedRekeying({ step });
      expect(signal).toBe('SIGKILL');
      expect(await exists(join(data, 'rechiffrement-en-cours.json'))).toBe(true);
      expect(
        await relaunchAndCount(
          `processus principal tué (SIGKILL) pendant la bascule de la réserve vers la nouvelle clé (étape « ${step} »)`,
          `nouvelle feuille de secours dans un processus fils, tué à l’étape « ${step} » ; relance : l’ajout suivant termine la bascule puis ajoute ${events.length - ON_MEDIUM} événements`,
          firstCode,
          code,
        ),
      ).toEqual(CLEAN);
    },
  );
});

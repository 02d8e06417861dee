// A new recovery sheet while the register is open: the encrypted reserve journal is
// sealed again to the new key without losing a line; the old copy is kept until the new
// one is read back and verified; the old code no longer opens the medium. A re-keying
// interrupted after its bytes reached the medium (while building, or mid-switch) is
// resumed by the next append, which then seals to the new key.
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLocalKey, SEALED_KEY_FILE } from '../../../electron/sealing/key-store';
import { unlockReserveKey } from '../../../electron/sealing/reserve-key';
import { verifySealedJournal } from '../../../electron/sealing/sealed-journal';
import { copyToMedium, readFromMedium } from '../../../electron/sealing/sealed-copy';
import { accepted } from '../../fixtures/result';
import { rekeyEvents, rekeyingPc } from '../../support/rekeying';

const REGISTER_ID = 'REG-2026-001';
const EDITION = new TextEncoder().encode('%PDF-1.7 registre de mars, patient Jean Dupont');
const SEALED = `${REGISTER_ID}.journal-chiffre.txt`;
let root: string;
let usb: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-rekey-'));
  usb = join(root, 'usb');
  await mkdir(usb);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const events = rekeyEvents();

/** One run of the application on this PC; `afterStep` interrupts its re-keying where a test says. */
const pc = (afterStep?: (step: string) => Promise<void>) => rekeyingPc(join(root, 'data'), usb, afterStep);

type Poste = ReturnType<typeof pc>;

/** A new sheet: set-up, then the group typed back; returns the code printed. */
async function newSheet(poste: Poste): Promise<string> {
  const { recoveryCode, groupToTypeBack } = accepted(await poste['sealing:setUp'](null));
  const confirmed = await poste['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! });
  accepted(confirmed);
  return recoveryCode;
}

async function encryptedReserve(count: number): Promise<{ poste: Poste; firstCode: string }> {
  const poste = pc();
  accepted(await poste['reserve:chooseFolder'](null));
  const firstCode = await newSheet(poste);
  accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, count) }));
  return { poste, firstCode };
}

/** What a person with only the medium and a sheet can do: open the key, then every line. */
async function openWithCode(code: string) {
  const unlocked = await unlockReserveKey(await readFile(join(usb, SEALED_KEY_FILE)), code);
  if (!unlocked.ok) return unlocked.error.code;
  const verdict = await verifySealedJournal(join(usb, SEALED), unlocked.value.identity, Number.MAX_SAFE_INTEGER);
  return verdict.ok ? verdict.lastSeq : `ligne ${verdict.line}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Nothing of the re-keying left on the medium or the PC once it is done. */
async function leftovers(dataFolder: string): Promise<string[]> {
  const onMedium = (await readdir(usb)).filter((name) => /rechiffrement|ancienne-cle/.test(name));
  const onPc = (await readdir(dataFolder)).filter((name) => /nouvelle|rechiffrement/.test(name));
  return [...onMedium, ...onPc];
}

describe('a new recovery sheet while the register is open', () => {
  it('seals the reserve again to the new key, every line kept, and the old code no longer opens it', async () => {
    const { poste, firstCode } = await encryptedReserve(12);
    const before = await loadLocalKey(poste.dataFolder);
    expect(await openWithCode(firstCode)).toBe(12);
    // An edition copied to the medium, sealed to the first key (decision 0043).
    await mkdir(join(usb, `${REGISTER_ID}.editions`));
    const edition = join(usb, `${REGISTER_ID}.editions`, '2026-03_registre.pdf');
    expect(await copyToMedium(edition, EDITION, before)).toBe('copied');
    const secondCode = await newSheet(poste);
    expect(secondCode).not.toBe(firstCode);
    expect((await loadLocalKey(poste.dataFolder))?.recipient).not.toBe(before?.recipient);
    expect(await openWithCode(secondCode)).toBe(12);
    expect(await openWithCode(firstCode)).toBe('sealing.wrongCode');
    expect(await leftovers(poste.dataFolder)).toEqual([]);
    // The edition opens with the new key only.
    const after = await loadLocalKey(poste.dataFolder);
    expect(await readFromMedium(edition, after)).toEqual(Buffer.from(EDITION));
    expect(await readFromMedium(edition, before)).toBeNull();
    expect((await readdir(join(usb, `${REGISTER_ID}.editions`))).sort()).toEqual(['2026-03_registre.pdf.age']);
    // The register goes on: the next lines are sealed to the new key.
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(12) }));
    expect(await openWithCode(secondCode)).toBe(events.length);
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: events.length } });
  });

  it('resumes a re-keying cut while its copy was being built, lines appended meanwhile included', async () => {
    const { firstCode } = await encryptedReserve(12);
    const cut = pc(async (step) => {
      if (step === 'lot:6') throw new Error('coupure après l’écriture d’un lot');
    });
    const { recoveryCode, groupToTypeBack } = accepted(await cut['sealing:setUp'](null));
    await expect(cut['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! })).rejects.toThrow('coupure');
    // Cut half-way: the old copy and key are still the medium's, the partial copy beside them.
    expect(await openWithCode(firstCode)).toBe(12);
    expect(await exists(join(usb, `${SEALED}.rechiffrement`))).toBe(true);
    // The application opened again: its next append resumes, switches, then seals to the new key.
    const again = pc();
    accepted(await again['reserve:append']({ registerId: REGISTER_ID, events: events.slice(12) }));
    expect(await openWithCode(recoveryCode)).toBe(events.length);
    expect(await openWithCode(firstCode)).toBe('sealing.wrongCode');
    expect(await leftovers(again.dataFolder)).toEqual([]);
  });

  it('does not hold the reserve up when an interrupted copy cannot be finished: appends go on with the key in service', async () => {
    const { firstCode } = await encryptedReserve(12);
    const cut = pc(async (step) => {
      if (step === 'lot:6') throw new Error('coupure après l’écriture d’un lot');
    });
    const { recoveryCode, groupToTypeBack } = accepted(await cut['sealing:setUp'](null));
    await expect(cut['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! })).rejects.toThrow('coupure');
    // The partial copy's last line no longer follows the journal (its hash changed): it cannot be continued.
    const copy = join(usb, `${SEALED}.rechiffrement`);
    const lines = (await readFile(copy, 'utf8')).split('\n');
    const last = lines.length - 1 - [...lines].reverse().findIndex((line) => line !== '');
    const [seq, hash, payload] = lines[last]!.split(' ');
    lines[last] = `${seq} ${hash!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))} ${payload}`;
    await writeFile(copy, lines.join('\n'));
    const again = pc();
    accepted(await again['reserve:append']({ registerId: REGISTER_ID, events: events.slice(12) }));
    expect(await openWithCode(firstCode)).toBe(events.length);
    expect(await openWithCode(recoveryCode)).toBe('sealing.wrongCode');
    // Another new sheet starts afresh, the stuck copy dropped: its code, and only it, opens the reserve.
    const thirdCode = await newSheet(again);
    expect(await openWithCode(thirdCode)).toBe(events.length);
    expect(await openWithCode(firstCode)).toBe('sealing.wrongCode');
    expect(await leftovers(again.dataFolder)).toEqual([]);
  });

  it.each(['bascule', 'ancienne-copie-gardee', 'nouvelle-copie-en-place', 'nouvelle-cle-en-place'])(
    'finishes a switch cut at « %s » before the next append, without losing a line',
    async (at) => {
      await encryptedReserve(12);
      const cut = pc(async (step) => {
        if (step === at) throw new Error(`coupure à ${at}`);
      });
      const { recoveryCode, groupToTypeBack } = accepted(await cut['sealing:setUp'](null));
      await expect(cut['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! })).rejects.toThrow('coupure');
      const again = pc();
      accepted(await again['reserve:append']({ registerId: REGISTER_ID, events: events.slice(12) }));
      expect(await openWithCode(recoveryCode)).toBe(events.length);
      expect(await leftovers(again.dataFolder)).toEqual([]);
      expect(accepted(await again['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: events.length } });
    },
  );
});

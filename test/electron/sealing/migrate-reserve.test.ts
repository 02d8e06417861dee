// An existing clear reserve becomes the encrypted one: built beside it, verified whole
// with the key, switched in one rename; the clear copy goes only with consent and only
// once the encrypted one holds its head. An interrupted migration resumes where it was.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { loadLocalKey } from '../../../electron/sealing/key-store';
import { createSealingHandlers } from '../../../electron/sealing/sealing-handlers';
import { describeError } from '../../../shared/errors';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'REG-2026-001';
const CLEAR = `${REGISTER_ID}.journal.jsonl`;
const SEALED = `${REGISTER_ID}.journal-chiffre.txt`;
let root: string;
let usb: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-migrate-'));
  usb = join(root, 'usb');
  await mkdir(usb);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const register = (pairs: number): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    ...Array.from({ length: pairs }, (_, index) => [
      receiptDraft({ deliveryRef: `BL-${index}` }),
      dispensationDraft({ ordonnancierNumber: `2026-9${index}` }),
    ]).flat(),
  ]);

function pc(afterBatch?: (seq: number) => Promise<void>) {
  const dataFolder = join(root, 'data');
  return {
    dataFolder,
    ...createReserveHandlers({ dataFolder, chooseFolder: async () => usb }),
    ...createSealingHandlers({ dataFolder, keyOptions: { scryptWorkFactor: 10 }, migration: { batch: 3, ...(afterBatch ? { afterBatch } : {}) } }),
  };
}

/** A clear reserve written before encryption existed, then encryption set up. */
async function clearReserveThenKey(events: RegisterEvent[], afterBatch?: (seq: number) => Promise<void>) {
  const poste = pc(afterBatch);
  accepted(await poste['reserve:chooseFolder'](null));
  accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events }));
  const { recoveryCode, groupToTypeBack } = accepted(await poste['sealing:setUp'](null));
  accepted(await poste['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! }));
  return poste;
}

describe('migrating a clear reserve', () => {
  it('keeps the clear copy without consent, and writes to the verified encrypted one from then on', async () => {
    const events = register(6);
    const poste = await clearReserveThenKey(events.slice(0, 10));
    const clearBefore = await readFile(join(usb, CLEAR));
    // Encryption set up, the clear journal still there: appends go on in clear until migrated.
    expect(accepted(await poste['sealing:status']({ registerId: REGISTER_ID }))).toMatchObject({ active: true, clearJournal: true });
    expect(accepted(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'keepClearCopy' }))).toEqual({ events: 10, clearRemoved: false });
    expect((await readFile(join(usb, CLEAR))).equals(clearBefore)).toBe(true);
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: 10 } });
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(10) }));
    expect((await readFile(join(usb, CLEAR))).equals(clearBefore)).toBe(true); // the new lines went to the encrypted one
    expect(accepted(await poste['reserve:status']({ registerId: REGISTER_ID })).head?.seq).toBe(events.length);
    // The restore screen offers the encrypted journal only.
    expect(accepted(await poste['reserve:listJournals'](null)).journals.map((journal) => journal.lastSeq)).toEqual([events.length]);
  });

  it('removes the clear copy, and its torn ends set aside, only with consent and once verified', async () => {
    const events = register(4);
    const poste = await clearReserveThenKey(events.slice(0, 9));
    const torn = serializeLine(events[9]!).slice(0, -5); // a dispensation, cut before its end
    await appendFile(join(usb, CLEAR), torn);
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(9) })); // sets the torn end aside, in clear
    const fragment = (await readdir(usb)).find((name) => name.includes('.fragment-'))!;
    expect(await readFile(join(usb, fragment), 'utf8')).toContain('Dupont');

    expect(accepted(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'removeClearCopy' }))).toEqual({ events: 10, clearRemoved: true });
    const names = await readdir(usb);
    expect(names).not.toContain(CLEAR);
    expect(names).not.toContain(fragment);
    expect(names).toContain(`${fragment}.age`);
    for (const name of names) expect({ name, clear: (await readFile(join(usb, name), 'latin1')).includes('Dupont') }).toEqual({ name, clear: false });
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: 10 } });
    // The torn end, sealed, is still the very bytes that were set aside.
    const { identity } = (await loadLocalKey(poste.dataFolder))!;
    const { Decrypter } = await import('age-encryption');
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    expect(await decrypter.decrypt(await readFile(join(usb, `${fragment}.age`)), 'text')).toBe(torn);
  });

  it('resumes a migration interrupted half-way, torn line included, and loses nothing', async () => {
    const events = register(8);
    let interrupt = true;
    const poste = await clearReserveThenKey(events, async (seq) => {
      if (interrupt && seq >= 6) throw new Error('panne simulée au milieu de la migration');
    });
    await expect(poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'removeClearCopy' })).rejects.toThrow('panne simulée');
    const work = join(usb, `${SEALED}.migration`);
    const half = await readFile(work, 'utf8');
    expect(half.split('\n').filter(Boolean)).toHaveLength(6);
    // The crash also tore the next sealed line half-way.
    await writeFile(work, `${half}7 ${'a'.repeat(64)} YWdlLWVuY3J5cHRpb24ub3JnL3Yx`);
    expect((await readdir(usb)).filter((name) => name === SEALED)).toEqual([]); // not switched
    expect(accepted(await poste['reserve:status']({ registerId: REGISTER_ID })).head?.seq).toBe(events.length); // the clear one still serves

    interrupt = false;
    expect(accepted(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'removeClearCopy' }))).toEqual({
      events: events.length,
      clearRemoved: true,
    });
    const page = accepted(await poste['reserve:readEvents']({ registerId: REGISTER_ID, cursor: 0, limit: 100 }));
    expect(page.events).toEqual(events);
    expect((await readdir(usb)).filter((name) => name.startsWith(`${SEALED}.migration.fragment-`))).toHaveLength(1);
  });

  it('keeps the clear copy when the encrypted one does not hold its head yet, and says so in French', async () => {
    const events = register(3);
    const poste = await clearReserveThenKey(events.slice(0, 6));
    accepted(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'keepClearCopy' }));
    // A writer that still saw the clear journal appended one more line to it after the switch.
    await appendFile(join(usb, CLEAR), serializeLine(events[6]!));
    const refused = refusal(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'removeClearCopy' }));
    expect(describeError(refused)).toMatch(/la copie en clair est conservée/);
    expect(await readdir(usb)).toContain(CLEAR);
    // The window sends the encrypted reserve what it lacks; then the clear copy can go.
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(6) }));
    expect(accepted(await poste['sealing:migrate']({ registerId: REGISTER_ID, consent: 'removeClearCopy' }))).toEqual({
      events: events.length,
      clearRemoved: true,
    });
  });
});

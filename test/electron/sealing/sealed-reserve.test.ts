// The encrypted reserve through the real handlers: set up with the recovery code typed
// back, appended to, verified, healed after a torn line, and restored on a new PC with
// the right code (a wrong one refused in French). The medium never shows a name.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { loadLocalKey } from '../../../electron/sealing/key-store';
import { createSealingHandlers } from '../../../electron/sealing/sealing-handlers';
import { sealLines } from '../../../electron/sealing/sealed-line';
import { describeError } from '../../../shared/errors';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, PATIENT, PRESCRIBER, productDraft, receiptDraft } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000001';
const SEALED = `${REGISTER_ID}.journal-chiffre.txt`;
let root: string;
let usb: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-sealed-'));
  usb = join(root, 'usb');
  await mkdir(usb);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The main process of one PC: its reserve and sealing handlers over one data folder. */
function pc(name: string) {
  const dataFolder = join(root, name);
  return {
    dataFolder,
    ...createReserveHandlers({ dataFolder, chooseFolder: async () => usb }),
    ...createSealingHandlers({ dataFolder, keyOptions: { scryptWorkFactor: 10 } }),
  };
}

const register = (dispensations = 3): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft(),
    // A receipt before each dispensation: the readers replay the register's rules, stock included.
    ...Array.from({ length: dispensations }, (_, index) => [
      receiptDraft({ deliveryRef: `BL-2026-${index}` }),
      dispensationDraft({ ordonnancierNumber: `2026-00010${index}` }),
    ]).flat(),
  ]);

/** Sets encryption up as a person would: the code shown once, the asked group typed back. */
async function setUp(handlers: ReturnType<typeof pc>): Promise<string> {
  accepted(await handlers['reserve:chooseFolder'](null));
  const { recoveryCode, groupToTypeBack } = accepted(await handlers['sealing:setUp'](null));
  const typed = recoveryCode.split('-')[groupToTypeBack - 1]!;
  accepted(await handlers['sealing:confirm']({ typedGroup: typed.toLowerCase() }));
  return recoveryCode;
}

async function everyByteOnTheMedium(): Promise<string> {
  const names = await readdir(usb);
  return (await Promise.all(names.map((name) => readFile(join(usb, name), 'latin1')))).join('\n');
}

describe('the encrypted reserve', () => {
  it('starts only once the asked group of the recovery code is typed back', async () => {
    const first = pc('poste');
    accepted(await first['reserve:chooseFolder'](null));
    expect(refusal(await first['sealing:confirm']({ typedGroup: 'ABCDE' })).code).toBe('sealing.noSetUp');
    const { recoveryCode, groupToTypeBack } = accepted(await first['sealing:setUp'](null));
    const groups = recoveryCode.split('-');
    const wrong = groups.find((group, index) => index !== groupToTypeBack - 1 && group !== groups[groupToTypeBack - 1]) ?? '00000';
    expect(refusal(await first['sealing:confirm']({ typedGroup: wrong })).code).toBe('sealing.typedBackWrong');
    expect(accepted(await first['sealing:status']({ registerId: REGISTER_ID }))).toEqual({ active: false, mediumHasKey: false, clearJournal: false });
    accepted(await first['sealing:confirm']({ typedGroup: groups[groupToTypeBack - 1]! }));
    expect(accepted(await first['sealing:status']({ registerId: REGISTER_ID }))).toEqual({ active: true, mediumHasKey: true, clearJournal: false });
    // Never the code itself: only the identity it seals, on the PC and on the medium.
    const stored = [
      await everyByteOnTheMedium(),
      ...(await Promise.all((await readdir(first.dataFolder)).map((name) => readFile(join(first.dataFolder, name), 'utf8')))),
    ];
    expect(stored.join('\n')).not.toContain(recoveryCode);
  });

  it('is appended to and verified with the key, and holds no name, address or number in clear', async () => {
    const poste = pc('poste');
    await setUp(poste);
    const events = register();
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 3) }));
    expect(accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(3) }))).toMatchObject({ seq: events.length });
    expect((await readdir(usb)).sort()).toEqual(['cle-de-reserve.age', SEALED, 'support-reserve.json'].sort());
    const medium = await everyByteOnTheMedium();
    for (const secret of [PATIENT.name, 'Dupont', PATIENT.address, PRESCRIBER.name, '2026-000100']) expect(medium).not.toContain(secret);
    expect(accepted(await poste['reserve:status']({ registerId: REGISTER_ID })).head).toEqual({ seq: events.length, hash: events.at(-1)!.hash });
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({
      state: 'checked',
      verdict: { ok: true, events: events.length },
    });
    // A fork is refused without the key being needed: the clear seq and hash say it.
    expect(refusal(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(2, 3) })).code).toBe('reserve.diverged');
  });

  it('finds a line changed on the medium when verified with the key', async () => {
    const poste = pc('poste');
    await setUp(poste);
    const events = register();
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events }));
    const lines = (await readFile(join(usb, SEALED), 'utf8')).split('\n');
    const [seq, hash, payload] = lines[3]!.split(' ');
    const middle = Math.floor(payload!.length / 2);
    lines[3] = `${seq} ${hash} ${payload!.slice(0, middle)}${payload![middle] === 'A' ? 'B' : 'A'}${payload!.slice(middle + 1)}`;
    await writeFile(join(usb, SEALED), lines.join('\n'));
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: false, line: 4, seq: 4, reason: 'hash' } });
    expect(refusal(await poste['reserve:readEvents']({ registerId: REGISTER_ID, cursor: 0, limit: 10 })).code).toBe('sealing.lineUnreadable');
  });

  it('moves a torn encrypted line aside like a clear one, and goes on', async () => {
    const poste = pc('poste');
    await setUp(poste);
    const events = register();
    accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 4) }));
    const before = await readFile(join(usb, SEALED));
    // A write cut short: the start of the next sealed line, without its end nor its '\n'.
    const { recipient } = (await loadLocalKey(poste.dataFolder))!;
    const torn = (await sealLines(events.slice(4, 5), recipient)).slice(0, 300);
    await appendFile(join(usb, SEALED), torn);
    expect(accepted(await poste['reserve:status']({ registerId: REGISTER_ID })).head?.seq).toBe(4);
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: 4 } });
    const caughtUp = accepted(await poste['reserve:append']({ registerId: REGISTER_ID, events: events.slice(4) }));
    expect(describeError(caughtUp.repair!.notice)).toMatch(/^Copie de réserve réparée .* une dernière ligne inachevée \(300 octets/);
    const fragments = (await readdir(usb)).filter((name) => name.includes('.fragment-'));
    expect(fragments).toHaveLength(1);
    expect(await readFile(join(usb, fragments[0]!), 'utf8')).toBe(torn);
    const after = await readFile(join(usb, SEALED));
    expect(after.subarray(0, before.length).equals(before)).toBe(true); // acknowledged lines untouched
    expect(accepted(await poste['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: events.length } });
  });

  it('is restored on a new PC with the recovery code, and refuses a wrong code in French', async () => {
    const old = pc('ancien-poste');
    const code = await setUp(old);
    const events = register(5);
    accepted(await old['reserve:append']({ registerId: REGISTER_ID, events }));

    const fresh = pc('nouveau-poste');
    accepted(await fresh['reserve:chooseFolder'](null));
    expect(describeError(refusal(await fresh['reserve:listJournals'](null)))).toMatch(/^La copie de réserve est chiffrée\s: saisissez le code de secours/);
    expect(refusal(await fresh['reserve:readEvents']({ registerId: REGISTER_ID, cursor: 0, limit: 10 })).code).toBe('sealing.keyNeeded');
    const groups = code.split('-');
    const wrong = [...groups.slice(0, 4), groups[4]!.replace(/^./, (c) => (c === '7' ? '8' : '7'))].join('-');
    const refused = refusal(await fresh['sealing:unlock']({ code: wrong }));
    expect(refused.code).toBe('sealing.wrongCode');
    expect(describeError(refused)).toMatch(/^Code de secours refusé\s: il n’ouvre pas la clé de cette copie de réserve\./);
    expect(refusal(await fresh['sealing:unlock']({ code: 'ABC' })).code).toBe('sealing.codeMalformed');
    expect(refusal(await fresh['reserve:listJournals'](null)).code).toBe('sealing.keyNeeded'); // nothing opened

    accepted(await fresh['sealing:unlock']({ code: code.toLowerCase().replace(/-/g, ' ') }));
    const { journals } = accepted(await fresh['reserve:listJournals'](null));
    const opening = events[0]!;
    if (opening.type !== 'register.opened') throw new Error('le registre commence par son ouverture');
    expect(journals).toEqual([{ registerId: opening.registerId, establishmentName: opening.establishment.name, lastSeq: events.length, tornTailBytes: 0 }]);
    const restored: RegisterEvent[] = [];
    for (let cursor = 0; ;) {
      const page = accepted(await fresh['reserve:readEvents']({ registerId: REGISTER_ID, cursor, limit: 3 }));
      restored.push(...page.events);
      if (page.done) break;
      cursor = page.nextCursor;
    }
    expect(restored).toEqual(events);
    // The new PC goes on writing the same encrypted journal.
    const more = register(6);
    expect(more.slice(0, events.length)).toEqual(events);
    expect(accepted(await fresh['reserve:append']({ registerId: REGISTER_ID, events: more.slice(events.length) }))).toMatchObject({ seq: more.length });
    expect(accepted(await fresh['reserve:verify']({ registerId: REGISTER_ID }))).toMatchObject({ verdict: { ok: true, events: more.length } });
  });
});

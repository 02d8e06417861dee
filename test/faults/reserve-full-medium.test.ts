// A reserve medium that fills up in the middle of an append (ENOSPC on a 256 KiB tmpfs):
// part of a line reaches the medium and the append fails. The reserve must say so in
// French, keep working from its last complete event, never cut the journal before the
// torn bytes are safely copied aside, and, once space is back, move them aside and carry
// on — without losing or changing one acknowledged byte.
import { readFile, readdir, rm, statfs, writeFile, mkdtemp } from 'node:fs/promises';
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
import { accepted, refusal } from '../fixtures/result';
import { recordFault } from './campaign';
import { mainProcessApi } from './main-process';
import { mountTmpfs, unmount } from './tmpfs';

const REGISTER_ID = 'REG-2026-001';
const FAULT = 'support de réserve plein au milieu de l’écriture d’une ligne (ENOSPC)';
let root: string;
let usb: string;
let mount: Awaited<ReturnType<typeof mountTmpfs>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-full-'));
  usb = join(root, 'usb');
  mount = await mountTmpfs(usb, '256k');
});

afterAll(async () => {
  if (mount.mounted) await unmount(usb);
  await rm(root, { recursive: true, force: true });
});

function register(receipts: number): RegisterEvent[] {
  const more = Array.from({ length: receipts }, (_, index) => receiptDraft({ deliveryRef: `BL-2026-${String(index).padStart(4, '0')}` }));
  return sealAll([openingDraft(), productDraft(), receiptDraft(), dispensationDraft(), ...more]);
}

describe('a reserve medium that fills up mid-write', () => {
  it('fails in French, cuts nothing until the torn end is copied aside, then heals and loses nothing', async (context) => {
    if (!mount.mounted) {
      await recordFault({
        fault: FAULT,
        whatDone: 'non exécuté : le noyau refuse le montage d’un tmpfs',
        eventsLost: 0,
        silentAlterations: 0,
        namedInFrench: false,
        notRun: mount.reason,
      });
      context.skip(`montage tmpfs refusé par le système : ${mount.reason}`);
    }
    const events = register(80);
    const handlers = mainProcessApi(join(root, 'data'), async () => usb);
    accepted(await handlers['reserve:chooseFolder'](null));
    accepted(await handlers['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 4) }));
    const path = join(usb, journalFileName(REGISTER_ID));
    const acknowledged = await readFile(path);

    // Leave about two pages free, then send forty events (far more than two pages).
    const { bavail, bsize } = await statfs(usb);
    await writeFile(join(usb, 'remplissage.bin'), Buffer.alloc(Math.max(0, bavail * bsize - 2 * 4096)));
    const full = refusal(await handlers['reserve:append']({ registerId: REGISTER_ID, events: events.slice(4, 44) }));
    expect(full).toMatchObject({ code: 'io.failed', params: { code: 'ENOSPC' } });
    const fullMessage = describeError(full);
    expect(fullMessage).toContain('support plein');
    const torn = await readFile(path);
    expect(torn.length).toBeGreaterThan(acknowledged.length); // bytes did reach the medium
    const shape = await inspectJournal(path);
    expect(shape.tail).not.toBeNull(); // and the last of them are half a line
    expect(torn.subarray(0, acknowledged.length).equals(acknowledged)).toBe(true);

    // Still full: the status answers from the last complete event; a retry cannot copy the
    // torn end aside, so it cuts nothing.
    const status = accepted(await handlers['reserve:status']({ registerId: REGISTER_ID }));
    expect(status.head?.seq).toBe(shape.head?.seq);
    const kept = shape.head?.seq ?? 0;
    expect(refusal(await handlers['reserve:append']({ registerId: REGISTER_ID, events: events.slice(kept, kept + 10) }))).toMatchObject({
      params: { code: 'ENOSPC' },
    });
    expect((await readFile(path)).equals(torn)).toBe(true);
    expect((await readdir(usb)).filter((name) => name.includes('.fragment-'))).toEqual([]);

    // Space comes back: the torn end goes aside, whole, and the catch-up completes.
    await rm(join(usb, 'remplissage.bin'));
    const healed = accepted(await handlers['reserve:append']({ registerId: REGISTER_ID, events: events.slice(kept) }));
    expect(healed.seq).toBe(events.length);
    const repairMessage = describeError(healed.repair?.notice ?? { code: 'ipc.internal' });
    expect(repairMessage).toMatch(
      /^Copie de réserve réparée le \d\d\/\d\d\/\d{4} à \d\d:\d\d:\d\d\u202f: .* mise de côté dans «\u202fREG-2026-001\.journal\.jsonl\.fragment-/,
    );
    const fragments = (await readdir(usb)).filter((name) => name.includes('.fragment-'));
    expect(fragments).toHaveLength(1);
    expect((await readFile(join(usb, fragments[0] ?? ''))).equals(torn.subarray(shape.soundEnd))).toBe(true);
    expect(accepted(await handlers['reserve:status']({ registerId: REGISTER_ID })).repair?.notice.code).toBe('reserve.tailMovedAside');
    const log = await readFile(join(usb, `${REGISTER_ID}.journal-technique.jsonl`), 'utf8');
    expect(log).toContain('"event":"journal.tailMovedAside"');
    expect(log).toContain('mise de côté');

    const onMedium: RegisterEvent[] = [];
    expect(await readJournal(path, (event) => onMedium.push(event))).toMatchObject({ ok: true, lastSeq: events.length });
    const lost = events.filter((event) => onMedium[event.seq - 1]?.hash !== event.hash).length;
    const final = await readFile(path);
    const altered = final.subarray(0, shape.soundEnd).equals(torn.subarray(0, shape.soundEnd)) ? 0 : 1;
    await recordFault({
      fault: FAULT,
      whatDone: `tmpfs de 256 Kio rempli ; ajout de 40 événements coupé par ENOSPC après ${torn.length - acknowledged.length} octets écrits (fin inachevée de ${shape.tail?.bytes ?? 0} octets) ; nouvel essai support plein : journal inchangé ; place libérée : fin inachevée mise de côté dans ${fragments[0] ?? ''}, journal complété et vérifié (${events.length} événements)`,
      eventsLost: lost,
      silentAlterations: altered,
      namedInFrench: fullMessage.includes('support plein') && repairMessage.startsWith('Copie de réserve réparée'),
    });
    expect({ lost, altered }).toEqual({ lost: 0, altered: 0 });
  }, 60_000);
});

// The recovery path after a fault: a key whose journal was cut mid-line (ENOSPC on a
// small tmpfs), then write-protected (remounted read-only). The restore screen must still
// list the journal with its complete events, verify it, and page through exactly those
// events; writing must be refused in French, and nothing on the medium may change. Once
// writable again, the torn end is moved aside and the reserve carries on.
import { mkdtemp, readFile, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../shared/errors';
import type { RegistreApi } from '../../shared/ipc/contract';
import { journalFileName } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';
import { accepted, refusal } from '../fixtures/result';
import { recordFault } from './campaign';
import { mainProcessApi } from './main-process';
import { mountTmpfs, remount, unmount } from './tmpfs';

const REGISTER_ID = 'REG-2026-001';
const FAULT = 'journal de réserve coupé en pleine ligne puis support protégé en écriture (EROFS)';
let root: string;
let usb: string;
let mount: Awaited<ReturnType<typeof mountTmpfs>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-read-only-'));
  usb = join(root, 'usb');
  mount = await mountTmpfs(usb, '256k');
});

afterAll(async () => {
  if (mount.mounted) await unmount(usb);
  await rm(root, { recursive: true, force: true });
});

/** Every event a restore would import: page after page from the start, as the window reads them. */
async function readAll(api: RegistreApi): Promise<RegisterEvent[]> {
  const events: RegisterEvent[] = [];
  for (let cursor = 0; ;) {
    const page = accepted(await api['reserve:readEvents']({ registerId: REGISTER_ID, cursor, limit: 7 }));
    events.push(...page.events);
    if (page.done || page.nextCursor === cursor) return events;
    cursor = page.nextCursor;
  }
}

describe('a damaged, write-protected reserve medium', () => {
  it('is listed, verified and read back up to its last complete event, and never written', async (context) => {
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
    const receipts = Array.from({ length: 60 }, (_, index) => receiptDraft({ deliveryRef: `BL-${index}` }));
    const events = sealAll([openingDraft(), productDraft(), ...receipts]);
    const api = mainProcessApi(join(root, 'data'), async () => usb);
    accepted(await api['reserve:chooseFolder'](null));
    accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 10) }));
    const { bavail, bsize } = await statfs(usb);
    await writeFile(join(usb, 'remplissage.bin'), Buffer.alloc(Math.max(0, bavail * bsize - 4096)));
    expect(refusal(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(10) }))).toMatchObject({ params: { code: 'ENOSPC' } });
    await remount(usb, 'ro');
    const path = join(usb, journalFileName(REGISTER_ID));
    const before = await readFile(path);
    const complete = before
      .subarray(0, before.lastIndexOf(0x0a) + 1)
      .toString('utf8')
      .split('\n')
      .filter(Boolean).length;
    expect(before.length).toBeGreaterThan(before.lastIndexOf(0x0a) + 1); // a torn end is there

    // The restore screen, on a fresh machine, with the key write-protected.
    const fresh = mainProcessApi(join(root, 'new-machine'), async () => usb);
    accepted(await fresh['reserve:chooseFolder'](null));
    const listed = accepted(await fresh['reserve:listJournals'](null));
    expect(listed.journals).toEqual([
      { registerId: REGISTER_ID, establishmentName: expect.any(String), lastSeq: complete, tornTailBytes: before.length - (before.lastIndexOf(0x0a) + 1) },
    ]);
    const verified = accepted(await fresh['reserve:verify']({ registerId: REGISTER_ID }));
    expect(verified).toMatchObject({ state: 'checked', verdict: { ok: true, lastSeq: complete } });
    const read = await readAll(fresh);
    expect(read.map((event) => event.hash)).toEqual(events.slice(0, complete).map((event) => event.hash));
    const status = accepted(await fresh['reserve:status']({ registerId: REGISTER_ID }));
    expect(status).toMatchObject({ reachable: true, writable: false, head: { seq: complete } });

    // Writing is refused, in French, and the medium is left exactly as it was.
    const refused = refusal(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(complete) }));
    expect(refused.code).toBe('reserve.readOnly');
    const refusedMessage = describeError(refused);
    expect(refusedMessage).toContain('lecture seule');
    expect((await readFile(path)).equals(before)).toBe(true);

    // The protection is removed and space made: the torn end goes aside, the reserve catches up.
    await remount(usb, 'rw');
    await rm(join(usb, 'remplissage.bin'));
    expect(accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(complete) })).seq).toBe(events.length);
    expect((await readdir(usb)).filter((name) => name.includes('.fragment-'))).toHaveLength(1);
    const after = await readAll(fresh);
    const lost = events.filter((event) => after[event.seq - 1]?.hash !== event.hash).length;
    const altered = (await readFile(path)).subarray(0, before.lastIndexOf(0x0a) + 1).equals(before.subarray(0, before.lastIndexOf(0x0a) + 1)) ? 0 : 1;
    await recordFault({
      fault: FAULT,
      whatDone: `ajout coupé par ENOSPC (${before.length - (before.lastIndexOf(0x0a) + 1)} octets de ligne inachevée), support remonté en lecture seule : listé (${complete} événements complets), vérifié et relu par pages sur un nouveau poste ; écriture refusée, support inchangé ; remonté en écriture : fin mise de côté, ${events.length} événements`,
      eventsLost: lost,
      silentAlterations: altered,
      namedInFrench: refusedMessage.includes('lecture seule'),
    });
    expect({ lost, altered }).toEqual({ lost: 0, altered: 0 });
  }, 60_000);
});

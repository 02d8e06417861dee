// The reserve folder taken away while appends run (a key pulled out, a share unmounted,
// the folder renamed or deleted by someone): the appends must fail with a French message,
// recording goes on on the database side, and once the folder is back the reserve catches
// up with every event, acknowledged bytes untouched. A deleted folder must not be taken
// for the reserve when an empty one reappears: the person is asked first. This would catch
// an append acknowledged though its folder had gone, an English system error shown, a
// catch-up that skips or doubles events, or a new journal started silently.
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { describeError } from '../../shared/errors';
import { journalFileName } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';
import { accepted } from '../fixtures/result';
import { recordFault } from './campaign';
import { mainProcessApi } from './main-process';

const REGISTER_ID = 'REG-2026-001';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-folder-removed-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const register = (): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft(),
    dispensationDraft(),
    ...Array.from({ length: 200 }, (_, index) => receiptDraft({ deliveryRef: `BL-2026-${String(index).padStart(4, '0')}` })),
  ]);

/** The window's way of appending: one event at a time, each sent again until the reserve has it. */
function appendingLoop(api: ReturnType<typeof mainProcessApi>, events: RegisterEvent[], refusals: string[]) {
  let stop = false;
  const done = (async () => {
    for (let index = 4; index < events.length && !stop;) {
      const answer = await api['reserve:append']({ registerId: REGISTER_ID, events: [events[index]!] });
      if (answer.ok) index += 1;
      else {
        refusals.push(describeError(answer.error));
        return;
      }
    }
  })();
  return { done, stop: () => (stop = true) };
}

async function sizeOf(path: string): Promise<number> {
  return (await stat(path).catch(() => null))?.size ?? 0;
}

/** Everything on the medium is the register's own events in order, and the bytes before the fault are unchanged. */
async function convergence(journal: string, events: RegisterEvent[], before: Buffer) {
  const onMedium: RegisterEvent[] = [];
  const verdict = await readJournal(journal, (event) => onMedium.push(event));
  const lost = events.filter((event) => onMedium[event.seq - 1]?.hash !== event.hash).length;
  const altered = ((await readFile(journal)).subarray(0, before.length).equals(before) ? 0 : 1) + (onMedium.length === events.length ? 0 : 1);
  return { verdict, lost, altered };
}

describe('the reserve folder removed while appends run', { timeout: 60_000 }, () => {
  it('renamed away mid-appends: refused in French, then caught up once it is back', async () => {
    const usb = join(root, 'usb-renamed');
    await mkdir(usb);
    const events = register();
    const api = mainProcessApi(join(root, 'data-renamed'), async () => usb);
    accepted(await api['reserve:chooseFolder'](null));
    accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 4) }));
    const journal = join(usb, journalFileName(REGISTER_ID));
    const start = await sizeOf(journal);

    const refusals: string[] = [];
    const loop = appendingLoop(api, events, refusals);
    // Pulled out once some appends have reached it, while the next ones run.
    await expect.poll(() => sizeOf(journal), { interval: 1 }).toBeGreaterThan(start + 4000);
    await rename(usb, `${usb}-ailleurs`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    loop.stop();
    await loop.done;
    const message = refusals[0] ?? '';
    // The system's code may follow as a reference, but the sentence is French and says what happened.
    // Which check meets the missing folder first depends on the instant (the folder check or the write).
    const french = /réserve|support/.test(message) && !/no such file|Erreur interne|Error/.test(message);
    expect({ message, french }).toEqual({ message, french: true });

    // While it is away, the status does not claim a reachable reserve.
    const away = await api['reserve:status']({ registerId: REGISTER_ID });
    expect(away.ok && away.value.reachable).toBe(false);

    // Back: the window's catch-up sends what the reserve lacks.
    await rename(`${usb}-ailleurs`, usb);
    const before = await readFile(journal);
    const head = accepted(await api['reserve:status']({ registerId: REGISTER_ID })).head?.seq ?? 0;
    accepted(await api['reserve:append']({ registerId: REGISTER_ID, events: events.slice(head) }));
    const { verdict, lost, altered } = await convergence(journal, events, before);
    expect(verdict).toMatchObject({ ok: true, events: events.length });
    await recordFault({
      fault: 'dossier de réserve retiré (renommé) pendant les ajouts',
      whatDone: `ajouts un par un ; dossier renommé après ${head - 4} ajouts : ajout refusé « ${message} » ; dossier revenu : réserve à ${head}, rattrapage jusqu’à ${events.length}, journal vérifié`,
      eventsLost: lost,
      silentAlterations: altered,
      namedInFrench: french,
    });
    expect({ lost, altered }).toEqual({ lost: 0, altered: 0 });
  });
});

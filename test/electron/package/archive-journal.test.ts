// Where the yearly archive's journal comes from: the reserve copy when it ends at the
// window's head, else the window's pages. Whatever brought the journal, the archive is
// the same file, byte for byte, as the one built from the whole journal in one block.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFolder } from '../../../electron/editions/paths';
import { createHandlers } from '../../../electron/ipc/handlers';
import { reserveArchiveFolder, writeYearlyArchive, yearlyArchiveFolder } from '../../../electron/package/yearly-archive';
import type { MainHandlers } from '../../../shared/ipc/contract';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition, journalBytes, sentJournal } from '../../fixtures/package';

let work: string;
const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
const head = { seq: events.at(-1)!.seq, hash: events.at(-1)!.hash };
const NOW = new Date('2027-01-04T09:00:00.000Z');
const ARCHIVE = `2026_archive-annuelle_${registerId}.zip`;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-archive-journal-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function mainWithReserve(): Promise<{ main: MainHandlers; data: string; reserve: string }> {
  const data = join(work, 'data');
  const reserve = join(work, 'reserve');
  await mkdir(reserve);
  await mkdir(archiveFolder(data, registerId), { recursive: true });
  await writeFile(join(archiveFolder(data, registerId), EDITION_NAME), EDITION_BYTES);
  const main = createHandlers({ version: 'test', shell: 'harness', dataFolder: data, chooseFolder: async () => reserve, now: () => NOW });
  await main['reserve:chooseFolder'](null);
  return { main, data, reserve };
}

/** The archive just written, then removed (and its reserve copy) so that the next one may take its name. */
async function takeArchive(data: string, reserve: string): Promise<Buffer> {
  const path = join(yearlyArchiveFolder(data, registerId), ARCHIVE);
  const bytes = await readFile(path);
  await rm(path);
  await rm(join(reserveArchiveFolder(reserve, registerId), ARCHIVE), { force: true });
  return bytes;
}

describe('the yearly archive’s journal', () => {
  it('gives the same archive from the reserve, from the window’s pages and from the whole journal in one block', async () => {
    const { main, data, reserve } = await mainWithReserve();
    expect(await main['reserve:append']({ registerId, events })).toMatchObject({ ok: true });
    const context = { dataFolder: data, version: 'test', shell: 'harness', now: () => NOW, verifierPage: async () => null };

    expect(await writeYearlyArchive(context, { registerId, year: 2026, journal: journalBytes(events), automatic: true })).toMatchObject({ ok: true });
    const whole = await takeArchive(data, reserve);
    expect(await main['archive:create']({ registerId, year: 2026, journal: { reserveAt: head }, automatic: true })).toMatchObject({
      ok: true,
      value: { fileName: ARCHIVE, problem: null },
    });
    const fromReserve = await takeArchive(data, reserve);
    const journal = await sentJournal(main, registerId, journalBytes(events));
    expect(await main['archive:create']({ registerId, year: 2026, journal, automatic: true })).toMatchObject({ ok: true });
    const fromPages = await takeArchive(data, reserve);

    expect(fromReserve.equals(whole)).toBe(true);
    expect(fromPages.equals(whole)).toBe(true);
  });

  it('is not taken from a reserve that does not end at the window’s head, nor without one', async () => {
    const { main, data, reserve } = await mainWithReserve();
    const noReserve = createHandlers({ version: 'test', shell: 'harness', dataFolder: join(work, 'other'), chooseFolder: async () => null, now: () => NOW });
    expect(await noReserve['archive:create']({ registerId, year: 2026, journal: { reserveAt: head }, automatic: true })).toEqual({
      ok: false,
      error: { code: 'archive.reserveBehind' },
    });
    // The reserve lags one event behind the window (a key unplugged before the last write).
    expect(await main['reserve:append']({ registerId, events: events.slice(0, -1) })).toMatchObject({ ok: true });
    expect(await main['archive:create']({ registerId, year: 2026, journal: { reserveAt: head }, automatic: true })).toEqual({
      ok: false,
      error: { code: 'archive.reserveBehind' },
    });
    // A head the reserve's chain does not end with (another event under the same number).
    const forged = { seq: events.at(-2)!.seq, hash: head.hash };
    expect(await main['archive:create']({ registerId, year: 2026, journal: { reserveAt: forged }, automatic: true })).toMatchObject({
      ok: false,
      error: { code: 'archive.reserveBehind' },
    });
    expect(await readdir(yearlyArchiveFolder(data, registerId)).catch(() => [])).toEqual([]);
    expect(await readdir(reserveArchiveFolder(reserve, registerId)).catch(() => [])).toEqual([]);
  });

  it('refuses pages sent out of order, or an archive named after a sending that never came', async () => {
    const { main, data } = await mainWithReserve();
    const bytes = journalBytes(events);
    const upload = crypto.randomUUID();
    expect(await main['archive:sendJournal']({ registerId, upload, offset: 0, bytes: bytes.subarray(0, 100) })).toEqual({ ok: true, value: null });
    // The page from byte 100 was lost: the next one does not follow.
    expect(await main['archive:sendJournal']({ registerId, upload, offset: 200, bytes: bytes.subarray(200) })).toEqual({
      ok: false,
      error: { code: 'archive.journalIncomplete' },
    });
    expect(await main['archive:create']({ registerId, year: 2026, journal: { sent: upload }, automatic: true })).toEqual({
      ok: false,
      error: { code: 'archive.journalIncomplete' },
    });
    expect(await main['archive:create']({ registerId, year: 2026, journal: { sent: crypto.randomUUID() }, automatic: true })).toEqual({
      ok: false,
      error: { code: 'archive.journalIncomplete' },
    });
    // A sending is given once: the archive asked again under its name finds nothing.
    const journal = await sentJournal(main, registerId, bytes);
    expect(await main['archive:create']({ registerId, year: 2026, journal, automatic: false })).toMatchObject({ ok: true });
    expect(await main['archive:create']({ registerId, year: 2026, journal, automatic: true })).toEqual({
      ok: false,
      error: { code: 'archive.journalIncomplete' },
    });
    expect(await readdir(yearlyArchiveFolder(data, registerId))).toHaveLength(1);
  });
});

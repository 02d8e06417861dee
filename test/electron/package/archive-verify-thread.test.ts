// The yearly archives verified in a thread of their own (archive-verify-thread.ts), here
// from the TypeScript sources as vitest runs them: the listing's verdicts are those the
// main thread gave before; the main thread keeps answering while an archive is verified;
// a thread that fails, or is stopped, gives « vérification impossible », not a rejection.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFolder } from '../../../electron/editions/paths';
import { createMainProcess } from '../../../electron/ipc/handlers';
import { archiveVerdictOf } from '../../../electron/package/archive-verdict';
import { createArchiveVerdicts, type VerifyArchive } from '../../../electron/package/archive-verdicts';
import { createArchiveVerifier } from '../../../electron/package/archive-verify-thread';
import type { PackageContext } from '../../../electron/package/package-context';
import { createYearlyArchiveHandlers, writeArchiveOfYear, yearlyArchiveFolder } from '../../../electron/package/yearly-archive';
import { MANIFEST_PATH } from '../../../shared/package/manifest';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition, rezip } from '../../fixtures/package';

const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
const SOUND = `2026_archive-annuelle_${registerId}.zip`;
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-verify-thread-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function context(verifyArchive?: VerifyArchive): PackageContext {
  return {
    dataFolder: work,
    version: 'test',
    shell: 'harness',
    choosePackageSavePath: async () => null,
    choosePackageFile: async () => null,
    editionFonts: () => {
      throw new Error('aucune édition dans ces tests');
    },
    openPath: async () => '',
    now: () => new Date(2027, 0, 10, 9),
    verifierPage: async () => null,
    ...(verifyArchive ? { verifyArchive } : {}),
  };
}

/** A sound yearly archive of 2026 in the data folder (its verdict given on this thread), and its bytes. */
async function soundArchive(): Promise<Uint8Array> {
  await mkdir(archiveFolder(work, registerId), { recursive: true });
  await writeFile(join(archiveFolder(work, registerId), EDITION_NAME), EDITION_BYTES);
  const written = await writeArchiveOfYear(
    { ...context(), verdicts: createArchiveVerdicts(async (bytes) => archiveVerdictOf(bytes)) },
    { registerId, year: 2026, events, automatic: true },
  );
  if (!written.ok) throw new Error(written.error.code);
  return readFile(join(yearlyArchiveFolder(work, registerId), SOUND));
}

describe('yearly archives verified in a thread of their own', () => {
  it('lists the verdicts the main thread gave: sound, one byte changed, a newer format', async () => {
    const sound = await soundArchive();
    const damaged = Uint8Array.from(sound);
    damaged[damaged.length - 200] = damaged[damaged.length - 200]! ^ 1;
    const entries = unzipSync(sound);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as Record<string, unknown>;
    const newer = rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, format: 2, somethingNew: true })) });
    const folder = yearlyArchiveFolder(work, registerId);
    await writeFile(join(folder, `2025_archive-annuelle_${registerId}.zip`), damaged);
    await writeFile(join(folder, `2024_archive-annuelle_${registerId}.zip`), newer);

    const listed = await createYearlyArchiveHandlers(context())['archive:list']({ registerId });

    const here = (bytes: Uint8Array) => archiveVerdictOf(bytes);
    const soundHere = here(sound);
    const damagedHere = here(damaged);
    if (!soundHere.ok || damagedHere.ok) throw new Error('verdicts de référence inattendus');
    expect(listed.ok && listed.value.archives.map(({ fileName, year, fingerprint, problem }) => ({ fileName, year, fingerprint, problem }))).toEqual([
      {
        fileName: `2024_archive-annuelle_${registerId}.zip`,
        year: 2024,
        fingerprint: null,
        problem: { code: 'package.newerFormat', params: { path: MANIFEST_PATH, format: '2', known: '1' } },
      },
      { fileName: `2025_archive-annuelle_${registerId}.zip`, year: 2025, fingerprint: null, problem: damagedHere.problem },
      { fileName: SOUND, year: 2026, fingerprint: soundHere.fingerprint, problem: null },
    ]);
    expect(damagedHere.problem.code).toMatch(/^package\./);
  });

  /**
   * What ends first once the archive's verification has begun: a timer and another
   * request of the window (another register's archive names), or the listing.
   */
  async function whatEndsFirst(verify: VerifyArchive): Promise<string[]> {
    await soundArchive();
    const order: string[] = [];
    const handlers = createYearlyArchiveHandlers(
      context((bytes) => {
        setTimeout(() => order.push('minuteur'), 0);
        void handlers['archive:written']({ registerId: 'AUTRE-REGISTRE' }).then(() => order.push('autre demande'));
        return verify(bytes);
      }),
    );
    const listed = await handlers['archive:list']({ registerId });
    order.push('liste');
    expect(listed.ok && listed.value.archives.map((archive) => archive.problem)).toEqual([null]);
    return order;
  }

  it('keeps answering while an archive is verified: a timer and another request end before the listing', async () => {
    const order = await whatEndsFirst(createArchiveVerifier().verify);
    expect(order.at(-1)).toBe('liste');
    expect(order.slice().sort()).toEqual(['autre demande', 'liste', 'minuteur']);
  });

  it('(the same harness, verified on the main thread as before: the listing ends before either)', async () => {
    expect((await whatEndsFirst(async (bytes) => archiveVerdictOf(bytes)))[0]).toBe('liste');
  });

  it.each([
    ['throws as it starts', 'throw new Error("plantage du fil");'],
    ['exits without a verdict', 'process.exit(3);'],
    ['reports that its verification threw', 'require("node:worker_threads").parentPort.postMessage({ failed: "verifyPackage a levé une exception" });'],
  ])('says « vérification impossible » when the thread %s, and verifies again at the next listing', async (_, script) => {
    await soundArchive();
    let thread = createArchiveVerifier({ script });
    const handlers = createYearlyArchiveHandlers(context((bytes) => thread.verify(bytes)));
    const failed = await handlers['archive:list']({ registerId });
    expect(failed.ok && failed.value.archives).toEqual([
      { fileName: SOUND, year: 2026, size: expect.any(Number), fingerprint: null, problem: { code: 'archive.verifyImpossible' }, onReserve: false },
    ]);
    thread = createArchiveVerifier();
    const listed = await handlers['archive:list']({ registerId });
    expect(listed.ok && listed.value.archives.map((archive) => [archive.year, archive.problem])).toEqual([[2026, null]]);
  });

  it('stops the verification under way when closed (the app quitting): no verdict, nothing left running', async () => {
    const bytes = await soundArchive();
    const verifier = createArchiveVerifier();
    const verdict = verifier.verify(bytes);
    // The thread starts once the queue hands it the archive.
    await new Promise((resolve) => setImmediate(resolve));
    await verifier.close();
    expect(await verdict).toBeNull();
    // A later verification starts a thread of its own.
    expect(await verifier.verify(bytes)).toMatchObject({ ok: true, year: 2026 });
  });

  it('is stopped by the main process closing as the app quits: the listing under way ends, its archive not said sound', async () => {
    await soundArchive();
    const main = createMainProcess({ version: 'test', shell: 'harness', dataFolder: work, chooseFolder: async () => null });
    let ended = false;
    const listing = main.handlers['archive:list']({ registerId }).finally(() => (ended = true));
    // What close-on-quit.ts calls at before-quit, asked until the listing ends: the thread is stopped whenever it runs.
    while (!ended) {
      await main.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const listed = await listing;
    expect(listed.ok && listed.value.archives.map((archive) => [archive.year, archive.problem])).toEqual([[2026, { code: 'archive.verifyImpossible' }]]);
  });
});

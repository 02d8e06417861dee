import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { archiveVerdictOf } from '../../../electron/package/archive-verdict';
import { createArchiveVerdicts } from '../../../electron/package/archive-verdicts';
import { writeArchiveOfYear, yearlyArchiveFolder } from '../../../electron/package/yearly-archive';
import { archiveFolder } from '../../../electron/editions/paths';
import { describeError } from '../../../shared/errors';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition } from '../../fixtures/package';

// The real verification, counted, on this thread (the thread itself: archive-verify-thread.test.ts):
// a verdict kept for the same bytes must not verify them again.
const verifyHere = vi.fn(async (bytes: Uint8Array) => archiveVerdictOf(bytes));

const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-verdicts-'));
  verifyHere.mockClear();
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A sound yearly archive's bytes, as the main process writes it. */
async function archiveBytes(): Promise<{ fileName: string; bytes: Uint8Array }> {
  // The edition the journal records, which the archive carries.
  await mkdir(archiveFolder(work, registerId), { recursive: true });
  await writeFile(join(archiveFolder(work, registerId), EDITION_NAME), EDITION_BYTES);
  const context = { dataFolder: work, version: 'test', shell: 'harness', now: () => new Date(2027, 0, 10, 9), verifierPage: async () => null };
  const written = await writeArchiveOfYear({ ...context, verdicts: createArchiveVerdicts(verifyHere) }, { registerId, year: 2026, events, automatic: true });
  if (!written.ok) throw new Error(written.error.code);
  return { fileName: written.value.fileName, bytes: await readFile(join(yearlyArchiveFolder(work, registerId), written.value.fileName)) };
}

describe('archive verdicts', () => {
  it('verifies the same bytes once, and says the same of them each time', async () => {
    const { fileName, bytes } = await archiveBytes();
    const verdicts = createArchiveVerdicts(verifyHere);
    verifyHere.mockClear();
    const first = await verdicts.describe(fileName, bytes, true);
    const second = await verdicts.describe(fileName, Uint8Array.from(bytes), false);
    expect(first).toMatchObject({ fileName, year: 2026, size: bytes.length, problem: null, onReserve: true });
    expect(second).toEqual({ ...first, onReserve: false });
    expect(verifyHere).toHaveBeenCalledTimes(1);
  });

  it('verifies again bytes that changed, even by one byte of the same size, and says them damaged', async () => {
    const { fileName, bytes } = await archiveBytes();
    const verdicts = createArchiveVerdicts(verifyHere);
    expect((await verdicts.describe(fileName, bytes, false)).problem).toBeNull();
    const damaged = Uint8Array.from(bytes);
    damaged[100] = damaged[100]! ^ 0x01;
    verifyHere.mockClear();
    const described = await verdicts.describe(fileName, damaged, false);
    expect(verifyHere).toHaveBeenCalledTimes(1);
    expect(described).toMatchObject({ fileName, year: 2026, size: bytes.length, fingerprint: null, problem: { code: expect.stringMatching(/^package\./) } });
    // The damaged bytes keep their verdict, and the sound ones theirs.
    expect((await verdicts.describe(fileName, damaged, false)).problem).not.toBeNull();
    expect((await verdicts.describe(fileName, bytes, false)).problem).toBeNull();
    expect(verifyHere).toHaveBeenCalledTimes(1);
  });

  it('says « vérification impossible » in French when no verdict came, and keeps nothing for those bytes', async () => {
    const { fileName, bytes } = await archiveBytes();
    const answers: ('none' | 'verdict')[] = ['none', 'verdict'];
    const verdicts = createArchiveVerdicts(async (sent) => (answers.shift() === 'none' ? null : archiveVerdictOf(sent)));
    const failed = await verdicts.describe(fileName, bytes, false);
    expect(failed).toMatchObject({ fileName, year: 2026, fingerprint: null, problem: { code: 'archive.verifyImpossible' } });
    expect(describeError(failed.problem!)).toMatch(/^Vérification impossible\s?: .* ni saine ni abîmée/u);
    // The next listing verifies the same bytes again, and this time says them sound.
    expect(await verdicts.describe(fileName, bytes, false)).toMatchObject({ year: 2026, problem: null });
  });

  it('takes the year from the name of an archive it cannot read', async () => {
    const verdicts = createArchiveVerdicts(verifyHere);
    const described = await verdicts.describe(`2024_archive-annuelle_${registerId}.zip`, new TextEncoder().encode('pas une archive'), false);
    expect(described).toMatchObject({ year: 2024, fingerprint: null, problem: { code: expect.stringMatching(/^package\./) } });
  });
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArchiveVerdicts } from '../../../electron/package/archive-verdicts';
import { writeArchiveOfYear, yearlyArchiveFolder } from '../../../electron/package/yearly-archive';
import { verifyPackage } from '../../../shared/package/verify';
import { archiveFolder } from '../../../electron/editions/paths';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition } from '../../fixtures/package';

// The real verification, counted: a verdict kept for the same bytes must not verify them again.
vi.mock('../../../shared/package/verify', async (original) => {
  const real = await original<typeof import('../../../shared/package/verify')>();
  return { ...real, verifyPackage: vi.fn(real.verifyPackage) };
});

const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-verdicts-'));
  vi.mocked(verifyPackage).mockClear();
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
  const written = await writeArchiveOfYear(context, { registerId, year: 2026, events, automatic: true });
  if (!written.ok) throw new Error(written.error.code);
  return { fileName: written.value.fileName, bytes: await readFile(join(yearlyArchiveFolder(work, registerId), written.value.fileName)) };
}

describe('archive verdicts', () => {
  it('verifies the same bytes once, and says the same of them each time', async () => {
    const { fileName, bytes } = await archiveBytes();
    const verdicts = createArchiveVerdicts();
    vi.mocked(verifyPackage).mockClear();
    const first = verdicts.describe(fileName, bytes, true);
    const second = verdicts.describe(fileName, Uint8Array.from(bytes), false);
    expect(first).toMatchObject({ fileName, year: 2026, size: bytes.length, problem: null, onReserve: true });
    expect(second).toEqual({ ...first, onReserve: false });
    expect(verifyPackage).toHaveBeenCalledTimes(1);
  });

  it('verifies again bytes that changed, even by one byte of the same size, and says them damaged', async () => {
    const { fileName, bytes } = await archiveBytes();
    const verdicts = createArchiveVerdicts();
    expect(verdicts.describe(fileName, bytes, false).problem).toBeNull();
    const damaged = Uint8Array.from(bytes);
    damaged[100] = damaged[100]! ^ 0x01;
    vi.mocked(verifyPackage).mockClear();
    const described = verdicts.describe(fileName, damaged, false);
    expect(verifyPackage).toHaveBeenCalledTimes(1);
    expect(described).toMatchObject({ fileName, year: 2026, size: bytes.length, fingerprint: null, problem: { code: expect.stringMatching(/^package\./) } });
    // The damaged bytes keep their verdict, and the sound ones theirs.
    expect(verdicts.describe(fileName, damaged, false).problem).not.toBeNull();
    expect(verdicts.describe(fileName, bytes, false).problem).toBeNull();
    expect(verifyPackage).toHaveBeenCalledTimes(1);
  });

  it('takes the year from the name of an archive it cannot read', () => {
    const verdicts = createArchiveVerdicts();
    const described = verdicts.describe(`2024_archive-annuelle_${registerId}.zip`, new TextEncoder().encode('pas une archive'), false);
    expect(described).toMatchObject({ year: 2024, fingerprint: null, problem: { code: expect.stringMatching(/^package\./) } });
  });
});

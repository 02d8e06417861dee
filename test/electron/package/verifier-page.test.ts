// The offline verifier page travels in every package and yearly archive: listed in the
// manifest like any part, so the buyer's application and the page itself accept it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFolder } from '../../../electron/editions/paths';
import { createHandlers } from '../../../electron/ipc/handlers';
import { readVerifierPage } from '../../../electron/package/verifier-page';
import { VERIFIER_PAGE_PATH } from '../../../shared/package/manifest';
import { verifyPackage } from '../../../shared/package/verify';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition, journalBytes, sentJournal } from '../../fixtures/package';
import { TEST_SCRYPT_WORK_FACTOR, unsealedZip } from '../../fixtures/sealed-package';

const PAGE = new TextEncoder().encode('<!doctype html><title>Vérificateur</title>\n');
const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-verificateur-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function main(verifierPage?: () => Promise<Uint8Array | null>) {
  const data = join(work, 'data');
  await mkdir(archiveFolder(data, registerId), { recursive: true });
  await writeFile(join(archiveFolder(data, registerId), EDITION_NAME), EDITION_BYTES);
  return {
    data,
    handlers: createHandlers({
      version: 'test',
      shell: 'harness',
      dataFolder: data,
      chooseFolder: async () => null,
      chooseSavePath: async (name) => join(work, name),
      ...(verifierPage ? { verifierPage } : {}),
      packageScryptWorkFactor: TEST_SCRYPT_WORK_FACTOR,
    }),
  };
}

describe('the verifier page in packages', () => {
  it('is carried in a hand-over package as a listed technical part, and the package verifies', async () => {
    const { handlers } = await main(async () => PAGE);
    const exported = await handlers['package:export']({ registerId, journal: journalBytes(events), purpose: 'handover' });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const zip = await unsealedZip(exported.value.path, exported.value.passphrase);
    expect(unzipSync(zip)[VERIFIER_PAGE_PATH]).toEqual(PAGE);
    const verdict = verifyPackage(zip);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.error));
    expect(verdict.value.manifest.parts.find((part) => part.path === VERIFIER_PAGE_PATH)).toMatchObject({ role: 'technical', size: PAGE.length });
  });

  it('is carried in a yearly archive', async () => {
    const { handlers, data } = await main(async () => PAGE);
    const created = await handlers['archive:create']({
      registerId,
      year: 2026,
      journal: await sentJournal(handlers, registerId, journalBytes(events)),
      automatic: true,
    });
    expect(created).toMatchObject({ ok: true, value: { problem: null } });
    const zip = await readFile(join(data, 'archives', registerId, `2026_archive-annuelle_${registerId}.zip`));
    expect(unzipSync(zip)[VERIFIER_PAGE_PATH]).toEqual(PAGE);
    expect(verifyPackage(zip).ok).toBe(true);
  });

  it('is left out when the build has none, and read from the built file otherwise', async () => {
    const { handlers } = await main();
    const exported = await handlers['package:export']({ registerId, journal: journalBytes(events), purpose: 'deposit' });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    expect(Object.keys(unzipSync(await unsealedZip(exported.value.path, exported.value.passphrase)))).not.toContain(VERIFIER_PAGE_PATH);
    expect(await readVerifierPage(join(work, 'absent.html'))).toBeNull();
    await writeFile(join(work, 'page.html'), PAGE);
    expect(await readVerifierPage(join(work, 'page.html'))).toEqual(PAGE);
  });

  it('saves a copy where the person chooses, never over another file', async () => {
    const target = join(work, 'cle', 'verificateur.html');
    await mkdir(join(work, 'cle'));
    let chosen: string | null = target;
    const saving = createHandlers({
      version: 'test',
      shell: 'harness',
      dataFolder: join(work, 'data'),
      chooseFolder: async () => null,
      verifierPage: async () => PAGE,
      chooseVerifierSavePath: async () => chosen,
    });
    expect(await saving['verifier:save'](null)).toEqual({ ok: true, value: { path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(PAGE);
    // The same page already there is the copy asked for.
    expect(await saving['verifier:save'](null)).toEqual({ ok: true, value: { path: target } });
    await writeFile(target, 'autre chose');
    expect(await saving['verifier:save'](null)).toEqual({ ok: false, error: { code: 'package.exists', params: { path: 'verificateur.html' } } });
    expect(await readFile(target, 'utf8')).toBe('autre chose');
    chosen = null;
    expect(await saving['verifier:save'](null)).toEqual({ ok: false, error: { code: 'package.cancelled' } });
    const without = createHandlers({
      version: 'test',
      shell: 'harness',
      dataFolder: join(work, 'data'),
      chooseFolder: async () => null,
      chooseSavePath: async () => target,
    });
    expect(await without['verifier:save'](null)).toEqual({ ok: false, error: { code: 'verifier.unavailable' } });
  });
});

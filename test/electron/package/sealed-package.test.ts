// The sealed hand-over and deposit packages (docs/package-format.md § 9, decision 0046):
// the standard age tool opens what the application writes with the printed passphrase;
// on the buyer's side a wrong passphrase is refused in French and nothing is opened or
// written; a cut sealed file is refused as damaged.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFolder } from '../../../electron/editions/paths';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { ExportedPackage, MainHandlers } from '../../../shared/ipc/contract';
import { describeError } from '../../../shared/errors';
import { isSealedPackage, openSealedPackage } from '../../../shared/package/sealed-package';
import { verifyPackage } from '../../../shared/package/verify';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition, journalBytes } from '../../fixtures/package';
import { TEST_SCRYPT_WORK_FACTOR } from '../../fixtures/sealed-package';

let work: string;
const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';

function handlers(dataFolder: string, choices: { saveFolder?: string; packageFile?: string } = {}): MainHandlers {
  return createHandlers({
    version: 'test',
    shell: 'harness',
    dataFolder,
    chooseFolder: async () => null,
    chooseSavePath: async (name) => (choices.saveFolder ? join(choices.saveFolder, name) : null),
    choosePackageFile: async () => choices.packageFile ?? null,
    packageScryptWorkFactor: TEST_SCRYPT_WORK_FACTOR,
  });
}

async function exported(purpose: 'handover' | 'deposit'): Promise<ExportedPackage> {
  const seller = join(work, 'seller');
  await mkdir(archiveFolder(seller, registerId), { recursive: true });
  await writeFile(join(archiveFolder(seller, registerId), EDITION_NAME), EDITION_BYTES);
  const saveFolder = join(work, 'sent');
  await mkdir(saveFolder, { recursive: true });
  const answer = await handlers(seller, { saveFolder })['package:export']({ registerId, journal: journalBytes(events), purpose });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
}

/**
 * `age -d` reads a passphrase from the terminal only, never from a pipe; `script` (util-linux)
 * gives it a pseudo-terminal whose input is this pipe. No identity file is needed.
 */
function ageDecrypt(sealedPath: string, out: string, passphrase: string): void {
  execFileSync('script', ['-qec', `age -d -o '${out}' '${sealedPath}'`, '/dev/null'], {
    input: `${passphrase}\n`,
    stdio: ['pipe', 'ignore', 'ignore'],
    timeout: 30_000,
  });
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-sealed-package-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a sealed package', () => {
  it.each(['handover', 'deposit'] as const)('%s: is an age file the standard age tool opens with the printed passphrase', async (purpose) => {
    const sent = await exported(purpose);
    const sealed = await readFile(sent.path);
    expect(isSealedPackage(sealed)).toBe(true);
    // Nothing of the register is readable in the file: not the establishment, not the edition.
    expect(sealed.includes(Buffer.from('manifest.json'))).toBe(false);
    expect(sealed.includes(Buffer.from(EDITION_NAME))).toBe(false);
    const out = join(work, 'dossier.zip');
    ageDecrypt(sent.path, out, sent.passphrase);
    const verdict = verifyPackage(await readFile(out));
    if (!verdict.ok) throw new Error(describeError(verdict.error));
    expect(verdict.value.fingerprint).toBe(sent.fingerprint);
    expect(verdict.value.manifest.kind).toBe(purpose);
  });

  it('writes the passphrase sheet in the data folder, never beside the package', async () => {
    const sent = await exported('handover');
    expect(sent.passphraseSheetPath.startsWith(join(work, 'seller'))).toBe(true);
    expect((await readdir(join(work, 'sent'))).every((name) => !name.includes('phrase'))).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', sent.passphraseSheetPath, '-']).toString();
    expect(text).toContain(sent.passphrase);
    expect(text).toContain(sent.fingerprint);
    expect(text).toContain('age -d -o');
  });

  it('is refused on the buyer side with a wrong passphrase, in French, nothing opened or written, then opens with the right one', async () => {
    const sent = await exported('handover');
    const buyerData = join(work, 'buyer');
    const buyer = handlers(buyerData, { packageFile: sent.path });
    expect(await buyer['package:open'](null)).toMatchObject({ ok: false, error: { code: 'package.passphraseNeeded' } });
    const wrong = await buyer['package:open']({ passphrase: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012' });
    expect(wrong).toEqual({ ok: false, error: { code: 'package.wrongPassphrase' } });
    if (!wrong.ok) expect(describeError(wrong.error)).toMatch(/^Cette phrase de passe n’ouvre pas ce dossier\u202f: rien n’a été lu ni écrit\./);
    expect(await buyer['package:open']({ passphrase: 'pas une phrase' })).toEqual({ ok: false, error: { code: 'package.passphraseMalformed' } });
    // Nothing is half-opened: no token to import from, nothing in the buyer's data folder.
    expect(await buyer['package:readEvents']({ token: 'any', cursor: 0, limit: 10 })).toEqual({ ok: false, error: { code: 'package.expired' } });
    expect(await readdir(buyerData).catch(() => [])).toEqual([]);
    const opened = await buyer['package:open']({ passphrase: sent.passphrase });
    expect(opened).toMatchObject({ ok: true, value: { registerId, fingerprint: sent.fingerprint } });
  });

  it('is refused as damaged when the sealed file was cut or altered', async () => {
    const sent = await exported('handover');
    const sealed = await readFile(sent.path);
    const cut = sealed.subarray(0, sealed.length - 10);
    expect(await openSealedPackage(cut, sent.passphrase)).toEqual({ ok: false, error: { code: 'package.sealedDamaged' } });
    const altered = Buffer.from(sealed);
    altered[altered.length - 100] = altered[altered.length - 100]! ^ 1;
    expect(await openSealedPackage(altered, sent.passphrase)).toEqual({ ok: false, error: { code: 'package.sealedDamaged' } });
  });
});

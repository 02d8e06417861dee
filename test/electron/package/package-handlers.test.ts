import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { archiveFolder } from '../../../electron/editions/paths';
import { verifyPackage } from '../../../shared/package/verify';
import type { MainHandlers } from '../../../shared/ipc/contract';
import { EDITION_BYTES, EDITION_NAME, eventsWithEdition, journalBytes, sentJournal } from '../../fixtures/package';
import { TEST_SCRYPT_WORK_FACTOR, unsealedZip } from '../../fixtures/sealed-package';

let work: string;
const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';

/**
 * The main process's clock, held at the start of this minute: two packages made one after
 * the other get the same name (its minute) even when the wall clock turns a minute between them.
 */
const THIS_MINUTE = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1_000);

function handlers(dataFolder: string, options: { saveFolder?: string; packageFile?: string; reserve?: string; opened?: string[] } = {}): MainHandlers {
  return createHandlers({
    openPath: async (path) => {
      options.opened?.push(path);
      return '';
    },
    version: 'test',
    shell: 'harness',
    dataFolder,
    chooseFolder: async () => options.reserve ?? null,
    chooseSavePath: async (name) => (options.saveFolder ? join(options.saveFolder, name) : null),
    choosePackageFile: async () => options.packageFile ?? null,
    now: () => THIS_MINUTE,
    packageScryptWorkFactor: TEST_SCRYPT_WORK_FACTOR,
  });
}

async function sellerWithEdition(): Promise<string> {
  const data = join(work, 'seller');
  await mkdir(archiveFolder(data, registerId), { recursive: true });
  await writeFile(join(archiveFolder(data, registerId), EDITION_NAME), EDITION_BYTES);
  return data;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-package-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('package handlers', () => {
  it('exports a package the buyer verifies, imports page by page and whose editions it archives', async () => {
    const saveFolder = join(work, 'key');
    await mkdir(saveFolder);
    const viewer: string[] = [];
    const seller = handlers(await sellerWithEdition(), { saveFolder, opened: viewer });
    expect(await seller['package:openDischarge'](null)).toMatchObject({ ok: false });
    const exported = await seller['package:export']({ registerId, journal: journalBytes(events), purpose: 'handover' });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    expect(await seller['package:openDischarge'](null)).toEqual({ ok: true, value: null });
    expect(viewer).toEqual([exported.value.dischargePath]);
    expect((await readdir(saveFolder)).sort()).toEqual(
      [exported.value.path, exported.value.dischargePath].map((path) => path.slice(saveFolder.length + 1)).sort(),
    );
    expect(exported.value.path).toMatch(/dossier-reprise_REG-2026-001_\d{8}-\d{4}\.zip\.age$/);
    const zip = await unsealedZip(exported.value.path, exported.value.passphrase);
    const verdict = verifyPackage(zip);
    expect(verdict.ok && verdict.value.fingerprint).toBe(exported.value.fingerprint);
    const technical = new TextDecoder().decode(unzipSync(zip)['technique/journal-technique.jsonl']);
    expect(
      technical
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).event),
    ).toEqual(['package.created', 'journal.verified', 'reserve.status', 'edition.carried']);

    // The décharge, as a person sees it.
    const pdf = exported.value.dischargePath;
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(pdfText).toContain('Décharge de remise du registre des stupéfiants');
    expect(pdfText).toContain(exported.value.fingerprint);
    // Each part's hash on the décharge (the layout itself: test/shared/editions/discharge-pdf.test.ts).
    expect(pdfText).toContain(createHash('sha256').update(EDITION_BYTES).digest('hex'));
    // The sealed file's own hash, checkable without the passphrase; never the passphrase.
    expect(pdfText).toContain(
      createHash('sha256')
        .update(await readFile(exported.value.path))
        .digest('hex'),
    );
    expect(pdfText).not.toContain(exported.value.passphrase);
    await mkdir(join(process.cwd(), 'test-results', 'screens'), { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(process.cwd(), 'test-results', 'screens', 'package-decharge')]);

    const buyerData = join(work, 'buyer');
    const buyer = handlers(buyerData, { packageFile: exported.value.path });
    expect(await buyer['package:open'](null)).toEqual({
      ok: false,
      error: { code: 'package.passphraseNeeded', params: { fileName: exported.value.path.slice(saveFolder.length + 1) } },
    });
    const opened = await buyer['package:open']({ passphrase: exported.value.passphrase.toLowerCase().replace(/-/g, ' ') });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value).toMatchObject({ registerId, head: { seq: 5, hash: events[4]!.hash }, editions: 1, fingerprint: exported.value.fingerprint });
    const first = await buyer['package:readEvents']({ token: opened.value.token, cursor: 0, limit: 3 });
    const second = await buyer['package:readEvents']({ token: opened.value.token, cursor: 3, limit: 3 });
    expect(first.ok && first.value).toMatchObject({ nextCursor: 3, done: false });
    expect(second.ok && second.value.events.map((event) => event.seq)).toEqual([4, 5]);
    expect(second.ok && second.value.done).toBe(true);
    expect(await buyer['package:installEditions']({ token: opened.value.token })).toEqual({ ok: true, value: { installed: 1, alreadyThere: 0 } });
    expect(await readFile(join(archiveFolder(buyerData, registerId), EDITION_NAME))).toEqual(Buffer.from(EDITION_BYTES));
  });

  it('writes the deposit package for the authority at a closure, with its receipt', async () => {
    const saveFolder = join(work, 'depot');
    await mkdir(saveFolder);
    const exported = await handlers(await sellerWithEdition(), { saveFolder })['package:export']({
      registerId,
      journal: journalBytes(events),
      purpose: 'deposit',
    });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    expect(exported.value.path).toMatch(/dossier-depot_REG-2026-001_\d{8}-\d{4}\.zip\.age$/);
    const verdict = verifyPackage(await unsealedZip(exported.value.path, exported.value.passphrase));
    expect(verdict.ok && verdict.value.manifest.kind).toBe('deposit');
    const text = execFileSync('pdftotext', ['-layout', exported.value.dischargePath, '-']).toString();
    expect(text).toContain('Récépissé de dépôt du registre des stupéfiants');
    expect(text).toMatch(/Pour l’ARS, qui reçoit/);
    expect(text).toContain(exported.value.fingerprint);
  });

  it('refuses to export when an archived edition no longer has its recorded hash, and writes nothing', async () => {
    const saveFolder = join(work, 'key');
    await mkdir(saveFolder);
    const data = await sellerWithEdition();
    await writeFile(join(archiveFolder(data, registerId), EDITION_NAME), 'altérée');
    const answer = await handlers(data, { saveFolder })['package:export']({ registerId, journal: journalBytes(events), purpose: 'handover' });
    expect(answer).toEqual({ ok: false, error: { code: 'edition.altered', params: { fileName: EDITION_NAME } } });
    expect(await readdir(saveFolder)).toEqual([]);
  });

  it('refuses a journal from the window that is not intact, and never writes over a file', async () => {
    const saveFolder = join(work, 'key');
    await mkdir(saveFolder);
    const seller = handlers(await sellerWithEdition(), { saveFolder });
    const altered = new TextEncoder().encode(new TextDecoder().decode(journalBytes(events)).replace('"quantity":30000', '"quantity":300000'));
    expect(await seller['package:export']({ registerId, journal: altered, purpose: 'handover' })).toEqual({
      ok: false,
      error: { code: 'package.journalDisagrees', params: { line: '3' } },
    });
    const once = await seller['package:export']({ registerId, journal: journalBytes(events), purpose: 'handover' });
    const twice = await seller['package:export']({ registerId, journal: journalBytes(events), purpose: 'handover' });
    expect(once.ok).toBe(true);
    // Same minute, same name: refused rather than replaced.
    expect(twice).toMatchObject({ ok: false, error: { code: 'package.exists' } });
  });

  it('writes a yearly archive once, copies it to the reserve, and lists it re-verified', async () => {
    const reserve = join(work, 'reserve');
    await mkdir(reserve);
    const data = await sellerWithEdition();
    const main = handlers(data, { reserve });
    await main['reserve:chooseFolder'](null);
    const created = await main['archive:create']({
      registerId,
      year: 2026,
      journal: await sentJournal(main, registerId, journalBytes(events)),
      automatic: true,
    });
    expect(created).toMatchObject({ ok: true, value: { fileName: `2026_archive-annuelle_${registerId}.zip`, year: 2026, problem: null, onReserve: true } });
    expect(
      await main['archive:create']({ registerId, year: 2026, journal: await sentJournal(main, registerId, journalBytes(events)), automatic: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'package.exists' },
    });
    expect(
      await main['archive:create']({ registerId, year: 2025, journal: await sentJournal(main, registerId, journalBytes(events)), automatic: true }),
    ).toEqual({
      ok: false,
      error: { code: 'archive.noEvents', params: { year: '2025' } },
    });
    expect(await readdir(join(reserve, `${registerId}.archives`))).toEqual([`2026_archive-annuelle_${registerId}.zip`]);
    const archive = join(data, 'archives', registerId, `2026_archive-annuelle_${registerId}.zip`);
    const bytes = await readFile(archive);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 1;
    await writeFile(archive, bytes);
    const listed = await main['archive:list']({ registerId });
    expect(listed.ok && listed.value.archives.map((entry) => [entry.fileName, entry.problem?.code ?? null, entry.onReserve])).toEqual([
      [`2026_archive-annuelle_${registerId}.zip`, expect.stringMatching(/^package\./), false],
    ]);
  });
  it('says an archive damaged when one of its bytes changed since the last listing, and sound again once restored', async () => {
    const data = await sellerWithEdition();
    const main = handlers(data);
    const created = await main['archive:create']({
      registerId,
      year: 2026,
      journal: await sentJournal(main, registerId, journalBytes(events)),
      automatic: true,
    });
    expect(created).toMatchObject({ ok: true, value: { problem: null } });
    const name = `2026_archive-annuelle_${registerId}.zip`;
    const verdicts = async () => {
      const listed = await main['archive:list']({ registerId });
      return listed.ok ? listed.value.archives.map((entry) => [entry.fileName, entry.year, entry.problem?.code ?? null]) : listed;
    };
    expect(await verdicts()).toEqual([[name, 2026, null]]);
    expect(await verdicts()).toEqual([[name, 2026, null]]);

    // One byte changed, the size the same: the listing that follows says it, and the next one still does.
    const archive = join(data, 'archives', registerId, name);
    const sound = await readFile(archive);
    const damaged = Uint8Array.from(sound);
    damaged[damaged.length - 200] = damaged[damaged.length - 200]! ^ 1;
    await writeFile(archive, damaged);
    expect(await verdicts()).toEqual([[name, 2026, expect.stringMatching(/^package\./)]]);
    expect(await verdicts()).toEqual([[name, 2026, expect.stringMatching(/^package\./)]]);

    await writeFile(archive, sound);
    expect(await verdicts()).toEqual([[name, 2026, null]]);
  });
});

import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { serializeLine } from '../../../shared/journal/line';
import { MANIFEST_PATH, journalPartPath, TECHNICAL_LOG_PATH, editionPartPath } from '../../../shared/package/manifest';
import { PACKAGE_LIMITS, type PackageLimits } from '../../../shared/package/limits';
import { verifyPackage } from '../../../shared/package/verify';
import { sha256Hex } from '../../../shared/package/digest';
import { EDITION_BYTES, EDITION_NAME, entryDataRange, eventsWithEdition, handoverPackage, renamed, rezip, withByteChanged } from '../../fixtures/package';

const events = eventsWithEdition();
const registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
const JOURNAL = journalPartPath(registerId);
const EDITION = editionPartPath(EDITION_NAME);

function refusal(bytes: Uint8Array) {
  const verdict = verifyPackage(bytes);
  if (verdict.ok) throw new Error('Dossier accepté à tort');
  return verdict.error;
}

function entriesOf(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

describe('verifyPackage', () => {
  it('accepts an intact package and gives back its journal, editions and fingerprint', () => {
    const built = handoverPackage(events);
    const verdict = verifyPackage(built.zip);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.fingerprint).toBe(built.fingerprint);
    expect(verdict.value.fingerprint).toBe(sha256Hex(entriesOf(built.zip)[MANIFEST_PATH]!));
    expect(verdict.value.events.map((event) => event.hash)).toEqual(events.map((event) => event.hash));
    expect(verdict.value.journal).toMatchObject({ lastSeq: 5, headHash: events[4]!.hash });
    expect(verdict.value.editions).toEqual([{ fileName: EDITION_NAME, bytes: EDITION_BYTES, sha256: sha256Hex(EDITION_BYTES), recordedBy: 5 }]);
    expect(verdict.value.manifest.parts.map((part) => part.path)).toEqual([JOURNAL, EDITION, TECHNICAL_LOG_PATH]);
  });

  it.each([MANIFEST_PATH, JOURNAL, EDITION, TECHNICAL_LOG_PATH])('refuses one byte changed inside %s, naming it', (path) => {
    const { zip } = handoverPackage(events);
    const { start, end } = entryDataRange(zip, path);
    for (const offset of [start, Math.floor((start + end) / 2), end - 1]) {
      const error = refusal(withByteChanged(zip, offset));
      expect(describeError(error)).toContain(path === MANIFEST_PATH ? 'manifest.json' : `«\u202f${path}\u202f»`);
    }
  });

  it('refuses one byte changed in any place of the ZIP', () => {
    const { zip } = handoverPackage(events);
    // Dates and version fields of the ZIP envelope are not part of any content (docs/package-format.md).
    let refused = 0;
    for (let offset = 0; offset < zip.length; offset += 1) if (!verifyPackage(withByteChanged(zip, offset)).ok) refused += 1;
    expect(refused / zip.length).toBeGreaterThan(0.9);
  });

  it('refuses a truncated package', () => {
    const { zip } = handoverPackage(events);
    for (const length of [zip.length - 1, zip.length - 30, Math.floor(zip.length / 2), 10, 0]) {
      expect(refusal(zip.subarray(0, length)).code).toBe('package.notZip');
    }
  });

  it('names a part listed in the manifest but missing', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    delete entries[EDITION];
    expect(refusal(rezip(entries))).toEqual({ code: 'package.partMissing', params: { path: EDITION } });
  });

  it('names a part present but not listed', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    entries['editions/ajout.pdf'] = strToU8('%PDF-1.4 ajoutée');
    expect(refusal(rezip(entries))).toEqual({ code: 'package.partUnlisted', params: { path: 'editions/ajout.pdf' } });
  });

  it('refuses a package without a manifest, or with an invalid one', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as Record<string, unknown>;
    const without = { ...entries };
    delete without[MANIFEST_PATH];
    expect(refusal(rezip(without)).code).toBe('package.manifestMissing');
    const bad = refusal(rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, registerId: '../x' })) }));
    expect(bad).toEqual({ code: 'package.manifestInvalid', params: { detail: 'champ « registerId » invalide' } });
  });

  it('refuses a hand-over that does not start at n° 1, and a yearly archive without its year', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as Record<string, unknown>;
    const rewritten = (change: Record<string, unknown>) => rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, ...change })) });
    expect(refusal(rewritten({ after: { seq: 1, hash: events[0]!.hash } }))).toEqual({
      code: 'package.manifestInvalid',
      params: { detail: 'un dossier de reprise ou de dépôt commence au n° 1' },
    });
    expect(refusal(rewritten({ kind: 'yearly' }))).toEqual({ code: 'package.manifestInvalid', params: { detail: 'l’année de l’archive manque' } });
  });

  it('refuses a manifest whose head is not the journal’s', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as { head: { seq: number; hash: string } };
    manifest.head = { seq: 4, hash: events[3]!.hash };
    expect(refusal(rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify(manifest)) }))).toEqual({
      code: 'package.headMismatch',
      params: { manifest: '4', journal: '5' },
    });
  });

  it('names the journal’s line when the journal was altered and the ZIP rebuilt', () => {
    const entries = entriesOf(handoverPackage(events).zip);
    const altered = strFromU8(entries[JOURNAL]!).replace('"quantity":30000', '"quantity":300000');
    const error = refusal(rezip({ ...entries, [JOURNAL]: strToU8(altered) }));
    expect(error).toEqual({ code: 'package.journalBroken', params: { path: JOURNAL, line: '3', seq: '3', reason: expect.stringContaining('modifiée') } });
    expect(describeError(error)).toContain(`le journal «\u202f${JOURNAL}\u202f» est altéré à la ligne 3 (n° d’ordre 3)`);
  });

  it('refuses an edition replaced with the manifest rewritten to match: the journal recorded another hash', () => {
    const other = strToU8('%PDF-1.4 une autre édition');
    const parts = handoverPackage(events).manifest.parts;
    const forged = handoverPackage(events, [
      { path: JOURNAL, role: 'journal', bytes: strToU8(events.map(serializeLine).join('')) },
      { path: EDITION, role: 'edition', bytes: other },
      { path: TECHNICAL_LOG_PATH, role: 'technical', bytes: strToU8('{}\n') },
    ]);
    expect(parts).toHaveLength(3);
    expect(refusal(forged.zip)).toEqual({ code: 'package.editionMismatch', params: { fileName: EDITION_NAME, seq: '5' } });
  });

  it('refuses an edition recorded by the journal but left out of the package', () => {
    const forged = handoverPackage(events, [{ path: JOURNAL, role: 'journal', bytes: strToU8(events.map(serializeLine).join('')) }]);
    expect(refusal(forged.zip)).toEqual({ code: 'package.editionMissing', params: { fileName: EDITION_NAME, seq: '5' } });
  });

  it('refuses duplicate names and names that would leave the folder', () => {
    const base = { [MANIFEST_PATH]: strToU8('{}'), 'editions/a.pdf': strToU8('a'), 'editions/b.pdf': strToU8('b'), 'xx/evil.txt': strToU8('x') };
    expect(refusal(renamed(rezip(base), 'editions/b.pdf', 'editions/a.pdf'))).toEqual({ code: 'package.duplicateName', params: { path: 'editions/a.pdf' } });
    expect(refusal(renamed(rezip(base), 'xx/evil.txt', '../evil.txt'))).toEqual({ code: 'package.unsafeName', params: { path: '../evil.txt' } });
    expect(refusal(renamed(rezip(base), 'xx/evil.txt', '/x/evil.txt'))).toEqual({ code: 'package.unsafeName', params: { path: '/x/evil.txt' } });
  });

  it('refuses beyond its limits before inflating anything', () => {
    const { zip } = handoverPackage(events);
    const limits = (change: Partial<Record<keyof PackageLimits, number>>) => ({ ...PACKAGE_LIMITS, ...change }) as PackageLimits;
    expect(verifyPackage(zip, limits({ maxPackageBytes: zip.length - 1 }))).toMatchObject({ ok: false, error: { code: 'package.tooLarge' } });
    expect(verifyPackage(zip, limits({ maxEntries: 3 }))).toMatchObject({ ok: false, error: { code: 'package.tooManyEntries' } });
    expect(verifyPackage(zip, limits({ maxUncompressedBytes: 1000 }))).toMatchObject({ ok: false, error: { code: 'package.uncompressedTooLarge' } });
  });

  it('refuses a manifest or a journal of a newer format, saying so rather than calling it altered', () => {
    const { zip } = handoverPackage(events);
    const entries = entriesOf(zip);
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_PATH]!)) as Record<string, unknown>;
    const newerManifest = refusal(rezip({ ...entries, [MANIFEST_PATH]: strToU8(JSON.stringify({ ...manifest, format: 2, somethingNew: true })) }));
    expect(newerManifest).toEqual({ code: 'package.newerFormat', params: { path: MANIFEST_PATH, format: '2', known: '1' } });
    expect(describeError(newerManifest)).toContain('plus récent que le format 1');
    const journal = strToU8(strFromU8(entries[JOURNAL]!).replace('"format":1', '"format":4'));
    const parts = (manifest.parts as { path: string; size: number; sha256: string }[]).map((part) =>
      part.path === JOURNAL ? { ...part, size: journal.length, sha256: sha256Hex(journal) } : part,
    );
    const rewritten = strToU8(JSON.stringify({ ...manifest, parts }));
    expect(refusal(rezip({ ...entries, [MANIFEST_PATH]: rewritten, [JOURNAL]: journal }))).toEqual({
      code: 'package.newerFormat',
      params: { path: JOURNAL, format: '4', known: '3' },
    });
  });
});

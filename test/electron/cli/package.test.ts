import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { describeError } from '../../../shared/errors';
import { verifyPackage } from '../../../shared/package/verify';
import { buildPackage } from '../../../shared/package/build';
import { TODAY } from '../../fixtures/drafts';
import { entryDataRange, eventsWithEdition, handoverPackage, handoverParts, withByteChanged } from '../../fixtures/package';
import { plain, tempFolder } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

function writePackage(bytes: Uint8Array, name = 'dossier-reprise.zip'): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, bytes);
  return path;
}

const events = eventsWithEdition();

describe('verify <package>', () => {
  it('accepts an intact package and prints its fingerprint', async () => {
    const built = handoverPackage(events);
    const path = writePackage(built.zip);
    const io = captured();
    expect(await runCli(['verify', path], io)).toBe(EXIT_OK);
    expect(io.stderr).toEqual([]);
    const text = io.stdout.join('\n');
    expect(text).toContain(`Dossier intègre : ${path}`);
    expect(text).toContain('Nature : dossier de reprise (tout le registre)');
    expect(text).toContain('Parties : 4 fichiers, manifeste compris, dont 1 édition');
    expect(text).toContain(`Empreinte de tête : ${events[4]!.hash}`);
    expect(text).toContain(`Empreinte du dossier (SHA-256 de manifest.json) : ${built.fingerprint}`);
  });

  it('recognises a package by its signature whatever its name', async () => {
    const io = captured();
    expect(await runCli(['verify', writePackage(handoverPackage(events).zip, 'copie.bin')], io)).toBe(EXIT_OK);
    expect(io.stdout.join('\n')).toContain('Dossier intègre');
  });

  it('refuses a package with one byte changed, with the application’s own verdict naming the part', async () => {
    const { zip } = handoverPackage(events);
    const edition = handoverParts(events)[1]!.path;
    const { start } = entryDataRange(zip, edition);
    const altered = withByteChanged(zip, start + 3);
    const path = writePackage(altered);
    const io = captured();
    expect(await runCli(['verify', path], io)).toBe(EXIT_BROKEN);
    const verdict = verifyPackage(altered);
    expect(verdict.ok).toBe(false);
    // The application's wording, after the file's name.
    expect(plain(describeError(verdict.ok ? null! : verdict.error))).toBe(
      `Dossier refusé : la partie « ${edition} » a été modifiée : sa taille ou son empreinte SHA-256 ne correspond plus au manifeste.`,
    );
    expect(io.stderr.join('\n')).toBe(
      `Dossier refusé : ${path}\nLa partie « ${edition} » a été modifiée : sa taille ou son empreinte SHA-256 ne correspond plus au manifeste.`,
    );
  });

  it('refuses a truncated package', async () => {
    const { zip } = handoverPackage(events);
    const io = captured();
    expect(await runCli(['verify', writePackage(zip.subarray(0, zip.length - 10))], io)).toBe(EXIT_BROKEN);
    expect(io.stderr.join('\n')).toContain('Ce n’est pas une archive ZIP complète');
  });

  it('says a missing package file cannot be read', async () => {
    const io = captured();
    expect(await runCli(['verify', join(tempFolder(), 'absent.zip')], io)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toContain('fichier introuvable');
  });
});

describe('editions <package>', () => {
  it('regenerates the editions from the package’s journal', async () => {
    const out = join(tempFolder(), 'pdf');
    const io = captured();
    expect(await runCli(['editions', writePackage(handoverPackage(events).zip), '--out', out], io)).toBe(EXIT_OK);
    expect(readdirSync(out).some((name) => name.includes('registre-tous-produits'))).toBe(true);
    expect(io.stdout.join('\n')).toContain('Registre : REG-2026-001');
  });

  it('refuses an altered package and writes nothing', async () => {
    const { zip } = handoverPackage(events);
    const out = join(tempFolder(), 'pdf');
    const io = captured();
    expect(await runCli(['editions', writePackage(zip.subarray(0, 100)), '--out', out], io)).toBe(EXIT_BROKEN);
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses a yearly slice, which lacks the opening', async () => {
    const tail = events.slice(2);
    const before = events[1]!;
    const parts = handoverParts(events).map((part) =>
      part.role === 'journal' ? { ...part, bytes: new TextEncoder().encode(new TextDecoder().decode(part.bytes).split('\n').slice(2).join('\n')) } : part,
    );
    const first = handoverPackage(events).manifest;
    const slice = buildPackage({ ...first, kind: 'yearly', year: 2026, after: { seq: before.seq, hash: before.hash } }, parts);
    expect(verifyPackage(slice.zip).ok).toBe(true);
    expect(tail).toHaveLength(3);
    const io = captured();
    expect(await runCli(['editions', writePackage(slice.zip), '--out', join(tempFolder(), 'pdf')], io)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toContain('ne contient qu’une partie du journal');
  });
});

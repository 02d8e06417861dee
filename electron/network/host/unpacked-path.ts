// In the packaged app the modules live inside resources/app.asar, an archive that only
// Electron's own file functions can read. The operating system cannot start a program from
// it (`spawn` fails with ENOTDIR; Electron patches `execFile` alone, and then runs a lone
// copy in a temporary folder, without the libraries beside it). The bundled PostgreSQL is
// therefore taken out of the archive at packaging (`asarUnpack`, build/electron-builder.yml)
// into resources/app.asar.unpacked, at the same relative place: a path the module resolver
// gives inside the archive is turned into that real one before anything runs from it.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The same path in `app.asar.unpacked` when it goes through `app.asar`; any other path as it is. */
export function unpackedPath(path: string): string {
  // One whole segment named app.asar, followed by a separator (either, Windows' included) or the end.
  return path.replace(/(^|[\\/])app\.asar(?=[\\/]|$)/u, '$1app.asar.unpacked');
}

/**
 * Imports a package from its real files: resolved from `from` (the importing module's URL)
 * as Node would, then taken from `app.asar.unpacked` when packaged. Every import the package
 * makes in turn then resolves outside the archive too, so its dependencies must be unpacked
 * with it (the test of the packaged app checks the list).
 */
export async function importUnpacked<Module>(specifier: string, from: string): Promise<Module> {
  const entry = unpackedPath(createRequire(from).resolve(specifier));
  return (await import(pathToFileURL(entry).href)) as Module;
}

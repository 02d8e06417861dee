// The DejaVu fonts every edition embeds, read at run time from the dejavu-fonts-ttf
// package. Two places are looked at, in order:
//   1. dejavu-fonts-ttf/ beside the running script: scripts/build.mjs copies the two files
//      (and the licence) next to dist/electron/cli.mjs, so the built folder runs alone;
//   2. the package as Node resolves it from the script (node_modules), for `npm run cli`
//      through tsx and for a bundle whose copy was removed.
// In the bundle, import.meta.url is the bundle's own file URL (see scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, type EditionFonts } from '../../../shared/editions/pdf/fonts';

export const FONT_PACKAGE = 'dejavu-fonts-ttf';

/** The fonts could not be found or read in any of the places looked at. */
export class MissingFontsError extends Error {
  constructor(readonly places: readonly string[]) {
    super(`Polices introuvables : ${places.join(', ')}`);
    this.name = 'MissingFontsError';
  }
}

/** The package folders to try, beside the script first. */
export function fontFolders(scriptUrl: string = import.meta.url): string[] {
  const folders = [join(dirname(fileURLToPath(scriptUrl)), FONT_PACKAGE)];
  try {
    folders.push(dirname(createRequire(scriptUrl).resolve(`${FONT_PACKAGE}/package.json`)));
  } catch {
    // Not installed where Node looks: only the copy beside the script remains.
  }
  return folders;
}

function readFrom(folder: string): EditionFonts | null {
  try {
    return { regular: readFileSync(join(folder, FONT_FILES.regular)), bold: readFileSync(join(folder, FONT_FILES.bold)) };
  } catch {
    return null;
  }
}

export function loadEditionFonts(folders: readonly string[] = fontFolders()): EditionFonts {
  for (const folder of folders) {
    const fonts = readFrom(folder);
    if (fonts) return fonts;
  }
  throw new MissingFontsError(folders.map((folder) => join(folder, FONT_FILES.regular)));
}

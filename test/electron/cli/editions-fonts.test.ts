// Where `editions` finds the DejaVu fonts: beside the running script first (the copy
// scripts/build-cli.mjs puts next to dist/electron/cli.mjs), then the dejavu-fonts-ttf package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fontFolders, loadEditionFonts, MissingFontsError } from '../../../electron/cli/common/edition-fonts';
import { FONT_FILES } from '../../../shared/editions/pdf/fonts';
import { tempFolder } from './journal-files';

const PACKAGE = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));

describe('edition fonts of the command line', () => {
  it('looks beside the script, then in the package Node resolves from it', () => {
    const script = join(tempFolder(), 'cli.mjs');
    expect(fontFolders(pathToFileURL(script).href)).toEqual([join(dirname(script), 'dejavu-fonts-ttf')]);
    const fromRepository = fontFolders(pathToFileURL(join(dirname(PACKAGE), '..', 'dist', 'electron', 'cli.mjs')).href);
    expect(fromRepository).toEqual([join(dirname(PACKAGE), '..', 'dist', 'electron', 'dejavu-fonts-ttf'), PACKAGE]);
  });

  it('reads the condensed regular and bold faces from the first folder that has them', () => {
    const copy = join(tempFolder(), 'dejavu-fonts-ttf');
    mkdirSync(join(copy, 'ttf'), { recursive: true });
    writeFileSync(join(copy, FONT_FILES.regular), 'regular');
    writeFileSync(join(copy, FONT_FILES.bold), 'bold');
    const fonts = loadEditionFonts([join(tempFolder(), 'absent'), copy, PACKAGE]);
    expect(Buffer.from(fonts.regular).toString()).toBe('regular');
    expect(Buffer.from(fonts.bold).toString()).toBe('bold');
    expect(Buffer.from(loadEditionFonts([PACKAGE]).regular).equals(readFileSync(join(PACKAGE, FONT_FILES.regular)))).toBe(true);
  });

  it('names the places it looked when the fonts are nowhere', () => {
    const absent = join(tempFolder(), 'absent');
    expect(() => loadEditionFonts([absent])).toThrow(MissingFontsError);
    try {
      loadEditionFonts([absent]);
    } catch (error) {
      expect((error as MissingFontsError).places).toEqual([join(absent, FONT_FILES.regular)]);
    }
  });
});

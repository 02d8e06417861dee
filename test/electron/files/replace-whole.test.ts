import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceWhole } from '../../../electron/files/replace-whole';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'registre-replace-whole-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('replaceWhole', () => {
  it('creates the file, then replaces it whole, leaving no temporary file beside it', async () => {
    const path = join(folder, 'reglages.json');
    await replaceWhole(path, bytes('{"a":1}'));
    await replaceWhole(path, bytes('{"a":2}'));
    expect(await readFile(path, 'utf8')).toBe('{"a":2}');
    expect(await readdir(folder)).toEqual(['reglages.json']);
  });

  it('takes its temporary file back when the name cannot be replaced', async () => {
    // A folder holding a file occupies the name: the rename fails, nothing is left beside it.
    const path = join(folder, 'reglages.json');
    await mkdir(path);
    await writeFile(join(path, 'dedans'), 'x');
    await expect(replaceWhole(path, bytes('après'))).rejects.toHaveProperty('code');
    expect(await readdir(folder)).toEqual(['reglages.json']);
    expect(await readFile(join(path, 'dedans'), 'utf8')).toBe('x');
  });
});

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNewFiles } from '../../../electron/files/write-new-files';

let root: string;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-write-new-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeNewFiles', () => {
  it('writes every file when none exists', async () => {
    const files = [
      { path: join(root, 'a.pdf'), bytes: bytes('A') },
      { path: join(root, 'b.pdf'), bytes: bytes('B') },
    ];
    expect(await writeNewFiles(files, null)).toEqual({ ok: true });
    expect(await readFile(join(root, 'b.pdf'), 'utf8')).toBe('B');
  });

  it('never replaces a file, takes back what it wrote, and removes the folder it created', async () => {
    const out = join(root, 'editions');
    await mkdir(out);
    await writeFile(join(out, 'b.pdf'), 'déjà là');
    const files = [
      { path: join(out, 'a.pdf'), bytes: bytes('A') },
      { path: join(out, 'b.pdf'), bytes: bytes('B') },
    ];
    expect(await writeNewFiles(files, null)).toEqual({ ok: false, path: join(out, 'b.pdf'), code: 'EEXIST' });
    expect(await readdir(out)).toEqual(['b.pdf']);
    expect(await readFile(join(out, 'b.pdf'), 'utf8')).toBe('déjà là');
  });

  it('removes a folder it created when a write fails', async () => {
    const out = join(root, 'new');
    await mkdir(out);
    const files = [
      { path: join(out, 'a.pdf'), bytes: bytes('A') },
      { path: join(out, 'missing', 'b.pdf'), bytes: bytes('B') },
    ];
    expect(await writeNewFiles(files, out)).toMatchObject({ ok: false, code: 'ENOENT' });
    expect(await readdir(root)).toEqual([]);
  });
});

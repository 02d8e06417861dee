import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyOnce, createOnce } from '../../../electron/files/write-once';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'registre-write-once-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createOnce', () => {
  it('creates a file and answers what it read back', async () => {
    const created = await createOnce(join(folder, 'a.pdf'), bytes('abc'));
    expect(created.state).toBe('written');
    expect(created.state === 'written' && created.onDisk.toString()).toBe('abc');
  });

  it('never writes over an existing file', async () => {
    await writeFile(join(folder, 'a.pdf'), 'avant');
    expect(await createOnce(join(folder, 'a.pdf'), bytes('après'))).toEqual({ state: 'exists' });
    expect(await readFile(join(folder, 'a.pdf'), 'utf8')).toBe('avant');
  });

  it('throws when the folder is not there', async () => {
    await expect(createOnce(join(folder, 'absent', 'a.pdf'), bytes('x'))).rejects.toThrow();
  });
});

describe('copyOnce', () => {
  it('copies, recognises its own copy, and reports a different file without touching it', async () => {
    const path = join(folder, 'a.pdf');
    expect(await copyOnce(path, bytes('x'))).toBe('copied');
    expect(await copyOnce(path, bytes('x'))).toBe('alreadyThere');
    expect(await copyOnce(path, bytes('y'))).toBe('different');
    expect(await readFile(path, 'utf8')).toBe('x');
  });
});

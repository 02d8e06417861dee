import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitOffset } from '../../../electron/files/journal-split';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'registre-split-')), 'registre.journal.jsonl');
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('splitOffset', () => {
  it('cuts just after the first line break at or after the share of the bytes', async () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd\n';
    expect(await splitOffset(file(text), 0.5, 0)).toBe(text.indexOf('c'));
    expect(await splitOffset(file(text), 0.45, 0)).toBe(text.indexOf('c'));
    expect(await splitOffset(file(text), 0, 0)).toBe(text.indexOf('b'));
  });

  it('cuts after the "\\n" of a "\\r\\n", never between them', async () => {
    const text = 'aaaa\r\nbbbb\r\ncccc\r\n';
    const offset = await splitOffset(file(text), 0.3, 0);
    expect(offset).toBe(text.indexOf('b'));
  });

  it('counts bytes, not characters: a cut never falls inside a character', async () => {
    const text = 'l’été\nl’hiver\nprintemps\n';
    const offset = (await splitOffset(file(text), 0.5, 0))!;
    expect(Buffer.from(text).subarray(offset).toString('utf8')).toBe('printemps\n');
  });

  it('does not cut a journal smaller than the threshold, nor one with no line break after the share', async () => {
    expect(await splitOffset(file('aaaa\nbbbb\n'), 0.5)).toBeNull();
    expect(await splitOffset(file('aaaa\nbbbbbbbbbbbbbbbbbbbb'), 0.5, 0)).toBeNull();
    // The only line break after the share is the file's last byte: nothing left for a second part.
    expect(await splitOffset(file('aaaa\nbbbbbbbbbbbbbbbbbbbb\n'), 0.5, 0)).toBeNull();
    expect(await splitOffset(file(''), 0.5, 0)).toBeNull();
  });
});

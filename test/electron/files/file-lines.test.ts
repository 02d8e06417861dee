// The journal reader's lines (electron/files/file-lines.ts) must be the ones Node's
// readline gives, whatever the block size: a damaged journal is named at the same line.
import { createReadStream } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { fileLines } from '../../../electron/files/file-lines';

const folder = mkdtempSync(join(tmpdir(), 'file-lines-'));
let files = 0;

function fileOf(content: string | Buffer): string {
  files += 1;
  const path = join(folder, `f${files}.txt`);
  writeFileSync(path, content);
  return path;
}

async function lines(path: string, end?: number, block?: number): Promise<string[]> {
  const all: string[] = [];
  for await (const run of fileLines(path, end, block)) all.push(...run);
  return all;
}

async function byReadline(path: string, end?: number): Promise<string[]> {
  const all: string[] = [];
  const input = createReadStream(path, { encoding: 'utf8', ...(end === undefined ? {} : { end: end - 1 }) });
  for await (const line of createInterface({ input, crlfDelay: Infinity })) all.push(line);
  return all;
}

const CASES: Record<string, string> = {
  'plain lines': '{"a":1}\n{"b":2}\n',
  'no final line break': '{"a":1}\n{"b":2}',
  'Windows line breaks': '{"a":1}\r\n{"b":2}\r\n',
  'a lone carriage return inside a line': '{"a":1,\r"b":2}\n{"c":3}\n',
  'blank lines, and several at the end': 'un\n\ndeux\n\n\n',
  'a carriage return before a carriage return and line feed': 'a\r\r\nb\n',
  'a last line ending with a carriage return': 'a\nb\r',
  'accented text and a character beyond the basic plane': 'éàü «𝄞»\nmédicament\n',
  empty: '',
};

describe('fileLines', () => {
  for (const [name, content] of Object.entries(CASES)) {
    it(`cuts ${name} as readline does, at every block size`, async () => {
      const path = fileOf(content);
      const expected = await byReadline(path);
      for (const block of [1, 2, 3, 5, 1 << 20]) expect(await lines(path, undefined, block)).toEqual(expected);
    });
  }

  it('reads only the bytes before the given end', async () => {
    const path = fileOf('{"a":1}\n{"b":2}\n{"c":');
    expect(await lines(path, 16, 4)).toEqual(await byReadline(path, 16));
    expect(await lines(path, 16, 4)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('turns a byte that is not UTF-8 into U+FFFD, as a stream decoder does', async () => {
    const path = fileOf(Buffer.from([0x61, 0xff, 0x62, 0x0a, 0x63, 0x0a]));
    expect(await lines(path, undefined, 2)).toEqual(['a\ufffdb', 'c']);
    expect(await lines(path)).toEqual(await byReadline(path));
  });

  it('fails on a missing file', async () => {
    await expect(lines(join(folder, 'absent.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

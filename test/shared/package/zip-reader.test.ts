// The reader of untrusted ZIPs refuses a decompression bomb at once: by its declared
// ratio before inflating anything, and by a running count when it lies about its size.
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateExactly } from '../../../shared/package/bounded-inflate';
import { readZip } from '../../../shared/package/zip-reader';

/** 64 MB of zeros deflate to about 64 KB: a ratio of a thousand to one. */
const BOMB_BYTES = 64 * 1024 * 1024;
const zeros = deflateSync(new Uint8Array(BOMB_BYTES));
const bomb = zipSync({ 'journal.jsonl': new Uint8Array(BOMB_BYTES) }, { level: 9 });

/** Offsets of a one-entry ZIP written by fflate (no comment, no extra field). */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const nameLength = view.getUint16(26, true);
  view.setUint32(22, size, true); // local header
  const central = view.getUint32(copy.length - 22 + 16, true);
  view.setUint32(central + 24, size, true); // central directory
  expect(nameLength).toBeGreaterThan(0);
  return copy;
}

describe('readZip on a decompression bomb', () => {
  it('refuses a part whose declared size is a thousand times its compressed size, before inflating it', () => {
    const zip = bomb;
    expect(zip.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(readZip(zip)).toEqual({ ok: false, error: { code: 'package.compressionRatio', params: { path: 'journal.jsonl', ratio: '200' } } });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops inflating a part that lies about its size as soon as it passes it', () => {
    const zip = withDeclaredSize(bomb, 1000);
    const started = performance.now();
    expect(readZip(zip)).toEqual({ ok: false, error: { code: 'package.partDamaged', params: { path: 'journal.jsonl' } } });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('inflateExactly', () => {
  it('gives the bytes when the stream holds exactly the limit', () => {
    const text = new TextEncoder().encode('{"seq":1}\n'.repeat(1000));
    expect(inflateExactly(deflateSync(text), text.length)).toEqual(text);
  });

  it('refuses a stream shorter or longer than the limit, and a damaged one', () => {
    expect(inflateExactly(zeros, BOMB_BYTES + 1)).toBeNull();
    expect(inflateExactly(zeros, 10)).toBeNull();
    expect(inflateExactly(Uint8Array.of(0xff, 0xff, 0xff), 10)).toBeNull();
  });
});

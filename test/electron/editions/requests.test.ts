import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MAX_EDITION_BYTES, requestSchemas } from '../../../shared/ipc/requests';
import { refusal } from '../../fixtures/result';
import { pdf, REGISTER_ID, useEditionsMain } from './temp-main';

const main = useEditionsMain();
const SHA256 = 'a'.repeat(64);

describe('edition requests', () => {
  it.each(['../x.pdf', 'a/b.pdf', 'a\\b.pdf', '/etc/x.pdf', '.cache.pdf', 'x.PDF', 'x.pdf.exe', 'x', '', `${'a'.repeat(200)}.pdf`])(
    'refuses the file name %j before any handler runs',
    async (fileName) => {
      expect(requestSchemas['edition:archive'].safeParse({ registerId: REGISTER_ID, fileName, bytes: pdf('x') }).success).toBe(false);
      expect(requestSchemas['edition:open'].safeParse({ registerId: REGISTER_ID, fileName, sha256: SHA256 }).success).toBe(false);
      expect(refusal(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName, bytes: pdf('x') })).code).toBe('ipc.badRequest');
      expect(refusal(await main.api['edition:saveAs']({ registerId: REGISTER_ID, fileName, sha256: SHA256 })).code).toBe('ipc.badRequest');
      await expect(readdir(main.root)).resolves.toEqual(['usb']);
    },
  );

  it('refuses a register id that would leave the editions folder', async () => {
    for (const registerId of ['..', '../x', 'a/b']) {
      expect(refusal(await main.api['edition:archive']({ registerId, fileName: 'x.pdf', bytes: pdf('x') })).code).toBe('ipc.badRequest');
    }
    await expect(readdir(main.root)).resolves.toEqual(['usb']);
  });

  it('refuses an empty or over-large edition, and bytes that are not a Uint8Array', async () => {
    const tooLarge = new Uint8Array(MAX_EDITION_BYTES + 1);
    expect(refusal(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: 'x.pdf', bytes: tooLarge })).code).toBe('ipc.badRequest');
    expect(refusal(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: 'x.pdf', bytes: new Uint8Array(0) })).code).toBe('ipc.badRequest');
    const indexes = { 0: 37, 1: 80 } as unknown as Uint8Array; // what a JSON-only transport would deliver
    expect(refusal(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: 'x.pdf', bytes: indexes })).code).toBe('ipc.badRequest');
    await expect(readdir(main.root)).resolves.toEqual(['usb']);
  });

  it('refuses a hash that is not 64 lowercase hexadecimal digits', () => {
    for (const sha256 of ['A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64)]) {
      expect(requestSchemas['edition:open'].safeParse({ registerId: REGISTER_ID, fileName: 'x.pdf', sha256 }).success).toBe(false);
    }
  });
});

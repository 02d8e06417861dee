// With the reserve encrypted (decision 0043), an edition reaches the reserve medium only
// as an age file for the reserve's recipient: never in clear, opened to the very bytes.
import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { loadLocalKey, saveLocalKey } from '../../../electron/sealing/key-store';
import { createKeyPair } from '../../../electron/sealing/reserve-key';
import { accepted } from '../../fixtures/result';
import { pdf, REGISTER_ID, useEditionsMain } from './temp-main';

const main = useEditionsMain();
const NAME = '2026-03_registre_P2-morphine_20260310-0930.pdf';

describe('editions on an encrypted reserve', () => {
  it('are copied sealed, open to their bytes, and are not copied twice', async () => {
    const pair = await createKeyPair();
    await saveLocalKey(main.dataFolder, pair.identity, new Uint8Array([1])); // the sealed copy is not read here
    accepted(await main.api['reserve:chooseFolder'](null));
    const bytes = pdf('Jean Dupont, 3 rue des Forges');
    expect(accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes })).onReserve).toBe(true);
    const folder = dirname(main.reservePath(NAME));
    expect(await readdir(folder)).toEqual([`${NAME}.age`]);
    const sealed = await readFile(`${main.reservePath(NAME)}.age`);
    expect(sealed.toString('latin1')).not.toContain('Dupont');
    const decrypter = new Decrypter();
    decrypter.addIdentity((await loadLocalKey(main.dataFolder))!.identity);
    expect(Buffer.from(await decrypter.decrypt(sealed)).equals(Buffer.from(bytes))).toBe(true);
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 0, missing: 0, conflicts: [] });
    expect(await readdir(folder)).toEqual([`${NAME}.age`]);
  });
});

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccessStore } from '../../../electron/access/access-store';
import { CODE_SCRYPT, codeMatches, hashCode } from '../../../electron/access/code-hash';
import { normalizedRecoveryCode } from '../../../electron/access/recovery-code';
import { appError, describeError } from '../../../shared/errors';
import { err } from '../../../shared/result';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER = 'REG-2026-001';
const HOLDER = '10001234567';
const PREPARATEUR = '20000000001';

function setUp() {
  const folder = mkdtempSync(join(tmpdir(), 'acces-'));
  let instant = Date.parse('2026-03-10T09:00:00.000Z');
  const clock = { advance: (seconds: number) => (instant += seconds * 1000) };
  return { folder, clock, store: createAccessStore(folder, () => new Date(instant)) };
}

async function withTeam() {
  const context = setUp();
  const { recoveryCode } = accepted(await context.store.setUpHolder(REGISTER, HOLDER, '482913'));
  accepted(await context.store.setOwnCode(REGISTER, PREPARATEUR, '739164'));
  return { ...context, recoveryCode };
}

describe('the hash of a personal code', () => {
  it('is scrypt with memory-hard parameters, salted, and recognises only its code', async () => {
    const stored = await hashCode('482913');
    expect(stored.params).toEqual({ N: 32768, r: 8, p: 1 });
    expect(128 * CODE_SCRYPT.N * CODE_SCRYPT.r).toBe(32 * 1024 * 1024);
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeMatches('482913', stored)).toBe(true);
    expect(await codeMatches('482914', stored)).toBe(false);
    expect((await hashCode('482913')).hash).not.toBe(stored.hash);
  });
});

describe('the access store', () => {
  it('keeps only hashes, in the data folder, and opens a session with the right code only', async () => {
    const { folder, store } = await withTeam();
    accepted(await store.open(REGISTER, HOLDER, '482913'));
    accepted(await store.open(REGISTER, PREPARATEUR, '739164'));
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '482913'))).toMatchObject({ code: 'access.wrongCode' });
    expect(readdirSync(join(folder, 'acces'))).toEqual([`${REGISTER}.json`]);
    const text = readFileSync(join(folder, 'acces', `${REGISTER}.json`), 'utf8');
    expect(text).not.toContain('482913');
    expect(text).not.toContain('739164');
    expect(await store.status(REGISTER)).toEqual({ holder: HOLDER, withCode: [HOLDER, PREPARATEUR], recoveries: 0 });
  });

  it('refuses a weak code and a second set-up', async () => {
    const { store } = setUp();
    expect(refusal(await store.setUpHolder(REGISTER, HOLDER, '1234'))).toMatchObject({ code: 'access.codeTooShort' });
    accepted(await store.setUpHolder(REGISTER, HOLDER, '482913'));
    expect(refusal(await store.setUpHolder(REGISTER, '999', '482913'))).toMatchObject({ code: 'access.codeExists' });
    expect(refusal(await store.setOwnCode(REGISTER, HOLDER, '555123'))).toMatchObject({ code: 'access.codeExists' });
  });

  it('says who has no code yet', async () => {
    const { store } = await withTeam();
    expect(refusal(await store.open(REGISTER, '30000000000', '482913'))).toMatchObject({ code: 'access.noCode' });
  });

  it('makes a person wait after five wrong codes, longer after each further one, in French', async () => {
    const { store, clock } = await withTeam();
    const counts: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) counts.push(refusal(await store.open(REGISTER, PREPARATEUR, '000001')).params?.count);
    expect(counts).toEqual(['4', '3', '2', '1']);
    const fifth = refusal(await store.open(REGISTER, PREPARATEUR, '000001'));
    expect(fifth).toMatchObject({ code: 'access.wait', params: { delay: '30 secondes' } });
    expect(describeError(fifth)).toContain('attendez 30');
    // Even the right code waits its turn.
    clock.advance(10);
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '739164'))).toMatchObject({ code: 'access.wait', params: { delay: '20 secondes' } });
    clock.advance(21);
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '000001'))).toMatchObject({ code: 'access.wait', params: { delay: '1 minute' } });
    clock.advance(61);
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '000001'))).toMatchObject({ code: 'access.wait', params: { delay: '2 minutes' } });
    clock.advance(121);
    accepted(await store.open(REGISTER, PREPARATEUR, '739164'));
    // A right code starts the count again.
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '000001'))).toMatchObject({ code: 'access.wrongCode', params: { count: '4' } });
  });

  it('lets the holder reset another person’s code with their own, who then chooses a new one', async () => {
    const { store } = await withTeam();
    expect(refusal(await store.reset(REGISTER, '000001', PREPARATEUR))).toMatchObject({ code: 'access.wrongCode' });
    accepted(await store.open(REGISTER, PREPARATEUR, '739164'));
    accepted(await store.reset(REGISTER, '482913', PREPARATEUR));
    expect(refusal(await store.open(REGISTER, PREPARATEUR, '739164'))).toMatchObject({ code: 'access.noCode' });
    accepted(await store.setOwnCode(REGISTER, PREPARATEUR, '615243'));
    accepted(await store.open(REGISTER, PREPARATEUR, '615243'));
    expect(refusal(await store.reset(REGISTER, '482913', HOLDER))).toMatchObject({ code: 'access.notHolder' });
  });

  it('replaces a lost holder code with the recovery code, once, records the use, and issues a new recovery code', async () => {
    const { store, recoveryCode } = await withTeam();
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(refusal(await store.recover(REGISTER, 'AAAA-BBBB-CCCC-DDDD-EEEE', '846291'))).toMatchObject({ code: 'access.wrongRecovery' });
    // Typed in lower case with spaces, as read off the sheet.
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    const { recoveryCode: next } = accepted(await store.recover(REGISTER, typed, '846291'));
    expect(normalizedRecoveryCode(next)).not.toBe(normalizedRecoveryCode(recoveryCode));
    accepted(await store.open(REGISTER, HOLDER, '846291'));
    expect(refusal(await store.open(REGISTER, HOLDER, '482913'))).toMatchObject({ code: 'access.wrongCode' });
    expect(refusal(await store.recover(REGISTER, recoveryCode, '111222333'))).toMatchObject({ code: 'access.wrongRecovery' });
    expect((await store.status(REGISTER)).recoveries).toBe(1);
  });

  it('asks its question only once the recovery code is right, and changes nothing when it is refused', async () => {
    const { store, recoveryCode } = await withTeam();
    const asked: string[] = [];
    const cancel = async () => {
      asked.push('où enregistrer la feuille ?');
      return err(appError('access.cancelled'));
    };
    expect(refusal(await store.recover(REGISTER, 'AAAA-BBBB-CCCC-DDDD-EEEE', '846291', cancel))).toMatchObject({ code: 'access.wrongRecovery' });
    expect(asked).toEqual([]);
    expect(refusal(await store.recover(REGISTER, recoveryCode, '846291', cancel))).toMatchObject({ code: 'access.cancelled' });
    expect(asked).toHaveLength(1);
    // The old code still opens, the printed recovery code is not spent, and no use is recorded.
    accepted(await store.open(REGISTER, HOLDER, '482913'));
    expect((await store.status(REGISTER)).recoveries).toBe(0);
    accepted(await store.recover(REGISTER, recoveryCode, '846291'));
  });
});

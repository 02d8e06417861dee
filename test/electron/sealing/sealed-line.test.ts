// A sealed line: the clear part gives the head without the key; the key gives back the
// very line of the clear journal, and refuses a changed byte or a line moved elsewhere.
import { describe, expect, it } from 'vitest';
import { createKeyPair, createReserveKey, SCRYPT_WORK_FACTOR, unlockReserveKey } from '../../../electron/sealing/reserve-key';
import { createLineOpener, parseSealedLine, sealedLineHead, sealLines, SealedLineError } from '../../../electron/sealing/sealed-line';
import { serializeLine } from '../../../shared/journal/line';
import { sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const FIXED = { random: () => Uint8Array.from({ length: 16 }, (_, index) => index + 1), scryptWorkFactor: 10 };

describe('sealed lines', () => {
  it('hide the event and give back its exact clear line with the key', async () => {
    const key = await createKeyPair();
    const events = sealedSlice();
    const text = await sealLines(events, key.recipient);
    const lines = text.split('\n').slice(0, -1);
    expect(lines).toHaveLength(4);
    expect(text).not.toContain('Dupont');
    const opening = events[0]!;
    expect(text).not.toContain(opening.type === 'register.opened' ? opening.establishment.name : '?');
    const open = createLineOpener(key.identity);
    for (const [index, line] of lines.entries()) {
      expect(sealedLineHead(line)).toEqual({ seq: events[index]!.seq, hash: events[index]!.hash });
      const opened = await open(parseSealedLine(line)!);
      expect(opened.text).toBe(serializeLine(events[index]!));
    }
  });

  it('read as torn when cut anywhere, and refuse a changed byte or a swapped clear part', async () => {
    const key = await createKeyPair();
    const [line] = (await sealLines(sealedSlice().slice(0, 1), key.recipient)).split('\n');
    for (const cut of [5, 70, 90, line!.length - 3]) expect(parseSealedLine(line!.slice(0, cut))).toBeNull();
    const open = createLineOpener(key.identity);
    const parsed = parseSealedLine(line!)!;
    const flipped = Uint8Array.from(parsed.sealed);
    flipped[flipped.length - 20]! ^= 1;
    await expect(open({ ...parsed, sealed: flipped })).rejects.toMatchObject({ reason: 'key' });
    await expect(open({ ...parsed, seq: 2 })).rejects.toBeInstanceOf(SealedLineError);
    const other = await createKeyPair();
    await expect(createLineOpener(other.identity)(parsed)).rejects.toMatchObject({ reason: 'key' });
  });
});

describe('the reserve key', () => {
  it('opens with its recovery code, typed loosely, and is refused with another in French', async () => {
    const key = await createReserveKey(FIXED);
    expect(Buffer.from(key.sealedIdentity).toString('utf8')).toContain('age-encryption.org/v1\n-> scrypt');
    const unlocked = accepted(await unlockReserveKey(key.sealedIdentity, key.recoveryCode.toLowerCase().replace(/-/g, ' ')));
    expect(unlocked).toEqual({ identity: key.identity, recipient: key.recipient });
    const wrongCode = key.recoveryCode.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
    expect(refusal(await unlockReserveKey(key.sealedIdentity, wrongCode)).code).toBe('sealing.wrongCode');
    expect(refusal(await unlockReserveKey(key.sealedIdentity, '1234')).code).toBe('sealing.codeMalformed');
    expect(refusal(await unlockReserveKey(Buffer.from('pas une clé'), key.recoveryCode)).code).toBe('sealing.keyDamaged');
  });

  it('says a key file damaged after its header is damaged, not that the right code is wrong', async () => {
    const key = await createReserveKey(FIXED);
    const damaged = Uint8Array.from(key.sealedIdentity);
    // A bit of the sealed identity itself: the code opens the header, the payload's tag fails.
    damaged[damaged.length - 3]! ^= 1;
    expect(refusal(await unlockReserveKey(damaged, key.recoveryCode)).code).toBe('sealing.keyDamaged');
  });

  it('is sealed at age’s own scrypt cost unless told otherwise', async () => {
    const key = await createReserveKey();
    expect(Buffer.from(key.sealedIdentity).toString('utf8')).toMatch(new RegExp(`^age-encryption\\.org/v1\n-> scrypt \\S+ ${SCRYPT_WORK_FACTOR}\n`));
  }, 60_000);
});

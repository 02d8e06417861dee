// readByteLine (shared/journal/byte-line.ts): a line handed as its bytes gives the event
// its decoded text gives, or hands that text back to be read as text.
import { describe, expect, it } from 'vitest';
import { readByteLine, type ByteText } from '../../../shared/journal/byte-line';
import { serializeLine } from '../../../shared/journal/line';
import { sealedSlice } from '../../fixtures/events';
import { sealEvent, type UnsealedEvent } from '../../../shared/register/seal';
import { createHash } from 'node:crypto';

const byteText: ByteText = {
  decode: (bytes) => Buffer.from(bytes, 'latin1').toString('utf8'),
  sha256: (bytes) => createHash('sha256').update(bytes, 'latin1').digest('hex'),
};

/** The bytes of a text's UTF-8, one character each, as the command line reads a journal. */
function bytesOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The slice's dispensation, sealed again with these members. */
function lineWith(members: Record<string, unknown>): string {
  const { hash: _hash, ...unsealed } = sealedSlice()[3]!;
  const event = sealEvent({ ...unsealed, ...members } as UnsealedEvent);
  return serializeLine(event).slice(0, -1);
}

describe('readByteLine', () => {
  it('gives the decoded line’s event, its hash taken over the bytes read', () => {
    const text = lineWith({ patient: 'Hélène Lefèvre-Ançay 𝄞' });
    const read = readByteLine(bytesOf(text), byteText, true);
    expect(read).toEqual({ ok: true, event: JSON.parse(text), hashHolds: true, ascii: false });
  });

  it('decodes the strings of arrays, and of objects within them', () => {
    const text = lineWith({ annexe: ['Hélène', ['Noël', { lot: 'Épinal' }], 3] });
    expect(readByteLine(bytesOf(text), byteText, true)).toEqual({ ok: true, event: JSON.parse(text), hashHolds: true, ascii: false });
  });

  it('says so when a line needed nothing decoded: its bytes are its text', () => {
    const text = lineWith({ patient: 'Jean Dupont' });
    expect(readByteLine(text, byteText, false)).toMatchObject({ ok: true, ascii: true });
  });

  it('leaves the hash to the reader when its host hashes no bytes, or when not asked', () => {
    const text = lineWith({ patient: 'Hélène' });
    const decodeOnly: ByteText = { decode: byteText.decode };
    expect(readByteLine(bytesOf(text), decodeOnly, true)).toEqual({ ok: true, event: JSON.parse(text), hashHolds: null, ascii: false });
    expect(readByteLine(bytesOf(text), byteText, false)).toMatchObject({ ok: true, hashHolds: null });
  });

  it('finds an altered accent as a wrong hash', () => {
    const text = lineWith({ patient: 'Hélène' }).replace('Hélène', 'Hèlène');
    expect(readByteLine(bytesOf(text), byteText, true)).toMatchObject({ ok: true, hashHolds: false });
  });

  it.each([
    ['a \\u escape', lineWith({ patient: 'Hélène' }).replace('é', '\\u00e9')],
    ['a member name beyond ASCII', lineWith({ annexe: { clé: 1 } })],
    ['a member named __proto__', lineWith({ annexe: JSON.parse('{"__proto__":"é"}') as unknown })],
    ['a value nested deeper than any event', lineWith({ annexe: JSON.parse('['.repeat(40) + '"é"' + ']'.repeat(40)) as unknown })],
    ['a line that is not JSON', 'réserve'],
    ['a blank line', '  '],
  ])('hands back the decoded text of %s, to be read as text', (_name, text) => {
    expect(readByteLine(bytesOf(text), byteText, true)).toEqual({ ok: false, text });
  });
});

// The fingerprint as typed from the sheet: groups, colons or nothing between the
// characters, either case; anything but 64 hexadecimal characters is not a fingerprint.
import { describe, expect, it } from 'vitest';
import { printedFingerprint, readFingerprint } from '../../../shared/network/certificate-fingerprint';

const NODE_FORM = '13:53:10:59:5E:A1:16:EA:A7:C4:FB:5A:A6:CA:7D:7F:92:1F:6F:C3:D1:70:74:6B:33:F6:2D:31:F7:A6:3C:70';
const PRINTED = '1353 1059 5EA1 16EA A7C4 FB5A A6CA 7D7F 921F 6FC3 D170 746B 33F6 2D31 F7A6 3C70';

describe('the certificate fingerprint of the sheet', () => {
  it('prints in sixteen groups of four and reads back as typed, pasted or in lower case', () => {
    expect(printedFingerprint(NODE_FORM)).toBe(PRINTED);
    expect(readFingerprint(PRINTED)).toBe(NODE_FORM);
    expect(readFingerprint(NODE_FORM.toLowerCase())).toBe(NODE_FORM);
    expect(readFingerprint(` ${PRINTED.replace(/ /g, '-')}\n`)).toBe(NODE_FORM);
  });

  it('is refused when a character is missing, extra or not hexadecimal', () => {
    expect(readFingerprint(PRINTED.slice(1))).toBeNull();
    expect(readFingerprint(`${PRINTED}0`)).toBeNull();
    expect(readFingerprint(PRINTED.replace('5EA1', '5EG1'))).toBeNull();
    expect(readFingerprint('')).toBeNull();
  });
});

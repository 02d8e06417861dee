import { describe, expect, it } from 'vitest';
import { HELD_SCAN_KEEP_MS, heldScans } from '../../../shared/scan/held-scan';

const BOX = '3400930039946';
const OTHER_BOX = '3400935955838';

describe('heldScans', () => {
  it('hands a scan to the screen it was held for, as it was typed', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    expect(scans.take('entries', 1_800)).toBe(BOX);
  });

  it('hands a scan over once only', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    expect(scans.take('entries', 1_100)).toBe(BOX);
    expect(scans.take('entries', 1_200)).toBeNull();
  });

  it('keeps only the last scan', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    scans.hold('entries', OTHER_BOX, 1_200);
    expect(scans.take('entries', 1_300)).toBe(OTHER_BOX);
    expect(scans.take('entries', 1_400)).toBeNull();
  });

  it('keeps a scan for a few seconds, not longer', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    expect(scans.take('entries', 1_000 + HELD_SCAN_KEEP_MS)).toBe(BOX);
    scans.hold('entries', BOX, 1_000);
    expect(scans.take('entries', 1_000 + HELD_SCAN_KEEP_MS + 1)).toBeNull();
  });

  it('forgets a scan that was too old when asked for, even if asked again at once', () => {
    const scans = heldScans<string>(100);
    scans.hold('exits', BOX, 0);
    expect(scans.take('exits', 500)).toBeNull();
    expect(scans.take('exits', 0)).toBeNull();
  });

  it('never hands a scan to another screen, and forgets it once another screen asks', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    expect(scans.take('exits', 1_100)).toBeNull();
    expect(scans.take('entries', 1_200)).toBeNull();
  });

  it('forgets the scan when dropped', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 1_000);
    scans.drop();
    expect(scans.take('entries', 1_100)).toBeNull();
  });

  it('takes no scan that was held after the moment of asking', () => {
    const scans = heldScans<string>();
    scans.hold('entries', BOX, 2_000);
    expect(scans.take('entries', 1_000)).toBeNull();
  });
});

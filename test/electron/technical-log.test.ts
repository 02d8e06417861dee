import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { technicalLog, TECHNICAL_LOG_FILE } from '../../electron/technical-log';

describe('the technical log', () => {
  it('keeps the English detail of an unexpected error under its reference, in the data folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'technical-log-'));
    const log = technicalLog(folder, () => new Date('2026-03-10T09:00:00.000Z'));
    log('ipc reserve:append', new TypeError("Cannot read properties of undefined (reading 'seq')"), 'K7Q2MX');
    log('ipc app:getInfo', new RangeError('Invalid array length'), 'P3ZZ9A');
    const lines = readFileSync(join(folder, TECHNICAL_LOG_FILE), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ at: '2026-03-10T09:00:00.000Z', reference: 'K7Q2MX', where: 'ipc reserve:append' });
    expect(lines[0].detail).toContain("TypeError: Cannot read properties of undefined (reading 'seq')");
    expect(lines[1]).toMatchObject({ reference: 'P3ZZ9A' });
  });

  it('never throws when the log cannot be written: the person still gets the French message', () => {
    const log = technicalLog(join(tmpdir(), 'missing-folder-', String(Math.random()), 'deeper'), () => new Date());
    expect(() => log('ipc app:getInfo', new Error('x'), 'K7Q2MX')).not.toThrow();
  });
});

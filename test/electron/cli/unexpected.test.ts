import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFailure } from '../../../electron/cli/common/unexpected';
import { TECHNICAL_LOG_FILE } from '../../../electron/technical-log';

describe('an unexpected failure of the command line', () => {
  it('prints French and a reference, and keeps the English detail in the technical log', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-log-'));
    const text = cliFailure(new TypeError("Cannot read properties of undefined (reading 'quantity')"), 'editions', folder);
    expect(text).toMatch(/^Erreur inattendue de l’application \(référence [A-Z2-9]{6}\)/);
    expect(text).toContain(join(folder, TECHNICAL_LOG_FILE));
    expect(text).not.toContain('Cannot read');
    const reference = /référence ([A-Z2-9]{6})/.exec(text)?.[1];
    const line = JSON.parse(readFileSync(join(folder, TECHNICAL_LOG_FILE), 'utf8').trim());
    expect(line).toMatchObject({ reference, where: 'cli editions' });
    expect(line.detail).toContain("Cannot read properties of undefined (reading 'quantity')");
  });

  it('words a disk failure by its errno code', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-log-'));
    const text = cliFailure(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 'import', folder);
    expect(text).toBe('Lecture ou écriture impossible sur le disque ou le support\u202f: support plein (ENOSPC).');
  });
});

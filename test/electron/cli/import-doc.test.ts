// docs/import-format.md is checked: its examples are the fixtures, they import, and the
// stock it shows is what the stock command prints.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../../electron/cli/commands/import/import-columns';
import { EXIT_OK } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { captured, COMPLETE, csvFile, importInto, readEvents, TAKEOVER, VETERINARY } from './import-files';

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/import-format.md', import.meta.url)), 'utf8');
/** The prose as one line, whatever its wrapping. */
const PROSE = DOC.replace(/\s+/g, ' ');

function blocks(language: string): string[] {
  return [...DOC.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

describe('docs/import-format.md', () => {
  it('gives the officine, veterinary and complete fixtures as its complete examples', () => {
    expect(blocks('csv')).toEqual([readFileSync(TAKEOVER, 'utf8'), readFileSync(VETERINARY, 'utf8'), readFileSync(COMPLETE, 'utf8')]);
  });

  it('has examples that import, with the counts it announces', async () => {
    const [officine, veterinary] = blocks('csv');
    const first = await importInto(csvFile(officine!));
    expect(first.io.stderr).toEqual([]);
    expect(first.code).toBe(EXIT_OK);
    const events = readEvents(first.path);
    expect(events).toHaveLength(11);
    expect(events.filter((event) => 'quantity' in event)).toHaveLength(7);
    expect(PROSE).toContain('un journal de 11 événements, dont 7 mouvements');

    const second = await importInto(csvFile(veterinary!));
    expect(second.io.stderr).toEqual([]);
    expect(second.code).toBe(EXIT_OK);
    expect(readEvents(second.path)).toHaveLength(7);
    expect(PROSE).toContain('un journal de 7 événements, dont 4 mouvements');

    // The complete example names a document beside it: imported from where it stands.
    const third = await importInto(COMPLETE);
    expect(third.io.stderr).toEqual([]);
    expect(third.code).toBe(EXIT_OK);
    expect(readEvents(third.path)).toHaveLength(46);
    expect(PROSE).toContain('Ses 53 lignes d’opération donnent un journal de 46 événements');
  });

  it('shows the stock the command prints for its first example', async () => {
    const { path } = await importInto(TAKEOVER);
    const io = captured();
    expect(await runCli(['stock', path, '--at', '2026-09-30'], io)).toBe(EXIT_OK);
    const [shown] = blocks('text');
    expect(`${io.stdout.join('\n').replace('registre REG-IMPORT', 'registre REPRISE-2026')}\n`).toBe(shown);
  });

  it('lists every column the importer knows in its table', () => {
    for (const header of Object.values(IMPORT_COLUMNS)) expect(DOC).toContain(`| \`${header}\``);
  });
});

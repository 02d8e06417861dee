// The two JARE channels as the window will use them: the main process reads the chosen
// file under limits and keeps it; the window plans the cells with the pure code; the main
// process checks every write against the template, fills a copy and creates it once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJareHandlers } from '../../../electron/jare/jare-handlers';
import { JARE_LIMITS } from '../../../electron/jare/limits';
import { jareRequestSchemas, type ChosenTemplate } from '../../../shared/ipc/jare-requests';
import { fillPlan, type CellWrite } from '../../../shared/jare/fill-plan';
import { fillReport } from '../../../shared/jare/fill-report';
import { matchStatement } from '../../../shared/jare/matching';
import { jareStatement } from '../../shared/jare/jare-statement';
import { jareTemplate } from './template-fixture';

const folder = mkdtempSync(join(tmpdir(), 'registre-jare-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const templatePath = join(folder, 'jare-2026.xlsx');
let chosen: ChosenTemplate;
let writes: CellWrite[];
let saveTo: string | null = null;
const handlers = createJareHandlers({ chooseFile: async () => templatePath, chooseSavePath: async () => saveTo });

beforeAll(async () => {
  writeFileSync(templatePath, await jareTemplate());
  const answer = await handlers['jare:chooseTemplate'](null);
  if (!answer.ok) throw new Error(answer.error.code);
  chosen = answer.value;
  const statement = jareStatement();
  writes = fillPlan(
    statement,
    chosen.summary,
    matchStatement(statement, chosen.summary, { substances: { 'Fentanyl (base)': 'NDS 10002' }, products: {} }),
  ).writes;
});

describe('the JARE channels', () => {
  it('reads the chosen file and says what it holds, keeping its bytes under a token', () => {
    expect(chosen.fileName).toBe('jare-2026.xlsx');
    expect(chosen.summary.S.rows).toHaveLength(5);
    expect(jareRequestSchemas['jare:saveFilled'].safeParse({ token: chosen.token, writes }).success).toBe(true);
  });

  it('saves a filled copy beside the template, never over a file, and the window can report', async () => {
    saveTo = join(folder, 'jare-2026_rempli.xlsx');
    const saved = await handlers['jare:saveFilled']({ token: chosen.token, writes });
    if (!saved.ok) throw new Error(saved.error.code);
    expect(saved.value.skipped).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saveTo) as unknown as ArrayBuffer);
    expect(['F6', 'M6', 'Q6'].map((cell) => workbook.getWorksheet('S')!.getCell(cell).value)).toEqual([1234.567, 5000.001, 6234.566]);
    const statement = jareStatement();
    const matches = matchStatement(statement, chosen.summary, { substances: { 'Fentanyl (base)': 'NDS 10002' }, products: {} });
    expect(fillReport(statement, chosen.summary, matches, fillPlan(statement, chosen.summary, matches), saved.value.skipped).totals).toMatchObject({
      cellsWritten: 22,
      rowsFilled: { S: 1, P: 1 },
    }); // Fentanyl confirmed, Skenan by its GTIN

    const again = await handlers['jare:saveFilled']({ token: chosen.token, writes });
    expect(again).toMatchObject({ ok: false, error: { code: 'jare.exists', params: { fileName: 'jare-2026_rempli.xlsx' } } });
    saveTo = templatePath;
    const overTemplate = await handlers['jare:saveFilled']({ token: chosen.token, writes });
    expect(overTemplate).toMatchObject({ ok: false, error: { code: 'jare.exists' } });
  });

  it.each([
    ['an identification column', { column: 1, letter: 'A' }, 'colonne qui n’est pas à remplir'],
    ['a column no header names', { column: 11, letter: 'K' }, 'colonne qui n’est pas à remplir'],
    ['the header row', { row: 4 }, 'ligne non pré-remplie'],
    ['a row ANSM did not write', { row: 20 }, 'ligne non pré-remplie'],
    ['another sheet', { worksheet: 'D' }, 'feuille inconnue'],
    ['a formula', { value: '=1+1' }, 'pas un nombre décimal exact'],
  ])('refuses a write into %s, writing nothing', async (_, change, why) => {
    saveTo = join(folder, `refus-${Object.keys(change).join()}.xlsx`);
    const answer = await handlers['jare:saveFilled']({ token: chosen.token, writes: [...writes, { ...writes[0]!, ...change }] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'jare.badWrite' } });
    if (!answer.ok) expect(answer.error.params?.why).toContain(why);
    expect(existsSync(saveTo)).toBe(false);
  });

  it('refuses a cell written twice, an unknown token, and says so when the person cancels', async () => {
    saveTo = join(folder, 'twice.xlsx');
    expect(await handlers['jare:saveFilled']({ token: chosen.token, writes: [writes[0]!, writes[0]!] })).toMatchObject({
      ok: false,
      error: { params: { why: 'cellule écrite deux fois' } },
    });
    expect(await handlers['jare:saveFilled']({ token: '00000000-0000-4000-8000-000000000000', writes })).toMatchObject({
      ok: false,
      error: { code: 'jare.templateGone' },
    });
    saveTo = null;
    expect(await handlers['jare:saveFilled']({ token: chosen.token, writes })).toMatchObject({ ok: false, error: { code: 'edition.cancelled' } });
  });

  it('refuses a file over the limit by its size on disk, and a missing one in French', async () => {
    const big = join(folder, 'gros.xlsx');
    writeFileSync(big, new Uint8Array(JARE_LIMITS.fileBytes + 1));
    expect(await createJareHandlers({ chooseFile: async () => big, chooseSavePath: async () => null })['jare:chooseTemplate'](null)).toMatchObject({
      ok: false,
      error: { code: 'jare.tooLarge' },
    });
    expect(
      await createJareHandlers({ chooseFile: async () => join(folder, 'absent.xlsx'), chooseSavePath: async () => null })['jare:chooseTemplate'](null),
    ).toMatchObject({
      ok: false,
      error: { code: 'io.failed', params: { code: 'ENOENT' } },
    });
  });
});

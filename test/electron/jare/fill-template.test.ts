// ANSM's template (the fixture built to the known layout) filled from the 2026 statement,
// then read back as a person would: with exceljs, and with LibreOffice's CSV of every
// sheet. Values in each row's unit, untouched rows, row count, styles, validations,
// formula, merge and protection carried over; the template itself never changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillJareTemplate, type FilledTemplate } from '../../../electron/jare/fill-template';
import { EDITIONS_DIR } from '../../shared/editions/pdf-text';
import { jareStatement } from '../../shared/jare/jare-statement';
import { jareTemplate, P_ROWS, PROTECTION_PASSWORD, S_HEADERS, S_ROWS } from './template-fixture';

const CONFIRMED = {
  substances: { 'Morphine (sulfate)': 'NDS 10001', 'Fentanyl (base)': 'NDS 10002', 'Codéine (phosphate)': 'NDS 10003' },
  products: { P3: 'NDS 90002' },
};

type WithModel = ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation> }; sheetProtection?: Record<string, unknown> };

let template: Uint8Array;
let untouched: Uint8Array;
let filled: FilledTemplate;
let sheets: { S: WithModel; P: WithModel; D: ExcelJS.Worksheet };
let csv: Record<'D' | 'S' | 'P' | 'SF', string[][]>;

beforeAll(async () => {
  template = await jareTemplate();
  untouched = template.slice();
  const result = await fillJareTemplate({ template, statement: jareStatement(), confirmed: CONFIRMED });
  if (!result.ok) throw new Error(result.error.code);
  filled = result.value;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(filled.bytes) as unknown as ArrayBuffer);
  sheets = { S: workbook.getWorksheet('S') as WithModel, P: workbook.getWorksheet('P') as WithModel, D: workbook.getWorksheet('D')! };

  const folder = join(EDITIONS_DIR, 'jare-filled');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'jare-rempli.xlsx'), filled.bytes);
  // Every sheet, UTF-8, comma-separated, formulas computed by LibreOffice.
  execFileSync(
    'libreoffice',
    [
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      folder,
      join(folder, 'jare-rempli.xlsx'),
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const read = (sheet: string): string[][] =>
    readFileSync(join(folder, `jare-rempli-${sheet}.csv`), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) =>
        line
          .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
          .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''))
          .slice(0, -1),
      );
  csv = { D: read('D'), S: read('S'), P: read('P'), SF: read('SF') };
}, 90_000);

describe('filling ANSM’s JARE template', { timeout: 60_000 }, () => {
  it('never changes the template’s bytes', () => {
    expect(template).toEqual(untouched);
  });

  it('writes each figure in the row’s unit: a number when a double holds it exactly, text otherwise', () => {
    const s = sheets.S;
    // Morphine sulfate, mg: 420 on 1/1, 3 680 acquired, 200 to wholesale, 550 to retail, 60 stolen, 3 680 on 31/12.
    expect(['F5', 'G5', 'H5', 'L5', 'M5', 'P5', 'Q5'].map((cell) => s.getCell(cell).value)).toEqual([420, 0, 3680, 200, 550, 60, 3680]);
    // Fentanyl, µg.
    expect(['F6', 'H6', 'M6', 'Q6'].map((cell) => s.getCell(cell).value)).toEqual([1234.567, 10000, 5000.001, 6234.566]);
    // Codeine phosphate, g: more digits than a double holds → exact text.
    expect(s.getCell('F7').value).toBe('123456789.012345678');
    expect(s.getCell('H7').value).toBe(1.5);
    expect(s.getCell('Q7').value).toBe('123456790.512345678');
    // Products in units of intake: Skenan matched by its GTIN-14, Oramorph confirmed.
    expect(['H5', 'J5', 'O5', 'R5', 'S5'].map((cell) => sheets.P.getCell(cell).value)).toEqual([14, 56, 10, 2, 71]);
    expect(['J6', 'N6', 'O6', 'S6'].map((cell) => sheets.P.getCell(cell).value)).toEqual([100, 10, 12.5, 77.5]);
  });

  it('leaves unmatched rows, unknown columns and pre-filled cells as they were; no row added', () => {
    const s = sheets.S;
    for (const row of [8, 9]) for (let column = 6; column <= 17; column += 1) expect(s.getRow(row).getCell(column).value).toBeNull();
    for (const row of [5, 6, 7]) expect(s.getCell(`K${row}`).value).toBeNull();
    S_ROWS.forEach((values, index) =>
      expect(values.filter((value) => value !== '').map(String)).toEqual([1, 2, 4, 5].map((column) => String(s.getRow(5 + index).getCell(column).value))),
    );
    expect(s.getRow(4).values).toEqual([undefined, ...S_HEADERS]);
    expect(s.rowCount).toBe(4 + S_ROWS.length);
    expect(sheets.P.rowCount).toBe(4 + P_ROWS.length);
    expect(sheets.P.getCell('H7').value).toBeNull();
  });

  it('keeps styles, validations, the formula, the merged title and the protection', () => {
    const s = sheets.S;
    expect(s.getCell('A4').font).toMatchObject({ bold: true, color: { argb: 'FF1F3864' } });
    expect(s.getCell('M4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6E0B4' } });
    expect(s.getCell('C4').border).toMatchObject({ bottom: { style: 'thin' } });
    expect(s.getColumn(1).width).toBe(28);
    expect(s.dataValidations.model.E5).toMatchObject({ type: 'list', formulae: ['"µg,mg,g,kg"'] });
    expect(s.dataValidations.model.Q9).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', error: 'Saisissez un nombre positif.' });
    expect(sheets.P.dataValidations.model.S7).toMatchObject({ type: 'decimal' });
    expect(s.getCell('R5').value).toEqual({ formula: 'F5+G5+H5+I5-J5-K5-L5-M5-N5-O5-P5-Q5' });
    expect(s.getCell('A1').isMerged && s.getCell('R1').master.address).toBe('A1');
    expect(s.sheetProtection).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
    expect(s.getCell('F5').protection).toMatchObject({ locked: false });
    expect(PROTECTION_PASSWORD).toBe('ansm');
  });

  it('LibreOffice reads every sheet: values, units, the check formula computed, rows unchanged', () => {
    expect(Object.keys(csv)).toEqual(['D', 'S', 'P', 'SF']);
    expect(csv.S[0]![0]).toBe('Déclaration annuelle 2026 — Substances');
    expect(csv.S[3]).toEqual(S_HEADERS);
    expect(csv.S.slice(4).map((row) => row.join(','))).toEqual([
      'Morphine sulfate,10001,,64-31-3,mg,420,0,3680,0,0,,200,550,0,0,60,3680,-390',
      'Fentanyl,10002,,437-38-7,µg,1234.567,0,10000,0,0,,0,5000.001,0,0,0,6234.566,0',
      'Phosphate de codéine,10003,,52-28-8,g,123456789.012345678,0,1.5,0,0,,0,0,0,0,0,123456790.512345678,0',
      'Oxycodone chlorhydrate,10004,,124-90-3,mg,,,,,,,,,,,,,0',
      'Kétamine,10005,,6740-88-1,mg,,,,,,,,,,,,,0',
    ]);
    expect(csv.P.slice(4).map((row) => row.join(','))).toEqual([
      'SKENAN LP 30 mg, gélule,90001,03400930000001,Morphine sulfate,30,mg,gélule,14,0,56,0,0,,0,10,0,0,2,71',
      'ORAMORPH 20 mg/mL, solution buvable,90002,03400930000002,Morphine sulfate,20,mg,mL,0,0,100,0,0,,10,12.5,0,0,0,77.5',
      'MOSCONTIN LP 10 mg, comprimé,90003,03400930000003,Morphine sulfate,10,mg,comprimé,,,,,,,,,,,',
    ]);
  });

  it('reports what was filled, what was not, and the totals', () => {
    const { report } = filled;
    expect(report.totals).toEqual({ rowsFilled: { S: 3, P: 2 }, cellsWritten: 3 * 11 + 2 * 11, rowsInTemplate: { S: 5, P: 3 }, unmatched: 2, proposals: 1 });
    expect(report.filled.find((write) => write.sheet === 'S' && write.row === 6 && write.letter === 'F')).toMatchObject({
      value: '1234.567',
      unit: 'µg',
      header: 'Stock au 1er jan.',
      itemLabel: 'Fentanyl (base)',
    });
    expect(report.unmatched.map((item) => item.key)).toEqual(['Méthadone (chlorhydrate)', 'P4']);
    expect(report.proposals.map((proposal) => `${proposal.item.key} → ${proposal.candidates.map((candidate) => candidate.rowKey).join()}`)).toEqual([
      'Kétamine (base) → NDS 10005',
    ]);
    expect(report.unrecognised).toEqual([
      {
        sheet: 'S',
        headers: [
          { column: 11, letter: 'K', header: 'Utilisation à d’autres fins (-)' },
          { column: 18, letter: 'R', header: 'Contrôle' },
        ],
      },
      {
        sheet: 'P',
        headers: [
          { column: 4, letter: 'D', header: 'Substance' },
          { column: 5, letter: 'E', header: 'Quantité de substance par unité' },
          { column: 7, letter: 'G', header: 'Unité de compte' },
          { column: 13, letter: 'M', header: 'Utilisation à d’autres fins (-)' },
        ],
      },
    ]);
    expect(report.withoutSubstance).toEqual(['P4']);
  });

  it('keeps a formula or a value already in an operator cell, and says so', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
    workbook.getWorksheet('S')!.getCell('F5').value = { formula: 'Q5', result: 0 } as ExcelJS.CellFormulaValue;
    workbook.getWorksheet('S')!.getCell('M6').value = 7;
    const again = await fillJareTemplate({ template: new Uint8Array(await workbook.xlsx.writeBuffer()), statement: jareStatement(), confirmed: CONFIRMED });
    if (!again.ok) throw new Error(again.error.code);
    expect(again.value.report.skipped.map((skipped) => `${skipped.write.letter}${skipped.write.row} ${skipped.reason} ${skipped.existing}`)).toEqual([
      'F5 formula =Q5',
      'M6 value 7',
    ]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(again.value.bytes) as unknown as ArrayBuffer);
    expect(back.getWorksheet('S')!.getCell('F5').value).toEqual({ formula: 'Q5' });
    expect(back.getWorksheet('S')!.getCell('M6').value).toBe(7);
  });
});

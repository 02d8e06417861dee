// ANSM's file is not made by exceljs. The fixture, enriched with what a real template may
// hold (conditional formatting, a note, a hidden list sheet, a defined name, a hyperlink,
// frozen panes), is saved again by LibreOffice, which writes XML booleans as "true" and
// "false", then filled: what it carried must still be there in the copy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillJareTemplate } from '../../../electron/jare/fill-template';
import { normaliseBooleans } from '../../../electron/jare/xml-booleans';
import { EDITIONS_DIR } from '../../shared/editions/pdf-text';
import { jareStatement } from '../../shared/jare/jare-statement';
import { jareTemplate } from './template-fixture';

const folder = join(EDITIONS_DIR, 'jare-libreoffice');
let saved: Record<string, Uint8Array>;
let filled: Record<string, Uint8Array>;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await jareTemplate()) as unknown as ArrayBuffer);
  const s = workbook.getWorksheet('S')!;
  s.addConditionalFormatting({
    ref: 'F5:Q9',
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [0],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } },
      },
    ],
  });
  s.getCell('A5').note = 'Forme détenue : sulfate';
  s.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
  s.getCell('A11').value = { text: 'Guide ANSM', hyperlink: 'https://ansm.sante.fr/' };
  workbook.definedNames.add('S!$E$5:$E$9', 'Unites');
  workbook.addWorksheet('Listes', { state: 'hidden' }).getCell('A1').value = 'µg';
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'modele.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(folder, 'lo'), join(folder, 'modele.xlsx')], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  const template = new Uint8Array(readFileSync(join(folder, 'lo', 'modele.xlsx')));
  saved = unzipSync(template);
  const result = await fillJareTemplate({
    template,
    statement: jareStatement(),
    confirmed: { substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: { P3: 'NDS 90002' } },
  });
  if (!result.ok) throw new Error(result.error.code);
  writeFileSync(join(folder, 'rempli.xlsx'), result.value.bytes);
  filled = unzipSync(result.value.bytes);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(result.value.bytes) as unknown as ArrayBuffer);
  sheet = back.getWorksheet('S')!;
}, 90_000);

const xml = (parts: Record<string, Uint8Array>, name: string): string => strFromU8(parts[name]!);

describe('a template saved by LibreOffice, filled', { timeout: 60_000 }, () => {
  it('was written with "true"/"false" booleans, as a template not made by exceljs may be', () => {
    expect(xml(saved, 'xl/worksheets/sheet2.xml')).toMatch(/<sheetProtection [^>]*sheet="true"/);
  });

  it('keeps the protection, the unlocked operator cells, validations, merge and conditional formatting', () => {
    const s = xml(filled, 'xl/worksheets/sheet2.xml');
    expect(s).toMatch(/<sheetProtection [^>]*sheet="1"[^>]*algorithmName="SHA-512"/);
    expect(s.match(/<dataValidation /g)).toHaveLength(2);
    expect(s).toContain('<mergeCell ref="A1:R1"/>');
    expect(s).toMatch(/<conditionalFormatting sqref="F5:Q9">/);
    expect(sheet.getCell('F5').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('A5').protection?.locked).not.toBe(false);
  });

  it('keeps the note, the hidden sheet, the defined name and the hyperlink; fills the values', () => {
    expect(JSON.stringify(sheet.getCell('A5').note)).toContain('Forme détenue : sulfate');
    expect(xml(filled, 'xl/workbook.xml')).toMatch(/<sheet [^>]*name="Listes"[^>]*state="hidden"/);
    expect(xml(filled, 'xl/workbook.xml')).toContain('Unites');
    expect(sheet.getCell('A11').value).toMatchObject({ text: 'Guide ANSM', hyperlink: 'https://ansm.sante.fr/' });
    expect(['F5', 'M5', 'Q5'].map((cell) => sheet.getCell(cell).value)).toEqual([420, 550, 3680]);
  });
});

describe('XML booleans', () => {
  it('are rewritten in attributes only, with the same meaning', () => {
    const text = '<c a="true" b="false"><t>true</t><x:y z="true"/></c>';
    expect(strFromU8(normaliseBooleans(strToU8(text)))).toBe('<c a="1" b="0"><t>true</t><x:y z="1"/></c>');
  });
});

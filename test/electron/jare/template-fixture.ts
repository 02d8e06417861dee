// A JARE template built to the known layout (decisions 0007 and 0008): sheets D, S, P
// and SF; a merged title and instructions above styled headers; pre-filled rows with NDS
// numbers, GTINs and units µg, mg and g; a data validation on the unit and the figures; a
// check formula on each row of S; sheet S protected with its operator cells unlocked.
// Everything ANSM's real file may hold beyond that is unknown (decision 0008).
import ExcelJS from 'exceljs';
import { SKENAN_CIP13 } from '../../shared/jare/jare-statement';

/** exceljs has data validations on a worksheet, missing from its types. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export const S_HEADER_ROW = 4;
export const P_HEADER_ROW = 4;

/** Sheet S, columns A to R: A–F and M are the guide's, the others reconstructed; K and R are not recognised. */
export const S_HEADERS = [
  'Nom de la substance',
  'Numéro NDS',
  'code GTIN',
  'Numéro CAS',
  'Unité',
  'Stock au 1er jan.',
  'Fabrication / synthèse (+)',
  'Acquisition sur le territoire douanier (+)',
  'Importation (+)',
  'Utilisation pour la fabrication (-)',
  'Utilisation à d’autres fins (-)',
  'Cession sur le territoire douanier au commerce de gros (-)',
  'Cession sur le territoire douanier au commerce de détail (-)',
  'Exportation (-)',
  'Destruction (-)',
  'Pertes et vols (-)',
  'Stock au 31 déc.',
  'Contrôle',
];

/** Row 5 on: name, NDS, GTIN, CAS, unit. */
export const S_ROWS = [
  ['Morphine sulfate', '10001', '', '64-31-3', 'mg'],
  ['Fentanyl', '10002', '', '437-38-7', 'µg'],
  ['Phosphate de codéine', '10003', '', '52-28-8', 'g'],
  ['Oxycodone chlorhydrate', '10004', '', '124-90-3', 'mg'],
  ['Kétamine', '10005', '', '6740-88-1', 'mg'],
];

/** Sheet P, columns A to S: H and O are the guide's; the flows are sheet S's, two columns to the right. */
export const P_HEADERS = [
  'Nom de la préparation',
  'Numéro NDS',
  'Code GTIN',
  'Substance',
  'Quantité de substance par unité',
  'Unité',
  'Unité de compte',
  'Stock au 1er janvier',
  ...S_HEADERS.slice(6, 16),
  'Stock au 31 décembre',
];

/** Row 5 on: name, NDS, GTIN (GTIN-14 = '0' + CIP13 for Skenan), substance, quantity, unit, unit of count. */
export const P_ROWS = [
  ['SKENAN LP 30 mg, gélule', '90001', `0${SKENAN_CIP13}`, 'Morphine sulfate', 30, 'mg', 'gélule'],
  ['ORAMORPH 20 mg/mL, solution buvable', '90002', '03400930000002', 'Morphine sulfate', 20, 'mg', 'mL'],
  ['MOSCONTIN LP 10 mg, comprimé', '90003', '03400930000003', 'Morphine sulfate', 10, 'mg', 'comprimé'],
];

export const PROTECTION_PASSWORD = 'ansm';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6E0B4' } };

function header(sheet: ExcelJS.Worksheet, row: number, headers: readonly string[]): void {
  headers.forEach((text, index) => {
    const cell = sheet.getRow(row).getCell(index + 1);
    cell.value = text;
    cell.font = { bold: true, color: { argb: 'FF1F3864' } };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true };
  });
}

function title(sheet: ExcelJS.Worksheet, text: string, lastColumn: string): void {
  sheet.mergeCells(`A1:${lastColumn}1`);
  sheet.getCell('A1').value = text;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'Ne pas modifier les informations pré-remplies ni ajouter de lignes.';
}

export async function jareTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const d = workbook.addWorksheet('D');
  title(d, 'Déclaration annuelle 2026 — Déclarant', 'D');
  d.getCell('A4').value = 'Raison sociale';
  d.getCell('A5').value = 'Numéro d’autorisation';

  const s = workbook.addWorksheet('S');
  title(s, 'Déclaration annuelle 2026 — Substances', 'R');
  header(s, S_HEADER_ROW, S_HEADERS);
  S_ROWS.forEach((values, index) => {
    const row = S_HEADER_ROW + 1 + index;
    values.forEach((value, column) => {
      if (value !== '') s.getRow(row).getCell(column + 1).value = value;
    });
    s.getCell(`R${row}`).value = { formula: `F${row}+G${row}+H${row}+I${row}-J${row}-K${row}-L${row}-M${row}-N${row}-O${row}-P${row}-Q${row}`, result: 0 };
    for (let column = 6; column <= 17; column += 1) s.getRow(row).getCell(column).protection = { locked: false };
  });
  const last = S_HEADER_ROW + S_ROWS.length;
  (s as WithValidations).dataValidations.add(`E${S_HEADER_ROW + 1}:E${last}`, { type: 'list', allowBlank: false, formulae: ['"µg,mg,g,kg"'] });
  (s as WithValidations).dataValidations.add(`F${S_HEADER_ROW + 1}:Q${last}`, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: 'Quantité',
    error: 'Saisissez un nombre positif.',
  });
  s.getColumn(1).width = 28;
  await s.protect(PROTECTION_PASSWORD, { selectLockedCells: true, selectUnlockedCells: true });

  const p = workbook.addWorksheet('P');
  title(p, 'Déclaration annuelle 2026 — Préparations', 'S');
  header(p, P_HEADER_ROW, P_HEADERS);
  P_ROWS.forEach((values, index) => {
    values.forEach((value, column) => {
      p.getRow(P_HEADER_ROW + 1 + index).getCell(column + 1).value = value;
    });
  });
  (p as WithValidations).dataValidations.add(`H${P_HEADER_ROW + 1}:S${P_HEADER_ROW + P_ROWS.length}`, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
  });

  const sf = workbook.addWorksheet('SF');
  header(sf, 1, ['Synthèse / Fabrication à partir de :', 'Nom de la substance', '', '', '', '', 'nom de la préparation']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// An untrusted workbook is bounded before exceljs reads it, and every refusal is a clear
// French error: not a workbook, encrypted, old .xls, too big, too many parts, a zip bomb,
// a path outside the package, too many cells, an XML external entity, a foreign workbook.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillJareTemplate } from '../../../electron/jare/fill-template';
import { JARE_LIMITS } from '../../../electron/jare/limits';
import { readJareTemplate } from '../../../electron/jare/read-template';
import { checkPackage } from '../../../electron/jare/safe-package';
import { describeError, type AppError } from '../../../shared/errors';
import { EDITIONS_DIR } from '../../shared/editions/pdf-text';
import { jareStatement } from '../../shared/jare/jare-statement';
import { jareTemplate } from './template-fixture';

let template: Uint8Array;
beforeAll(async () => {
  template = await jareTemplate();
});

async function refusal(bytes: Uint8Array): Promise<AppError> {
  const read = await readJareTemplate(bytes);
  if (read.ok) throw new Error('the workbook was accepted');
  return read.error;
}

/** The fixture's parts, some replaced or added, zipped again. */
function altered(change: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(template);
  change(parts);
  return zipSync(parts);
}

const sheetXml = (parts: Record<string, Uint8Array>, index: number): string => strFromU8(parts[`xl/worksheets/sheet${index}.xml`]!);

describe('reading an untrusted JARE workbook', () => {
  it('accepts the template and says what it holds', async () => {
    const read = await readJareTemplate(template);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.sheetNames).toEqual(['D', 'S', 'P', 'SF']);
    expect(read.value.S.headerRow).toBe(4);
    expect(read.value.S.rows.map((row) => `${row.row} ${row.nds} ${row.unit}`)).toEqual(['5 10001 mg', '6 10002 µg', '7 10003 g', '8 10004 mg', '9 10005 mg']);
    expect(read.value.P.rows[0]).toMatchObject({ row: 5, gtin: '03400930000001' });
    expect(read.value.S.unrecognised.map((header) => header.letter)).toEqual(['K', 'R']);
    expect(read.value.externalLinks).toBe(0);
  });

  it('refuses what is not a workbook, or a damaged one', async () => {
    expect((await refusal(strToU8('Nom;Quantité\nMorphine;3\n'))).code).toBe('jare.notWorkbook');
    expect((await refusal(template.slice(0, template.length >> 1))).code).toBe('jare.notWorkbook');
    expect((await refusal(zipSync({ 'readme.txt': strToU8('bonjour') }))).code).toBe('jare.notWorkbook');
    expect(describeError(appErrorOf('jare.notWorkbook'))).toContain('n’est pas un classeur Excel (.xlsx) lisible');
  });

  it('says an OLE compound file is an encrypted workbook when it holds EncryptionInfo', async () => {
    // The CFB header then, as in every password-protected .xlsx, the directory names in UTF-16LE.
    const utf16 = (text: string): number[] => [...text].flatMap((char) => [char.charCodeAt(0), 0]);
    const cfb = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
      ...utf16('EncryptionInfo'),
      0,
      0,
      ...utf16('EncryptedPackage'),
    ]);
    const error = await refusal(cfb);
    expect(error.code).toBe('jare.encrypted');
    expect(describeError(error)).toContain('protégé par un mot de passe');
  });

  it('says a real Excel 97-2003 file (made by LibreOffice) must be saved as .xlsx', async () => {
    const folder = join(EDITIONS_DIR, 'jare-xls');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'modele.xlsx'), template);
    execFileSync('libreoffice', ['--headless', '--convert-to', 'xls', '--outdir', folder, join(folder, 'modele.xlsx')], { stdio: 'ignore', timeout: 60_000 });
    const error = await refusal(new Uint8Array(readFileSync(join(folder, 'modele.xls'))));
    expect(error.code).toBe('jare.oldExcel');
    expect(describeError(error)).toContain('ancien format Excel 97-2003 (.xls)');
  }, 60_000);

  it('refuses a file over the size limit before opening it', () => {
    const checked = checkPackage(new Uint8Array(25 * 1024 * 1024));
    expect(checked.ok ? null : describeError(checked.error)).toBe(
      'Ce fichier pèse 25\u202fMo\u202f: un fichier JARE de l’ANSM ne dépasse pas 20\u202fMo. Vérifiez qu’il s’agit bien du classeur téléchargé de l’ANSM.',
    );
  });

  it('refuses a zip bomb by its declared unpacked size, before inflating anything', async () => {
    const bomb = altered((parts) => {
      parts['xl/media/bomb.bin'] = new Uint8Array(JARE_LIMITS.unpackedBytes + 1);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(bomb);
    expect(error.code).toBe('jare.tooBigUnpacked');
    expect(describeError(error)).toContain('dépasserait 50\u202fMo');
  });

  it('refuses a part that would inflate over two hundred times its size, before inflating it', async () => {
    // 40 MB of zeros, within the 50 MB limit, deflate to 40 KB: a thousand to one.
    const bomb = altered((parts) => {
      parts['xl/media/bomb.bin'] = new Uint8Array(40 * 1024 * 1024);
    });
    const started = performance.now();
    const error = await refusal(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.code).toBe('jare.tooBigUnpacked');
  });

  it('refuses a part that lies about its size, stopping its inflation as soon as it passes it', async () => {
    const lying = altered((parts) => {
      parts['xl/media/big.bin'] = new Uint8Array(5 * 1024 * 1024);
    });
    // The local header's and the central directory's "uncompressed size" of big.bin set to 100.
    const name = strToU8('xl/media/big.bin');
    for (let at = 0; at + 46 < lying.length; at += 1) {
      const central = lying[at] === 0x50 && lying[at + 1] === 0x4b && lying[at + 2] === 0x01 && lying[at + 3] === 0x02;
      const local = lying[at] === 0x50 && lying[at + 1] === 0x4b && lying[at + 2] === 0x03 && lying[at + 3] === 0x04;
      const length = central ? lying[at + 28]! | (lying[at + 29]! << 8) : lying[at + 26]! | (lying[at + 27]! << 8);
      const nameAt = central ? at + 46 : at + 30;
      if ((central || local) && length === name.length && name.every((byte, index) => lying[nameAt + index] === byte))
        lying.set([100, 0, 0, 0], central ? at + 24 : at + 22);
    }
    expect((await refusal(lying)).code).toBe('jare.notWorkbook');
  });

  it('refuses too many parts, and a part whose path leaves the package', async () => {
    const many = altered((parts) => {
      for (let index = 0; index < JARE_LIMITS.entries; index += 1) parts[`xl/extra/${index}.xml`] = strToU8('<a/>');
    });
    expect((await refusal(many)).code).toBe('jare.tooManyEntries');
    for (const name of ['../evil.xml', 'xl/../../evil.xml', '/etc/evil.xml', 'xl\\evil.xml']) {
      const error = await refusal(altered((parts) => (parts[name] = strToU8('<a/>'))));
      expect(error).toEqual({ code: 'jare.unsafePath', params: { name } });
    }
  });

  it('refuses a workbook holding two parts of the same name, whichever one a reader would take', async () => {
    // A second sheet2.xml, written as sheet9.xml then renamed in its headers (same length).
    const twice = altered((parts) => {
      parts['xl/worksheets/sheet9.xml'] = strToU8(sheetXml(parts, 2).replace(/10001/g, '99999'));
    });
    const from = strToU8('xl/worksheets/sheet9.xml');
    const to = strToU8('xl/worksheets/sheet2.xml');
    let renamed = 0;
    for (let at = 0; at + from.length <= twice.length; at += 1) {
      if (from.every((byte, index) => twice[at + index] === byte)) {
        twice.set(to, at);
        renamed += 1;
      }
    }
    expect(renamed).toBe(2); // its local header and its central directory entry
    expect((await refusal(twice)).code).toBe('jare.notWorkbook');
  });

  it('refuses a part whose bytes no longer match their CRC-32', async () => {
    // Stored, not deflated, so that one byte of the sheet can be changed in place.
    const parts = unzipSync(template);
    const stored = zipSync(parts, { level: 0 });
    const text = strToU8('10001');
    const at = stored.findIndex((_, index) => text.every((byte, offset) => stored[index + offset] === byte));
    expect(at).toBeGreaterThan(0);
    stored[at] = 0x39; // « 10001 » becomes « 90001 »
    expect((await refusal(stored)).code).toBe('jare.notWorkbook');
    stored[at] = text[0]!;
    expect((await readJareTemplate(stored)).ok).toBe(true);
  });

  it('refuses a sheet of more cells than the limit, counted before exceljs parses it', async () => {
    // Each cell its own reference, as in a real sheet (one repeated cell would be refused as a bomb).
    const cells = Array.from({ length: JARE_LIMITS.cells + 1 }, (_, index) => `<c r="A${index + 1}"/>`).join('');
    const error = await refusal(
      altered(
        (parts) =>
          (parts['xl/worksheets/sheet4.xml'] = strToU8(
            sheetXml(parts, 4).replace(/<sheetData\/>|<sheetData>.*<\/sheetData>/s, `<sheetData><row r="1">${cells}</row></sheetData>`),
          )),
      ),
    );
    expect(error.code).toBe('jare.tooManyCells');
  });

  it('never loads an XML external entity, nor expands internal ones', async () => {
    const withDoctype = (doctype: string, entity: string): Uint8Array =>
      altered((parts) => {
        const xml = sheetXml(parts, 2)
          .replace(/^<\?xml[^>]*\?>/, (declaration) => `${declaration}<!DOCTYPE worksheet [${doctype}]>`)
          .replace(/<c r="A5"[^>]*>.*?<\/c>/, `<c r="A5" t="inlineStr"><is><t>${entity}</t></is></c>`);
        parts['xl/worksheets/sheet2.xml'] = strToU8(xml);
      });
    const external = await readJareTemplate(withDoctype('<!ENTITY xxe SYSTEM "file:///etc/hostname">', '&xxe;'));
    expect(external).toMatchObject({ ok: false, error: { code: 'jare.unreadable' } });
    expect(JSON.stringify(external)).not.toContain(hostname());
    const laughs = await readJareTemplate(withDoctype('<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">', '&b;'));
    expect(laughs).toMatchObject({ ok: false, error: { code: 'jare.unreadable' } });
    // The XML parser's English stays in the console: the person reads French and a reference.
    for (const refused of [external, laughs]) {
      const said = refused.ok ? '' : describeError(refused.error);
      expect(said).toMatch(/^Ce classeur ne peut pas être lu \(référence [A-Z2-9]{6} au journal technique\)/);
      expect(said).not.toMatch(/entity|Error|unexpected|invalid/i);
    }
  });

  it('counts external links, never follows them, and leaves them out of the copy', async () => {
    const linked = altered((parts) => {
      parts['xl/externalLinks/externalLink1.xml'] = strToU8(
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
      );
      parts['xl/externalLinks/_rels/externalLink1.xml.rels'] = strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://127.0.0.1:9/piege.xlsx" TargetMode="External"/></Relationships>',
      );
    });
    const read = await readJareTemplate(linked);
    expect(read.ok && read.value.externalLinks).toBe(1);
    const filled = await fillJareTemplate({ template: linked, statement: jareStatement() });
    expect(filled.ok).toBe(true);
    if (!filled.ok) return;
    expect(Object.keys(unzipSync(filled.value.bytes)).filter((name) => name.includes('externalLink'))).toEqual([]);
    expect(filled.value.report.externalLinks).toBe(1);
  });

  it('says a workbook without sheets S and P is not a JARE file, naming its sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Feuil1').getCell('A1').value = 'Inventaire';
    workbook.addWorksheet('S');
    const error = await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(error.code).toBe('jare.foreign');
    expect(describeError(error)).toBe(
      'Ce classeur n’est pas un fichier JARE de l’ANSM\u202f: il n’a pas les feuilles S et P (feuilles trouvées\u202f: «\u202fFeuil1\u202f», «\u202fS\u202f»).',
    );
  });

  it('says which sheet has no recognisable header row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 'Liste de courses';
    workbook.addWorksheet('P');
    const error = await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(error).toEqual({ code: 'jare.noHeaders', params: { sheet: 'S' } });
  });
});

function appErrorOf(code: AppError['code']): AppError {
  return { code };
}

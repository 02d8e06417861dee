// import refuses a file it would misread, and says why in French: the encoding (strict
// UTF-8, Windows-1252 and UTF-16 named), the separator, the decimal point, the number of
// columns and invisible characters. Nothing is written when it refuses.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN } from '../../../electron/cli/common/io';
import { fixtureWith, importInto, VETERINARY } from './import-files';
import { tempFolder } from './journal-files';

/** Bytes of a Windows-1252 text (Latin-1 coincides with it for every letter these tests use). */
function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

function bytesFile(bytes: Buffer): string {
  const path = join(tempFolder(), 'operations.csv');
  writeFileSync(path, bytes);
  return path;
}

async function refusal(csv: string): Promise<string> {
  const { code, io, folder } = await importInto(csv);
  expect(io.stdout).toEqual([]);
  expect(readdirSync(folder)).toEqual([]);
  expect(code).toBe(EXIT_BROKEN);
  expect(io.stderr).toHaveLength(1);
  return io.stderr[0]!;
}

const VETERINARY_TEXT = readFileSync(VETERINARY, 'utf8');
const LINES = VETERINARY_TEXT.split('\n');

describe('import: the encoding of the file', () => {
  // The byte a Windows-1252 é leaves in the file is never stored as « � ».
  it('refuses one row saved in Windows-1252, naming its line, its character and how to re-save the file', async () => {
    // Line 8, « délivrance;… »: é is the byte E9 in Windows-1252, invalid alone in UTF-8.
    const row = LINES[7]!;
    const bytes = Buffer.concat([
      Buffer.from(`${LINES.slice(0, 7).join('\n')}\n`, 'utf8'),
      windows1252(row),
      Buffer.from(`\n${LINES.slice(8).join('\n')}`, 'utf8'),
    ]);
    const message = await refusal(bytesFile(bytes));
    const column = [...row].indexOf('é') + 1;
    expect(message).toContain(`Ligne 8, caractère ${column} :`);
    expect(message).toContain('Windows-1252');
    expect(message).toContain('« é »');
    expect(message).toContain('CSV UTF-8');
  });

  it('names Windows-1252 when the whole file is saved in it', async () => {
    const message = await refusal(bytesFile(windows1252(VETERINARY_TEXT)));
    expect(message).toMatch(/^Ligne 1, caractère \d+ : /);
    expect(message).toContain('Windows-1252');
    expect(message).toContain('Enregistrer sous');
  });

  it.each([
    ['little-endian with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VETERINARY_TEXT, 'utf16le')])],
    ['big-endian with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(VETERINARY_TEXT, 'utf16le').swap16()])],
    ['without a byte order mark', Buffer.from(VETERINARY_TEXT, 'utf16le')],
  ])('names UTF-16 (%s)', async (_, bytes) => {
    const message = await refusal(bytesFile(bytes));
    expect(message).toContain('UTF-16');
    expect(message).toContain('CSV UTF-8');
  });
});

describe('import: the table', () => {
  it('names the comma when the file is separated by commas', async () => {
    const message = await refusal(bytesFile(Buffer.from(VETERINARY_TEXT.replaceAll(';', ','), 'utf8')));
    expect(message).toMatch(/^Ligne 1 : /);
    expect(message).toContain('virgule');
    expect(message).toContain('point-virgule');
  });

  it('refuses a row with fewer columns than the header, naming its line', async () => {
    const message = await refusal(fixtureWith(VETERINARY, 5, (line) => line.replace(/;+$/, '')));
    expect(message).toMatch(/^Ligne 5 : La ligne a \d+ colonnes alors que l’en-tête en déclare 29/);
  });

  it('refuses a row with one column too many, even empty, naming its line', async () => {
    const message = await refusal(fixtureWith(VETERINARY, 6, (line) => `${line};`));
    expect(message).toMatch(/^Ligne 6 : La ligne a 30 colonnes alors que l’en-tête en déclare 29/);
  });

  it('refuses a decimal point: « 1.000 » is not read as one', async () => {
    const message = await refusal(fixtureWith(VETERINARY, 6, (line) => line.replace(';20;', ';1.000;')));
    expect(message).toBe(
      'Ligne 6, colonne « quantité » : « 1.000 » : le séparateur décimal est la virgule (1,5) ; le point n’est pas accepté, car « 1.000 » se lirait un ou mille. Écrivez 1000 ou 1 000 pour mille, 1,5 pour une unité et demie.',
    );
  });

  it('refuses a lot scanned with the GS separator of a DataMatrix, suggesting the scanner', async () => {
    const message = await refusal(fixtureWith(VETERINARY, 6, (line) => line.replace(';B7734;', ';B7734\u001d17271130;')));
    expect(message).toMatch(/^Ligne 6, colonne « lot » : Le champ « numéro de lot » contient le séparateur invisible GS/);
    expect(message).toContain('douchette');
  });
});

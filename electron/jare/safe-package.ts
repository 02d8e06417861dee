// Opens the zip of an untrusted .xlsx before any spreadsheet library sees it: the file's
// size, what a Compound File (CFB) header means (an encrypted .xlsx or an old .xls), the
// number of parts and their declared unpacked size, and every part's path. Only then
// are the parts inflated — by the one reader of untrusted ZIPs (shared/package/zip-reader.ts),
// each as a stream that stops past its declared size or a bomb's ratio — their
// boolean attributes written as exceljs reads them (xml-booleans.ts), and packed again,
// so that the library reads exactly the bytes that were bounded here.
// External links (xl/externalLinks) are counted, never followed: nothing here or in
// exceljs fetches a file or a URL.
import { zipSync, type Unzipped } from 'fflate';
import { appError, type AppError } from '../../shared/errors';
import { isSafeWorkbookPartPath, type PackageLimits } from '../../shared/package/limits';
import { readZip } from '../../shared/package/zip-reader';
import { err, ok, type Result } from '../../shared/result';
import { JARE_LIMITS, megabytes } from './limits';
import { hasBooleanWords, normaliseBooleans } from './xml-booleans';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface CheckedPackage {
  /** The same parts, repacked after bounding. */
  bytes: Uint8Array;
  partNames: string[];
  /** Parts under xl/externalLinks/: links to other workbooks, never followed. */
  externalLinks: number;
  /** `<c>` elements across the sheets. */
  cells: number;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, index) => bytes[index] === byte);

/** A CFB file is either an encrypted OOXML package (its EncryptionInfo stream) or an Excel 97-2003 workbook. */
function compoundFileError(bytes: Uint8Array): AppError {
  const utf16 = (text: string): Uint8Array => new Uint8Array([...text].flatMap((char) => [char.charCodeAt(0), 0]));
  const contains = (needle: Uint8Array): boolean => {
    outer: for (let index = 0; index + needle.length <= bytes.length; index += 1) {
      for (let offset = 0; offset < needle.length; offset += 1) if (bytes[index + offset] !== needle[offset]) continue outer;
      return true;
    }
    return false;
  };
  return contains(utf16('EncryptionInfo')) || contains(utf16('EncryptedPackage')) ? appError('jare.encrypted') : appError('jare.oldExcel');
}

/** The package reader's bounds, set to a workbook's (the file's size is checked first, with its own message). */
const ZIP_LIMITS: PackageLimits = {
  maxPackageBytes: JARE_LIMITS.fileBytes,
  maxEntries: JARE_LIMITS.entries,
  maxUncompressedBytes: JARE_LIMITS.unpackedBytes,
  maxPathLength: 400,
};

/** The package reader's refusals, said of a workbook. */
function jareErrorOf(error: AppError): AppError {
  switch (error.code) {
    case 'package.tooManyEntries':
      return appError('jare.tooManyEntries', undefined, { count: `plus de ${JARE_LIMITS.entries}`, max: String(JARE_LIMITS.entries) });
    case 'package.unsafeName':
      return appError('jare.unsafePath', undefined, { name: error.params?.path ?? '' });
    case 'package.uncompressedTooLarge':
    case 'package.compressionRatio':
      return appError('jare.tooBigUnpacked', undefined, { max: megabytes(JARE_LIMITS.unpackedBytes) });
    default:
      // Not a ZIP, a damaged or duplicated part: not a workbook that can be read.
      return appError('jare.notWorkbook');
  }
}

/** Counts `<c …>` cells in a sheet's XML, prefixed or not, without parsing it. */
function countCells(xml: Uint8Array): number {
  let count = 0;
  for (let index = 0; index + 2 < xml.length; index += 1) {
    if (xml[index] !== 0x3c) continue; // '<'
    let name = index + 1;
    // skip a namespace prefix such as "x:"
    let scan = name;
    while (scan < xml.length && scan - name < 12 && ((xml[scan]! >= 0x61 && xml[scan]! <= 0x7a) || (xml[scan]! >= 0x30 && xml[scan]! <= 0x39))) scan += 1;
    if (xml[scan] === 0x3a) name = scan + 1;
    const after = xml[name + 1];
    if (xml[name] === 0x63 && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x0a || after === 0x09 || after === 0x0d)) count += 1;
  }
  return count;
}

export function checkPackage(bytes: Uint8Array): Result<CheckedPackage, AppError> {
  if (bytes.length > JARE_LIMITS.fileBytes)
    return err(appError('jare.tooLarge', undefined, { size: megabytes(bytes.length), max: megabytes(JARE_LIMITS.fileBytes) }));
  if (startsWith(bytes, CFB_MAGIC)) return err(compoundFileError(bytes));
  if (!startsWith(bytes, ZIP_MAGIC)) return err(appError('jare.notWorkbook'));

  // The shared reader of untrusted ZIPs: limits on the directory before anything is
  // inflated, then each part inflated as a stream that stops past its declared size.
  const read = readZip(bytes, ZIP_LIMITS, isSafeWorkbookPartPath);
  if (!read.ok) return err(jareErrorOf(read.error));
  const parts: Unzipped = {};
  for (const [name, entry] of read.value) {
    if (!entry.crcOk) return err(appError('jare.notWorkbook'));
    parts[name] = entry.bytes;
  }
  if (!('[Content_Types].xml' in parts) || !('xl/workbook.xml' in parts)) return err(appError('jare.notWorkbook'));
  const names = Object.keys(parts);
  let cells = 0;
  for (const name of names) if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) cells += countCells(parts[name]!);
  if (cells > JARE_LIMITS.cells) return err(appError('jare.tooManyCells', undefined, { max: new Intl.NumberFormat('fr-FR').format(JARE_LIMITS.cells) }));
  for (const name of names) if (hasBooleanWords(name)) parts[name] = normaliseBooleans(parts[name]!);
  return ok({
    bytes: zipSync(parts, { level: 6 }),
    partNames: names,
    externalLinks: names.filter((name) => /^xl\/externalLinks\/[^/]+\.xml$/.test(name)).length,
    cells,
  });
}

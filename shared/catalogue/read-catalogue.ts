// The four BDPM files, decoded, into the narcotic presentations: each file is named as
// the public site names it; all four are needed; a layout that changed refuses the whole
// import, so that nothing is read from the wrong column.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import { BDPM_FILES, bdpmFileOf, type BdpmFile } from './bdpm-files';
import { bdpmRecords } from './bdpm-records';
import { narcoticPresentations, type BdpmRecords, type CataloguePresentation } from './narcotic-catalogue';

export interface DecodedFile {
  name: string;
  text: string;
}

export function readCatalogue(files: readonly DecodedFile[]): Result<CataloguePresentation[], AppError> {
  const texts = new Map<BdpmFile, string>();
  for (const file of files) {
    const which = bdpmFileOf(file.name);
    if (which === null) return err(appError('catalogue.unknownFile', undefined, { fileName: file.name }));
    texts.set(which, file.text);
  }
  const records: Partial<Record<BdpmFile, string[][]>> = {};
  for (const which of Object.keys(BDPM_FILES) as BdpmFile[]) {
    const text = texts.get(which);
    if (text === undefined) return err(appError('catalogue.missingFile', undefined, { fileName: BDPM_FILES[which].name }));
    const read = bdpmRecords(text, which);
    if (!read.ok) return read;
    records[which] = read.value;
  }
  const presentations = narcoticPresentations(records as BdpmRecords);
  return presentations.length === 0 ? err(appError('catalogue.noNarcotic')) : ok(presentations);
}

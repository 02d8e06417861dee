// The lines of a BDPM file as records: tab-separated, no header, never quoted. Some files
// end each line with a tab, some use CRLF; a few labels hold a raw line break, so a line
// that does not begin with a CIS (8 digits) and a tab continues the record before it. A
// line of another column count means the layout changed: the import is refused rather
// than reading the wrong column.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import { BDPM_FILES, type BdpmFile } from './bdpm-files';

const RECORD_START = /^\d{8}\t/;

export function bdpmRecords(text: string, file: BdpmFile): Result<string[][], AppError> {
  const { name, columns } = BDPM_FILES[file];
  const lines: { text: string; number: number }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, index) => {
      const previous = lines.at(-1);
      if (previous && line !== '' && !RECORD_START.test(line)) previous.text += ` ${line.trimStart()}`;
      else if (line.trim() !== '') lines.push({ text: line, number: index + 1 });
    });
  if (lines.length === 0) return err(appError('catalogue.emptyFile', undefined, { fileName: name }));
  const records: string[][] = [];
  for (const line of lines) {
    const fields = line.text.split('\t');
    // A tab at the end of the line adds an empty column that is not one.
    if (fields.length === columns + 1 && fields.at(-1)?.trim() === '') fields.pop();
    if (fields.length !== columns) {
      return err(
        appError('catalogue.columns', undefined, { fileName: name, line: String(line.number), count: String(fields.length), columns: String(columns) }),
      );
    }
    records.push(fields.map((field) => field.trim()));
  }
  return ok(records);
}

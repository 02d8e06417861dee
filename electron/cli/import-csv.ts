// Reads the text of a spreadsheet export into records, each with the physical line it
// starts on, so that every refusal can name the line a person sees in a text editor.
// A small RFC 4180 parser written here rather than a dependency: the format is tiny and
// the line numbers (a quoted field may span several lines) matter more than speed.

export const CSV_SEPARATOR = ';';

export interface CsvRecord {
  /** 1-based physical line of the file where the record begins. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: 'unclosedQuote' | 'strayQuote' };

const BYTE_ORDER_MARK = '\ufeff';

/**
 * RFC 4180 with `;` as separator: a field in double quotes may hold `;`, line breaks and
 * doubled quotes (""). Line ends may be \n, \r\n or \r. A final line break adds no record.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let index = 0;
  let atFieldStart = true;

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };

  while (index < text.length) {
    const char = text[index]!;
    if (atFieldStart && char === '"') {
      // Quoted field: read up to the closing quote, counting the line breaks inside.
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= text.length) return { ok: false, line: openedOn, reason: 'unclosedQuote' };
        const inner = text[index]!;
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\r' && text[index + 1] === '\n') {
          field += '\n';
          index += 2;
          line += 1;
          continue;
        }
        if (inner === '\n' || inner === '\r') line += 1;
        field += inner === '\r' ? '\n' : inner;
        index += 1;
      }
      const next = text[index];
      if (next !== undefined && next !== CSV_SEPARATOR && next !== '\n' && next !== '\r') return { ok: false, line, reason: 'strayQuote' };
      atFieldStart = false;
      continue;
    }
    if (char === CSV_SEPARATOR) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index += 1;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      if (char === '"') return { ok: false, line, reason: 'strayQuote' };
      field += char;
      atFieldStart = false;
      index += 1;
    }
  }
  if (!atFieldStart || field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

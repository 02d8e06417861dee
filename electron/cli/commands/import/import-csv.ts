// Reads the text of a spreadsheet export into records, each with the physical line it
// starts on, so that every refusal can name the line a person sees in a text editor.
// A small RFC 4180 parser written here rather than a dependency: the format is tiny and
// the line numbers (a quoted field may span several lines) matter more than speed.
// It is fed the text a chunk at a time, so a file of any length is read in bounded memory.

export const CSV_SEPARATOR = ';';

/** Longer than any row of operations (300 characters a field): past it, the file is not one. */
export const MAX_RECORD_LENGTH = 100_000;

export interface CsvRecord {
  /** 1-based physical line of the file where the record begins. */
  line: number;
  fields: string[];
}

export type CsvFault = { line: number; reason: 'unclosedQuote' | 'strayQuote' | 'tooLong' };

export type CsvParse = { ok: true; records: CsvRecord[] } | ({ ok: false } & CsvFault);

/** Thrown by the parser at the first fault; the caller words it. */
export class CsvFaultError {
  constructor(readonly fault: CsvFault) {}
}

export interface CsvParser {
  /** Parses the next piece of text, handing each complete record to `onRecord`. */
  push(text: string): void;
  /** The end of the text: the last record, or the quote left open. */
  end(): void;
}

const BYTE_ORDER_MARK = '\ufeff';

type State = 'fieldStart' | 'plain' | 'quoted' | 'quoteInQuoted' | 'afterQuoted';

/**
 * RFC 4180 with `;` as separator: a field in double quotes may hold `;`, line breaks and
 * doubled quotes (""). Line ends may be \n, \r\n or \r. A final line break adds no record.
 */
export function createCsvParser(onRecord: (record: CsvRecord) => void): CsvParser {
  let state: State = 'fieldStart';
  let first = true;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let fields: string[] = [];
  let field = '';
  let length = 0;
  // A \r was just read (a line end, or a line break inside quotes): a \n right after it belongs to it.
  let afterCarriageReturn = false;

  const fail = (fault: CsvFault): never => {
    throw new CsvFaultError(fault);
  };

  function endField(): void {
    fields.push(field);
    field = '';
  }

  function endRecord(): void {
    endField();
    onRecord({ line: recordLine, fields });
    fields = [];
    length = 0;
    state = 'fieldStart';
  }

  function read(char: string): void {
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (char === '\n') return;
    }
    length += 1;
    if (length > MAX_RECORD_LENGTH) fail({ line: recordLine, reason: 'tooLong' });
    const lineEnd = char === '\n' || char === '\r';
    if (lineEnd) afterCarriageReturn = char === '\r';
    switch (state) {
      case 'quoted':
        if (char === '"') state = 'quoteInQuoted';
        else {
          field += lineEnd ? '\n' : char;
          if (lineEnd) line += 1;
        }
        return;
      case 'quoteInQuoted':
        if (char === '"') {
          field += '"';
          state = 'quoted';
          return;
        }
        state = 'afterQuoted';
        return readOutsideQuotes(char, lineEnd);
      default:
        return readOutsideQuotes(char, lineEnd);
    }
  }

  /** A character outside quotes. */
  function readOutsideQuotes(char: string, lineEnd: boolean): void {
    if (char === CSV_SEPARATOR) {
      endField();
      state = 'fieldStart';
    } else if (lineEnd) {
      endRecord();
      line += 1;
      recordLine = line;
    } else if (state === 'afterQuoted') {
      fail({ line, reason: 'strayQuote' });
    } else if (char === '"') {
      if (state === 'fieldStart') {
        state = 'quoted';
        quoteLine = line;
      } else fail({ line, reason: 'strayQuote' });
    } else {
      field += char;
      state = 'plain';
    }
  }

  return {
    push(text) {
      let chunk = text;
      if (first && chunk !== '') {
        first = false;
        if (chunk.startsWith(BYTE_ORDER_MARK)) chunk = chunk.slice(1);
      }
      for (const char of chunk) read(char);
    },
    end() {
      if (state === 'quoted') fail({ line: quoteLine, reason: 'unclosedQuote' });
      if (state !== 'fieldStart' || field !== '' || fields.length > 0) endRecord();
    },
  };
}

/** The whole text at once: for tests and small inputs. */
export function parseCsv(input: string): CsvParse {
  const records: CsvRecord[] = [];
  const parser = createCsvParser((record) => records.push(record));
  try {
    parser.push(input);
    parser.end();
  } catch (thrown) {
    if (thrown instanceof CsvFaultError) return { ok: false, ...thrown.fault };
    throw thrown;
  }
  return { ok: true, records };
}

// Streams the import file through the strict decoder, the CSV parser and the table
// reader: memory stays bounded whatever the size of the file, and the first fault
// (encoding, notation, shape) stops the reading with its line.
import { createReadStream } from 'node:fs';
import { CsvFaultError, createCsvParser } from './import-csv';
import { createStrictDecoder } from './import-decode';
import { createTableReader, refuseCsvFault, type ImportRow } from './import-table';

const CHUNK_BYTES = 64 * 1024;

/** Hands each data row to `onRow` in file order; throws Refused, or the file system's error. */
export async function readImportFile(path: string, onRow: (row: ImportRow) => void): Promise<{ headerLine: number; count: number }> {
  const decoder = createStrictDecoder();
  const table = createTableReader(onRow);
  const parser = createCsvParser((record) => table.record(record));
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      parser.push(decoder.push(chunk as Buffer));
    }
    parser.push(decoder.end());
    parser.end();
  } catch (thrown) {
    if (thrown instanceof CsvFaultError) refuseCsvFault(thrown);
    throw thrown;
  }
  return table.end();
}

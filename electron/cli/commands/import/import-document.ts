// Reads a document a row of the import file names (a cession's countersigned inventory),
// by a path relative to the folder of the import file, so that the file and its
// documents can be moved together. Its name, size and SHA-256 are what the chain seals.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { errorCode } from '../../common/io';
import { documentTooLargeWording, documentUnreadableWording } from './messages';
import { refuse } from './import-problem';
import type { DocumentReader } from './import-row-kind';

/** Far beyond a scanned inventory of a few pages: past it, the file is not one. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

export function documentReader(csv: string): DocumentReader {
  const folder = dirname(resolve(csv));
  return (path, line) => {
    const full = resolve(folder, path);
    let bytes: Buffer;
    try {
      if (statSync(full).size > MAX_DOCUMENT_BYTES) refuse(line, 'document', documentTooLargeWording(path, MAX_DOCUMENT_BYTES));
      bytes = readFileSync(full);
    } catch (thrown) {
      if (!(thrown instanceof Error)) throw thrown;
      return refuse(line, 'document', documentUnreadableWording(path, errorCode(thrown)));
    }
    return { fileName: basename(full), sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  };
}

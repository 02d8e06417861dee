// The main-process side of the two JARE channels (shared/ipc/jare-requests.ts), as plain
// functions over their dependencies, like the edition handlers. The chosen template's
// bytes stay here, named by a token; the window sends back only cell writes, each checked
// against the template read here before anything is written. The copy is created once,
// never over a file (the template included).
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { consoleReference } from '../console-reference';
import { appError, type AppError } from '../../shared/errors';
import type { ChosenTemplate, SaveFilledRequest, SavedFilledTemplate } from '../../shared/ipc/jare-requests';
import { checkWrites } from '../../shared/jare/check-writes';
import type { TemplateSummary } from '../../shared/jare/template-model';
import { err, ok, type Result } from '../../shared/result';
import { sha256Hex } from '../files/sha256';
import { createOnce } from '../files/write-once';
import { fileSystemError } from '../files/file-errors';
import { applyJareWrites } from './apply-writes';
import { workbookBytes } from './fill-template';
import { JARE_LIMITS, megabytes } from './limits';
import { loadJareWorkbook } from './load-workbook';
import { readJareTemplate } from './read-template';

export interface JareHandlerContext {
  /** Asks the person for the JARE workbook to open (Electron's open dialog, .xlsx); null when they cancel. */
  chooseFile: () => Promise<string | null>;
  /** Asks where to save the filled copy, offering a name; null when they cancel. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
}

export interface JareHandlers {
  'jare:chooseTemplate': (request: null) => Promise<Result<ChosenTemplate, AppError>>;
  'jare:saveFilled': (request: SaveFilledRequest) => Promise<Result<SavedFilledTemplate, AppError>>;
}

/** Templates kept at once: a person fills one, maybe compares two. */
const KEPT = 4;

const ioError = (error: unknown): AppError =>
  fileSystemError(error) ?? appError('unexpected', undefined, { reference: consoleReference('fichier JARE', error) });

export function createJareHandlers({ chooseFile, chooseSavePath }: JareHandlerContext): JareHandlers {
  const kept = new Map<string, { bytes: Uint8Array; fileName: string; summary: TemplateSummary }>();

  return {
    'jare:chooseTemplate': async () => {
      const path = await chooseFile();
      if (path === null) return err(appError('edition.cancelled'));
      let bytes: Uint8Array;
      try {
        const { size } = await stat(path);
        if (size > JARE_LIMITS.fileBytes) return err(appError('jare.tooLarge', undefined, { size: megabytes(size), max: megabytes(JARE_LIMITS.fileBytes) }));
        bytes = new Uint8Array(await readFile(path));
      } catch (error) {
        return err(ioError(error));
      }
      const read = await readJareTemplate(bytes);
      if (!read.ok) return read;
      const token = randomUUID();
      kept.set(token, { bytes, fileName: basename(path), summary: read.value });
      while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
      return ok({ token, fileName: basename(path), summary: read.value });
    },

    'jare:saveFilled': async ({ token, writes }) => {
      const template = kept.get(token);
      if (!template) return err(appError('jare.templateGone'));
      const checked = checkWrites(writes, template.summary);
      if (!checked.ok) return checked;
      const loaded = await loadJareWorkbook(template.bytes);
      if (!loaded.ok) return loaded;
      const skipped = applyJareWrites(loaded.value.workbook, writes, [template.summary.S.worksheet, template.summary.P.worksheet]);
      const bytes = await workbookBytes(loaded.value.workbook);
      if (!bytes.ok) return bytes;
      const path = await chooseSavePath(template.fileName.replace(/(\.xlsx)?$/i, '_rempli.xlsx'));
      if (path === null) return err(appError('edition.cancelled'));
      try {
        if ((await createOnce(path, bytes.value)).state === 'exists') return err(appError('jare.exists', undefined, { fileName: basename(path) }));
      } catch (error) {
        return err(ioError(error));
      }
      return ok({ path, sha256: sha256Hex(bytes.value), skipped });
    },
  };
}

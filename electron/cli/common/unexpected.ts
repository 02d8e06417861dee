// The command line's last resort: whatever nobody foresaw is printed in French with a
// reference, and its English detail goes to the technical log, whose place is named.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from '../../../shared/errors';
import { frenchTypography } from '../../../shared/french';
import { errorReference } from '../../../shared/unexpected-error';
import { describeSystemFailure } from '../../files/file-errors';
import { technicalLog, TECHNICAL_LOG_FILE } from '../../technical-log';

/** The command line has no data folder of its own: the log goes to the system's temporary folder. */
export const CLI_LOG_FOLDER = tmpdir();

export function cliFailure(error: unknown, where: string, folder = CLI_LOG_FOLDER): string {
  const reference = errorReference();
  const failure = describeSystemFailure(error, reference);
  if (failure.code !== 'unexpected') return describeError(failure);
  technicalLog(folder)(`cli ${where}`, error, reference);
  return `${describeError(failure)}${frenchTypography(` Journal technique : ${join(folder, TECHNICAL_LOG_FILE)}`)}`;
}

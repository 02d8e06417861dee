// A broken link of the chain, in the register's words: the order number it names.
import { appError, type AppError } from '../../../shared/errors';
import type { ChainBreak } from '../../../shared/register/chain';
import { missingCaseError } from '../../../shared/result';

export function chainBreakError(broken: ChainBreak): AppError {
  switch (broken.kind) {
    case 'gap':
      return appError('integrity.gap', undefined, { seq: String(broken.seq), expected: String(broken.expectedSeq) });
    case 'prevHash':
      return appError('integrity.prevHash', undefined, { seq: String(broken.seq) });
    case 'hash':
      return appError('integrity.hash', undefined, { seq: String(broken.seq) });
    default:
      throw missingCaseError(broken);
  }
}

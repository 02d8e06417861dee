// The personal codes seen from the window: it sends a code and gets an answer; the hashes,
// the wrong-code counts and the recovery code stay here (access-store.ts). The recovery
// sheet is written only where the holder chooses, never in the archive folder.
import { stat } from 'node:fs/promises';
import type { MainHandlers } from '../../shared/ipc/contract';
import { recoverySheetPdf } from '../../shared/access/recovery-sheet-pdf';
import type { EditionFonts } from '../../shared/editions/pdf/fonts';
import { instantStamp } from '../../shared/editions/file-name';
import type { Establishment, Practitioner } from '../../shared/register/events';
import type { ChainHead } from '../../shared/register/chain-head';
import { appError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import type { AppError } from '../../shared/errors';
import { createOnce } from '../files/write-once';
import type { AccessStore, BeforeChange } from './access-store';

type AccessHandlers = Pick<MainHandlers, 'access:status' | 'access:setUpHolder' | 'access:setOwnCode' | 'access:open' | 'access:reset' | 'access:recover'>;

export interface AccessHandlerContext {
  store: AccessStore;
  /** Where to save the recovery sheet (a save dialog); null when the person cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** Hands the sheet to the system viewer, to print it: '' once opened, else what went wrong. */
  openPath: (path: string) => Promise<string>;
  editionFonts: () => EditionFonts;
  now: () => Date;
}

interface SheetRequest {
  registerId: string;
  holder: Practitioner;
  establishment: Establishment;
  head: ChainHead;
  signingKey?: string;
}

export function createAccessHandlers(context: AccessHandlerContext): AccessHandlers {
  const { store } = context;

  /**
   * Asks where the sheet goes once the codes are checked and before any of them changes:
   * a wrong code is said without a dialog first, and a cancelled dialog changes nothing.
   */
  async function withSheet(
    request: SheetRequest,
    change: (beforeChange: BeforeChange) => Promise<Result<{ recoveryCode: string }, AppError>>,
  ): Promise<Result<{ sheetPath: string }, AppError>> {
    let path = '';
    const chooseWhere: BeforeChange = async () => {
      // Named to the second: the sheet a recovery prints never takes the name of the one before.
      const now = context.now();
      const chosen = await context.chooseSavePath(
        `${request.registerId}_feuille-de-secours_${instantStamp(now)}${String(now.getSeconds()).padStart(2, '0')}.pdf`,
      );
      if (chosen === null) return err(appError('access.cancelled'));
      // A sheet is never written over another file: found now, before the code changes, not after.
      if ((await stat(chosen).catch(() => null)) !== null) return err(appError('package.exists', undefined, { path: chosen }));
      path = chosen;
      return ok(null);
    };
    const changed = await change(chooseWhere);
    if (!changed.ok) return changed;
    const pdf = recoverySheetPdf(
      { registerId: request.registerId, holder: request.holder, recoveryCode: changed.value.recoveryCode },
      {
        establishment: request.establishment,
        head: request.head,
        editedAt: context.now(),
        fonts: context.editionFonts(),
        ...(request.signingKey === undefined ? {} : { signingKey: request.signingKey }),
      },
    );
    if ((await createOnce(path, pdf)).state === 'exists') return err(appError('package.exists', undefined, { path }));
    await context.openPath(path);
    return ok({ sheetPath: path });
  }

  return {
    'access:status': async ({ registerId }) => ok(await store.status(registerId)),
    'access:setUpHolder': (request) =>
      withSheet(request, (beforeChange) => store.setUpHolder(request.registerId, request.holder.orderNumber, request.code, beforeChange)),
    'access:setOwnCode': async ({ registerId, orderNumber, code }) => store.setOwnCode(registerId, orderNumber, code),
    'access:open': async ({ registerId, orderNumber, code }) => store.open(registerId, orderNumber, code),
    'access:reset': async ({ registerId, holderCode, orderNumber }) => store.reset(registerId, holderCode, orderNumber),
    'access:recover': (request) => withSheet(request, (beforeChange) => store.recover(request.registerId, request.recoveryCode, request.newCode, beforeChange)),
  };
}

// A server typed by the holder (an address, an account, maybe the certificate's
// fingerprint), turned into the way every connection to it is then made: joining it as a
// counter, sending a register to it, installing the register on it. Each goes through
// here so that none of them sends a password over a connection the others would refuse.
import { appError, type AppError } from '../../shared/errors';
import type { ServerSettings } from '../../shared/ipc/network';
import { readFingerprint } from '../../shared/network/certificate-fingerprint';
import { err, ok, type Result } from '../../shared/result';
import { networkError } from './network-errors';
import type { RegisterServer } from './register-pool';
import { chooseTransport } from './server-tls';

/**
 * The server to keep, with the way its connection is protected: the fingerprint typed
 * must be 64 hexadecimal characters and the server must present that very certificate.
 */
export async function withChosenTransport(typed: ServerSettings): Promise<Result<RegisterServer, AppError>> {
  const { host, port, database, user, password } = typed;
  const given = typed.fingerprint?.trim() ? typed.fingerprint : undefined;
  const fingerprint = given === undefined ? undefined : readFingerprint(given);
  if (fingerprint === null) return err(appError('network.fingerprintInvalid'));
  try {
    const tls = await chooseTransport({ host, port }, { fingerprint, requireTls: typed.requireTls });
    return ok({ host, port, database, user, password, tls });
  } catch (error) {
    const known = networkError(error);
    if (!known) throw error;
    return err(appError('network.connectFailed', undefined, { code: known.params?.['code'] ?? '', reason: known.params?.['reason'] ?? '' }));
  }
}

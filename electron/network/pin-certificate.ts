// The certificate of the server a counter is already joined to, pinned afterwards: for a
// counter that joined before its host had a certificate, or without typing the fingerprint
// (decision 0067, « preferred » and « required »). The fingerprint typed from the sheet for
// adding a counter is tried first — the server must present that very certificate in the
// TLS handshake, then take the kept password over that pinned connection — and only then
// is the new way returned, for the caller to keep. The result is always « pinned »: this
// never lowers how a counter's connection is protected, nor replaces a pinned certificate.
import { appError, type AppError } from '../../shared/errors';
import { readFingerprint } from '../../shared/network/certificate-fingerprint';
import { err, ok, type Result } from '../../shared/result';
import { networkError } from './network-errors';
import type { RegisterServer, ServerTls } from './register-pool';
import { checkServer } from './server-check';
import { CERTIFICATE_MISMATCH, chooseTransport } from './server-tls';

const FORMAT_REASON = 'l’empreinte doit avoir 64 caractères (chiffres 0 à 9 et lettres A à F), tels qu’imprimés sur la fiche d’ajout d’un poste';

/** Said here rather than « TLS que ce poste exige »: the counter asked for nothing yet, the server has no certificate to check. */
const NO_TLS_REASON =
  'ce serveur ne propose pas de connexion chiffrée (TLS) : il n’a aucun certificat à vérifier ; demandez à la personne qui l’a installé d’activer TLS sur ce serveur';

/**
 * Said here rather than « n’allez pas plus loin »: the counter stays joined as before, and
 * a wrong fingerprint is most often a group miscopied from the sheet.
 */
const MISMATCH_REASON =
  'le serveur qui répond ne présente pas le certificat de cette empreinte : vérifiez l’empreinte recopiée, groupe par groupe ; si elle est juste, ce n’est peut-être pas le serveur du registre qui répond : prévenez la personne qui l’a installé';

/** The reason said on this screen for what the library or the server answered. */
function reasonFor(code: string, reason: string | undefined): string {
  if (code === 'ENOTLS') return NO_TLS_REASON;
  if (code === CERTIFICATE_MISMATCH) return MISMATCH_REASON;
  return reason ?? 'erreur du serveur';
}

function notVerified(code: string, reason: string, field?: string): AppError {
  return appError('network.certificateNotVerified', field, { code, reason });
}

/** The library's failure in French, as this screen says it; anything else (a bug) goes on. */
function refusal(error: unknown): AppError {
  const known = networkError(error);
  if (!known) throw error;
  const code = known.params?.['code'] ?? '';
  return notVerified(code, reasonFor(code, known.params?.['reason']));
}

/**
 * The kept server with its certificate pinned to the fingerprint typed, and the register's
 * head read over that pinned connection; or why not, in French (the kept way untouched).
 */
export async function pinKeptServer(kept: RegisterServer, typed: string): Promise<Result<{ server: RegisterServer; headSeq: number }, AppError>> {
  const fingerprint = readFingerprint(typed);
  if (fingerprint === null) return err(notVerified('', FORMAT_REASON, 'fingerprint'));
  // Never a way to swap one pinned certificate for another: a counter refused by its server stops and asks (docs/reseau.md § 3 bis).
  if (kept.tls?.mode === 'pinned' && kept.tls.fingerprint !== fingerprint) return err(appError('network.certificateAlreadyPinned', 'fingerprint'));
  const { host, port, database, user, password } = kept;
  let tls: ServerTls;
  try {
    // The server's certificate, asked with the TLS request alone (no name, no password), compared with the fingerprint.
    tls = await chooseTransport({ host, port }, { fingerprint });
  } catch (error) {
    return err(refusal(error));
  }
  const server: RegisterServer = { host, port, database, user, password, tls };
  // Then a real connection pinned to it, with the kept password: what the counter will do from now on.
  const checked = await checkServer(server);
  if (!checked.ok) {
    const code = checked.error.params?.['code'] ?? '';
    return err(notVerified(code, reasonFor(code, checked.error.params?.['reason'])));
  }
  return ok({ server, headSeq: checked.value.headSeq });
}

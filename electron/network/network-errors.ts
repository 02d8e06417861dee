// The one table of the shared register's failures in French. The client library (`pg`)
// reports a failure by a Node errno (the server cannot be reached) or by PostgreSQL's
// SQLSTATE (the server answered no), with English messages: the person at the counter is
// told the reason in words they can act on, never the library's message.
import { appError, type AppError } from '../../shared/errors';
import { handbackFromDetail, takenBackError } from './handback';
import { APPEND_ONLY_SQLSTATE, HANDED_BACK_SQLSTATE } from './migrations';
import { CERTIFICATE_MISMATCH } from './server-tls';

/** Said for any certificate that is not the pinned one: the counter may be talking to another machine. */
const CERTIFICATE_REASON =
  'le certificat du serveur ne correspond pas à l’empreinte de la fiche d’ajout d’un poste : ce n’est peut-être pas le serveur du registre ; vérifiez l’empreinte et n’allez pas plus loin';

/** Node's errno codes met on the way to the server. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'le serveur ne répond pas à cette adresse (est-il allumé et démarré ?)',
  ENOTFOUND: 'adresse du serveur introuvable sur le réseau',
  EAI_AGAIN: 'adresse du serveur introuvable sur le réseau',
  ETIMEDOUT: 'le serveur ne répond plus (réseau coupé ou poste serveur éteint)',
  EHOSTUNREACH: 'poste serveur injoignable sur le réseau',
  ENETUNREACH: 'réseau injoignable (câble ou Wi-Fi du poste)',
  ECONNRESET: 'liaison avec le serveur coupée',
  EPIPE: 'liaison avec le serveur coupée',
  // server-tls.ts: the pinned certificate, or TLS asked of a server that offers none.
  [CERTIFICATE_MISMATCH]: CERTIFICATE_REASON,
  ENOTLS: 'le serveur n’accepte pas les connexions chiffrées (TLS) que ce poste exige',
};

/** PostgreSQL's SQLSTATE codes a counter may meet (PostgreSQL documentation, appendix A). */
const SQLSTATE_REASONS: Readonly<Record<string, string>> = {
  '28P01': 'mot de passe du registre refusé (voir la fiche d’ajout d’un poste)',
  '28000': 'ce poste n’est pas autorisé à se connecter au serveur',
  '3D000': 'base du registre introuvable sur le serveur',
  '42501': 'droits insuffisants sur le registre partagé',
  '42P01': 'le registre partagé n’est pas installé sur ce serveur',
  '53300': 'trop de postes connectés au serveur',
  '53100': 'disque du serveur plein',
  '53200': 'mémoire du serveur insuffisante',
  '57P01': 'le serveur s’arrête',
  '57P02': 'le serveur s’arrête',
  '57P03': 'le serveur démarre et n’accepte pas encore de connexion',
  '57014': 'opération trop longue, interrompue par le serveur',
  '08000': 'liaison avec le serveur coupée',
  '08003': 'liaison avec le serveur coupée',
  '08006': 'liaison avec le serveur coupée',
  '08001': 'le serveur refuse la connexion',
  '08004': 'le serveur refuse la connexion',
  '55P03': 'le registre partagé est occupé par un autre poste depuis trop longtemps ; réessayez dans un instant',
  '40001': 'deux inscriptions se sont croisées sur le serveur',
  '40P01': 'deux inscriptions se sont croisées sur le serveur',
};

/** Failures the library reports in words only: a connection lost or never made in time. */
const MESSAGE_REASONS: readonly [RegExp, string, string][] = [
  [/does not support SSL/i, 'le serveur n’accepte pas les connexions chiffrées (TLS) que ce poste exige', 'ENOTLS'],
  [/timeout/i, 'le serveur ne répond pas dans le délai', 'ETIMEDOUT'],
  [/Connection terminated/i, 'liaison avec le serveur coupée', 'ECONNRESET'],
];

/**
 * The French error for a failure of the shared register, or null when it is something
 * else (a bug, which the caller lets through). Writing over a validated event is the
 * same refusal as on one PC.
 */
export function networkError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === APPEND_ONLY_SQLSTATE) return appError('storage.writeOnce');
  // The register was taken back to one PC (migration 7): said with who took it, when, at which number.
  if (code === HANDED_BACK_SQLSTATE) {
    const mark = handbackFromDetail((error as { detail?: unknown }).detail);
    return mark ? takenBackError(mark) : appError('network.failed', undefined, { code, reason: 'le registre a été repris sur un autre poste' });
  }
  // OpenSSL's refusals of a certificate (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_SIGNATURE_FAILURE…): not the pinned one.
  if (typeof code === 'string' && /CERT|ERR_TLS|^UNABLE_TO_|SIGNATURE/.test(code))
    return appError('network.failed', undefined, { code: CERTIFICATE_MISMATCH, reason: CERTIFICATE_REASON });
  if (typeof code === 'string') {
    const reason = ERRNO_REASONS[code] ?? SQLSTATE_REASONS[code];
    if (reason) return appError('network.failed', undefined, { code, reason });
    if (/^E[A-Z]+$/.test(code)) return appError('network.failed', undefined, { code, reason: 'erreur du réseau' });
    // Any other answer of the server: a SQLSTATE, which says which refusal it is.
    if (/^[0-9A-Z]{5}$/.test(code)) return appError('network.failed', undefined, { code, reason: 'le serveur a refusé l’opération' });
  }
  const message = error instanceof Error ? error.message : '';
  for (const [pattern, reason, named] of MESSAGE_REASONS) if (pattern.test(message)) return appError('network.failed', undefined, { code: named, reason });
  return null;
}

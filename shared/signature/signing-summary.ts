// What a verification says of the signatures, once every one it met was verified: how
// many, and with which key; or that the register has no key yet, which is not a fault
// (registers kept before signed closures, or taken over by an import, get theirs at their
// next closure in the application).
import { formatInteger, frenchTypography } from '../french';
import type { RegisterState } from '../register/register-state';
import { keyFingerprint } from './fingerprint';

export interface SigningSummary {
  /** Closures whose signature was verified. */
  signatures: number;
  /** The key in force after the last event: undefined when the register never had one, null while it waits for the new holder's. */
  key: string | null | undefined;
}

export function signingSummary(signatures: number, state: Pick<RegisterState, 'signingKey'>): SigningSummary {
  return { signatures, key: state.signingKey?.publicKey };
}

/** One French sentence, in French typography, for the command line, the integrity screen and the package import. */
export function signingWording(summary: SigningSummary): string {
  return frenchTypography(plainWording(summary));
}

function plainWording({ signatures, key }: SigningSummary): string {
  const verified =
    signatures === 0
      ? 'aucune clôture signée pour l’instant'
      : signatures === 1
        ? '1 clôture signée, signature vérifiée'
        : `${formatInteger(signatures)} clôtures signées, signatures vérifiées`;
  if (key === undefined)
    return 'Registre non signé : il n’a pas encore de clé de signature (registre tenu avant les clôtures signées, ou repris par import). Il la recevra à sa prochaine clôture dans l’application.';
  if (key === null) return `Signatures : ${verified} ; le registre attend la clé du nouveau titulaire, enregistrée à sa première clôture.`;
  return `Signatures : ${verified} avec la clé du registre, empreinte ${keyFingerprint(key)}.`;
}

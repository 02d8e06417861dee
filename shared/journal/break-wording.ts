// What a broken journal means, in French, naming the first broken line and its order
// number: one wording for the command line and the offline verifier page, so that an
// inspector reads the same sentence whichever tool they ran.
import { JOURNAL_FORMAT } from '../register/events';
import { missingCaseError } from '../result';
import type { JournalBreak } from './read';

/** The sentence for the first break (without the typography's narrow spaces: the caller applies them). */
export function journalBreakWording(broken: JournalBreak): string {
  const where = broken.seq === undefined ? `Ligne ${broken.line}` : `Ligne ${broken.line} (n° d’ordre ${broken.seq})`;
  switch (broken.reason) {
    case 'empty':
      return 'Le journal est vide : il ne contient aucun événement.';
    case 'json':
      return `${where} : ce n’est pas du JSON lisible — la ligne est tronquée, vide ou a été modifiée.`;
    case 'shape':
      return `${where} : ce n’est pas un événement du registre — n° d’ordre, type ou empreintes absents ou invalides.`;
    case 'gap':
      return `${where} : le n° d’ordre ${broken.expectedSeq ?? '?'} était attendu — une ligne a été supprimée, insérée ou déplacée.`;
    case 'prevHash':
      return `${where} : l’empreinte précédente ne correspond pas à la ligne d’avant — une ligne antérieure a été modifiée ou remplacée.`;
    case 'hash':
      return `${where} : l’empreinte ne correspond pas au contenu — la ligne a été modifiée.`;
    case 'rule':
      return `${where} : le chaînage est intact, mais cet événement enfreint les règles du registre — ${broken.message ?? ''}`;
    case 'format':
      return `${where} : ${newerJournalFormat(broken.format)}`;
    default:
      throw missingCaseError(broken.reason);
  }
}

/** Why a newer journal is not read: neither intact nor altered, only unknown to this version. */
export function newerJournalFormat(format: number | undefined): string {
  return `le journal est écrit au format ${format ?? '?'}, plus récent que le format ${JOURNAL_FORMAT} que cette version sait lire. Il n’est pas lu, pour ne pas être mal lu : vérifiez-le avec une version plus récente du logiciel ou du vérificateur.`;
}

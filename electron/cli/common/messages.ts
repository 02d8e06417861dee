// The French sentences every command shares: why a journal could not be read or was
// refused, why a package was refused, why an output folder cannot be used. Pure
// functions of the results, so the wording is tested without running a process.
import { formatInteger, frenchTypography } from '../../../shared/french';
import { journalBreakWording } from '../../../shared/journal/break-wording';
import type { JournalBreak } from '../../../shared/journal/read';
import { describeError, type AppError } from '../../../shared/errors';
import { errnoReason } from '../../files/file-errors';

export function unreadableJournal(path: string, code: string): string {
  return frenchTypography(`Impossible de lire le journal « ${path} » : ${errnoReason(code, 'fichier')}.`);
}

/** Names the first broken line, its order number when readable, and what it means. */
export function journalBreak(path: string, broken: JournalBreak): string {
  return frenchTypography(`Journal refusé : ${path}\n${journalBreakWording(broken)}`);
}

/** A line read back after the verification no longer gives the hash the chain held: the file changed meanwhile. */
export function journalChangedWhileRead(path: string): string {
  return frenchTypography(
    `Journal refusé : ${path}\nLe fichier a changé pendant sa lecture : une ligne relue ne correspond plus à la chaîne vérifiée. Relancez la commande sur un journal qui n’est plus modifié.`,
  );
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

export const NOTHING_WRITTEN = 'Aucun fichier n’a été écrit.';

export function editionsOutNotFolder(path: string): string {
  return frenchTypography(`Éditions refusées : « ${path} » existe et n’est pas un dossier. Indiquez un dossier, existant ou à créer. ${NOTHING_WRITTEN}`);
}

export function editionsOutUnwritable(path: string, code: string): string {
  return frenchTypography(`Impossible de créer le dossier « ${path} » : ${errnoReason(code, 'dossier')}. ${NOTHING_WRITTEN}`);
}

export function editionsFontsMissing(places: readonly string[]): string {
  return frenchTypography(
    `Polices DejaVu introuvables (paquet dejavu-fonts-ttf) ; cherchées dans : ${places.join(', ')}. Lancez npm ci, ou npm run build qui les copie à côté de dist/electron/cli.mjs. ${NOTHING_WRITTEN}`,
  );
}

/** The verdict on a package: the application's own wording (shared/errors.ts), after the file's name. */
export function packageRefused(path: string, error: AppError): string {
  // The verdict's own "Dossier refusé :" heads the first line, with the file's name.
  const verdict = describeError(error).replace(/^Dossier refusé\u202f: /, '');
  return frenchTypography(`Dossier refusé : ${path}\n`) + verdict.charAt(0).toUpperCase() + verdict.slice(1);
}

// ——— annual and jare: one verified journal, files never replaced ———

export function annualNotRegister(journal: string): string {
  return frenchTypography(`${journal} ne commence pas par l’ouverture d’un registre : aucune déclaration annuelle possible.`);
}

export function annualExisting(paths: readonly string[]): string {
  return frenchTypography(`Rien n’est écrit : ces fichiers existent déjà et ne sont jamais remplacés :\n${paths.map((path) => `  ${path}`).join('\n')}`);
}

export function annualWriteFailed(path: string, code: string): string {
  return frenchTypography(`Écriture impossible de ${path} (${errnoReason(code, 'dossier')}) : rien n’est gardé de cette exécution.`);
}

// The French sentences of `import` (the other commands' are in their own folders).
import { frenchTypography, formatInteger } from '../../shared/french';
import { plural } from './common/messages';
import { errnoReason } from '../files/file-errors';

export function unreadableCsv(path: string, code: string): string {
  return frenchTypography(`Impossible de lire le fichier à importer « ${path} » : ${errnoReason(code, 'fichier')}.`);
}

export function importOutExists(path: string): string {
  return frenchTypography(`Import refusé : « ${path} » existe déjà. Un journal existant n’est jamais remplacé ; choisissez un autre nom ou un dossier.`);
}

export function importBadOut(path: string): string {
  return frenchTypography(
    `Destination invalide : « ${path} ». Indiquez un dossier existant, ou un chemin se terminant par .journal.jsonl dont le nom (lettres, chiffres et tirets, 64 au plus) devient l’identifiant du registre, par exemple REG-2026-001.journal.jsonl.`,
  );
}

export function importUnwritable(path: string, code: string): string {
  return frenchTypography(`Impossible d’écrire le journal « ${path} » : ${errnoReason(code, 'dossier')}. Aucun fichier n’a été écrit.`);
}

export function importSelfCheckFailed(path: string): string {
  return frenchTypography(`Import interrompu : le journal relu avant d’être nommé « ${path} » n’est pas intègre. Aucun fichier n’a été écrit.`);
}

export interface ImportSummary {
  csv: string;
  path: string;
  registerId: string;
  rows: number;
  events: number;
  movements: number;
  products: number;
}

export function importSummary(summary: ImportSummary): string {
  return frenchTypography(
    [
      `Import réussi : ${summary.path}`,
      `Fichier lu : ${summary.csv}`,
      `Lignes lues : ${formatInteger(summary.rows)}`,
      `Événements écrits : ${formatInteger(summary.events)}, dont ${plural(summary.movements, 'mouvement')}`,
      `Produits : ${formatInteger(summary.products)}`,
      `Identifiant du registre : ${summary.registerId}`,
      'Le journal a été relu et vérifié ; il peut être restauré dans l’application depuis son dossier.',
    ].join('\n'),
  );
}

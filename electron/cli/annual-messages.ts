// The French sentences of the `annual` command.
import { frenchTypography } from '../../shared/french';
import { formatEditionInstant } from '../../shared/editions/wording';
import type { AnnualUsageProblem } from './annual-args';
import { errnoReason } from '../files/file-errors';

export const ANNUAL_USAGE = [
  '  annual <journal> --year AAAA --out <dossier>',
  '                                     vérifie tout le journal, puis écrit dans le dossier (créé au besoin) la copie de travail',
  '                                     de la déclaration annuelle (classeur .xlsx aux feuilles D, S et P du fichier JARE) et',
  '                                     l’état annuel récapitulatif (PDF) de l’année ; ne remplace jamais un fichier.',
];

export function annualProblemWording(problem: AnnualUsageProblem): string {
  switch (problem.kind) {
    case 'missingYear':
      return 'La commande annual attend --year suivi de l’année déclarée, par exemple --year 2026.';
    case 'badYear':
      return `Année invalide : « ${problem.value} ». Indiquez quatre chiffres, par exemple 2026.`;
    case 'missingAnnualOut':
      return 'La commande annual attend --out suivi du dossier où écrire le classeur et le PDF (il est créé s’il n’existe pas).';
  }
}

export function annualNotRegister(journal: string): string {
  return frenchTypography(`${journal} ne commence pas par l’ouverture d’un registre : aucune déclaration annuelle possible.`);
}

export function annualExisting(paths: readonly string[]): string {
  return frenchTypography(`Rien n’est écrit : ces fichiers existent déjà et ne sont jamais remplacés :\n${paths.map((path) => `  ${path}`).join('\n')}`);
}

export function annualWriteFailed(path: string, code: string): string {
  return frenchTypography(`Écriture impossible de ${path} (${errnoReason(code, 'dossier')}) : rien n’est gardé de cette exécution.`);
}

export interface AnnualSummary {
  journal: string;
  year: number;
  editedAt: Date;
  files: { path: string; sha256: string }[];
  products: number;
  substances: number;
  withoutSubstance: readonly string[];
  unexplained: readonly string[];
}

export function annualSummary(summary: AnnualSummary): string {
  const lines = [
    `Déclaration annuelle ${summary.year} d’après ${summary.journal} (édité le ${formatEditionInstant(summary.editedAt)}) : ${summary.products} produit(s), ${summary.substances} substance(s).`,
    ...summary.files.map((file) => `  ${file.path}\n    SHA-256 ${file.sha256}`),
  ];
  if (summary.withoutSubstance.length > 0) lines.push(`Attention : produits sans substance déclarée, absents de la feuille S : ${summary.withoutSubstance.join(', ')}.`);
  lines.push(
    summary.unexplained.length === 0
      ? 'Contrôle : stock au 31/12 = stock au 1/1 + entrées − sorties + écarts expliqués, pour chaque ligne.'
      : `Attention : écart non expliqué pour ${summary.unexplained.join(', ')} (clôtures et journal ne concordent pas).`,
  );
  lines.push('Copie de travail : les chiffres sont à reporter dans le fichier JARE de l’ANSM.');
  return frenchTypography(lines.join('\n'));
}

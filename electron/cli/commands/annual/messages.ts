// The French sentences of the `annual` command.
import { frenchTypography } from '../../../../shared/french';
import { countOf } from '../../../../shared/format/plural';
import { formatEditionInstant } from '../../../../shared/editions/wording';

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
    `Déclaration annuelle ${summary.year} d’après ${summary.journal} (édité le ${formatEditionInstant(summary.editedAt)}) : ${countOf(summary.products, 'produit', 'produits')}, ${countOf(summary.substances, 'substance', 'substances')}.`,
    ...summary.files.map((file) => `  ${file.path}\n    SHA-256 ${file.sha256}`),
  ];
  if (summary.withoutSubstance.length > 0)
    lines.push(`Attention : produits sans substance déclarée, absents de la feuille S : ${summary.withoutSubstance.join(', ')}.`);
  lines.push(
    summary.unexplained.length === 0
      ? 'Contrôle : stock au 31/12 = stock au 1/1 + entrées − sorties + écarts expliqués, pour chaque ligne.'
      : `Attention : écart non expliqué pour ${summary.unexplained.join(', ')} (clôtures et journal ne concordent pas).`,
  );
  lines.push('Copie de travail : les chiffres sont à reporter dans le fichier JARE de l’ANSM.');
  return frenchTypography(lines.join('\n'));
}

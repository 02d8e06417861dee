// The French sentences of the `jare` command.
import { describeError, type AppError } from '../../shared/errors';
import { frenchTypography } from '../../shared/french';
import type { FillReport } from '../../shared/jare/fill-report';
import { attentionSentences, proposalsAsMatches, totalsSentence } from '../../shared/jare/fill-report-wording';
import type { JareUsageProblem } from './jare-args';
import { errnoReason } from '../files/file-errors';

export const JARE_USAGE = [
  '  jare <journal> --year AAAA --out <copie.xlsx> [--template <fichier-jare.xlsx>] [--matches <correspondances.json>]',
  '                                     vérifie tout le journal ; avec --template, remplit une copie du fichier JARE de l’ANSM',
  '                                     (lignes trouvées par numéro NDS, GTIN/CIP ou correspondance confirmée dans --matches :',
  '                                     { "substances": { "Morphine (sulfate)": "NDS 1234" }, "products": { "P2": "GTIN 0340…" } })',
  '                                     et écrit à côté le rapport de remplissage (PDF) ; sans --template, la copie de travail.',
  '                                     Ne remplace jamais un fichier, ni le modèle. Code de sortie : 0 écrit, 1 journal altéré,',
  '                                     2 commande incorrecte, modèle ou correspondances refusés, fichier déjà existant.',
];

export function jareProblemWording(problem: JareUsageProblem): string {
  switch (problem.kind) {
    case 'jareMissingOption':
      return {
        '--year': 'La commande jare attend --year suivi de l’année déclarée, par exemple --year 2026.',
        '--out': 'La commande jare attend --out suivi du chemin du classeur à écrire (.xlsx).',
        '--template': 'L’option --template attend le chemin du fichier JARE téléchargé de l’ANSM (.xlsx).',
        '--matches': 'L’option --matches attend le chemin du fichier JSON des correspondances confirmées.',
      }[problem.option];
    case 'jareBadYear':
      return `Année invalide : « ${problem.value} ». Indiquez quatre chiffres, par exemple 2026.`;
    case 'jareOutNotXlsx':
      return `--out doit nommer un classeur .xlsx à créer, pas « ${problem.value} ».`;
    case 'jareMatchesWithoutTemplate':
      return 'L’option --matches n’a de sens qu’avec --template : les correspondances désignent des lignes du fichier de l’ANSM.';
  }
}

export function jareTemplateRefused(path: string, error: AppError): string {
  return frenchTypography(`${path} : ${describeError(error)} Rien n’est écrit.`);
}

export function jareTemplateUnreadable(path: string, code: string): string {
  return frenchTypography(`Lecture impossible du modèle ${path} (${errnoReason(code, 'fichier')}) : rien n’est écrit.`);
}

export function jareMatchesRefused(path: string, problem: string): string {
  return frenchTypography(`Fichier de correspondances ${path} refusé (${problem}) : rien n’est écrit.`);
}

export function jareSummary(files: readonly { path: string; sha256: string }[], year: number, report: FillReport | null): string {
  const lines = [`Déclaration annuelle ${year} :`, ...files.map((file) => `  ${file.path}\n    SHA-256 ${file.sha256}`)];
  if (report === null) lines.push('Sans modèle : copie de travail au format JARE, à reporter dans le fichier de l’ANSM.');
  else {
    lines.push(totalsSentence(report));
    const attention = attentionSentences(report);
    if (attention.length > 0) lines.push('À examiner :', ...attention.map((sentence) => `  • ${sentence}`));
    const proposed = proposalsAsMatches(report);
    if (Object.keys(proposed.substances).length + Object.keys(proposed.products).length > 0)
      lines.push('Si ces propositions sont justes, ce contenu pour --matches les confirme (relancez avec un autre --out) :', JSON.stringify(proposed));
    lines.push('Relisez la copie avant de la déposer sur NDS-Web 2 : le modèle de l’ANSM n’a pas été modifié.');
  }
  return frenchTypography(lines.join('\n'));
}

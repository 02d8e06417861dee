// The French sentences of the `jare` command.
import { describeError, type AppError } from '../../../../shared/errors';
import { frenchTypography } from '../../../../shared/french';
import { errnoReason } from '../../../files/file-errors';
import type { FillReport } from '../../../../shared/jare/fill-report';
import { attentionSentences, proposalsAsMatches, totalsSentence } from '../../../../shared/jare/fill-report-wording';

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

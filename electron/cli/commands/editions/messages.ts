// The French sentences of `editions`.
import { frenchTypography } from '../../../../shared/french';
import { formatDay } from '../../../../shared/register/dates';
import { missingCaseError } from '../../../../shared/result';
import { describePeriod } from '../../../../shared/editions/period';
import { formatEditionInstant } from '../../../../shared/editions/wording';
import { NOTHING_WRITTEN, plural } from '../../common/messages';
import { errnoReason } from '../../../files/file-errors';
import type { EditionsPlan, EditionsProblem, PeriodChoice } from './editions-plan';

/** Why the intact journal cannot give the editions asked for (exit 2). */
export function editionsProblem(journal: string, problem: EditionsProblem): string {
  switch (problem.kind) {
    case 'notRegister':
      return frenchTypography(`Éditions impossibles : « ${journal} » est intègre mais ne commence pas par l’ouverture d’un registre. ${NOTHING_WRITTEN}`);
    case 'unknownProduct': {
      const known =
        problem.known.length === 0
          ? 'aucun produit n’est défini dans ce journal.'
          : `produits du journal : ${problem.known.map((entry) => `${entry.productId} (${entry.label})`).join(', ')}.`;
      return frenchTypography(`Produit inconnu pour --product : « ${problem.productId} » ; ${known} ${NOTHING_WRITTEN}`);
    }
    case 'fromAfterJournal':
      return frenchTypography(
        `Période invalide : --from ${problem.from} est après la dernière date d’opération du journal (${formatDay(problem.last)}), qui termine la période quand --to est absent. Indiquez aussi --to. ${NOTHING_WRITTEN}`,
      );
    case 'toBeforeJournal':
      return frenchTypography(
        `Période invalide : --to ${problem.to} est avant la première date d’opération du journal (${formatDay(problem.first)}), qui commence la période quand --from est absent. Indiquez aussi --from. ${NOTHING_WRITTEN}`,
      );
    default:
      throw missingCaseError(problem);
  }
}

/** Names every file that already exists; none is ever replaced. */
export function editionsExisting(paths: readonly string[]): string {
  const advice = `Une édition existante n’est jamais remplacée ; choisissez un autre dossier ou relancez la commande dans une minute (le nom porte l’heure de l’édition). ${NOTHING_WRITTEN}`;
  if (paths.length === 1) return frenchTypography(`Éditions refusées : « ${paths[0]} » existe déjà. ${advice}`);
  return frenchTypography(`Éditions refusées : ces ${paths.length} fichiers existent déjà :\n${paths.map((path) => `  ${path}`).join('\n')}\n${advice}`);
}

export function editionsWriteFailed(path: string, code: string): string {
  const why = code === 'EEXIST' ? 'le fichier est apparu pendant l’écriture' : errnoReason(code, 'dossier');
  return frenchTypography(
    `Impossible d’écrire « ${path} » : ${why}. Les fichiers déjà écrits par cette commande ont été retirés ; ${NOTHING_WRITTEN.toLowerCase()}`,
  );
}

export function editionsFailed(fileName: string, reason: string): string {
  return frenchTypography(`Édition impossible : ${fileName} n’a pas pu être produite (${reason}). ${NOTHING_WRITTEN}`);
}

function periodWording(choice: PeriodChoice): string {
  const period = describePeriod(choice.period);
  if (choice.fromGiven && choice.toGiven) return `Période : ${period}.`;
  if (!choice.fromGiven && !choice.toGiven)
    return `Période : ${period} — aucune date indiquée : tout le journal, de sa première à sa dernière date d’opération.`;
  if (choice.fromGiven) return `Période : ${period} — --to absent : jusqu’à la dernière date d’opération du journal.`;
  return `Période : ${period} — --from absent : depuis la première date d’opération du journal.`;
}

export interface WrittenEdition {
  letter: string;
  fileName: string;
  description: string;
  pages: number;
  sha256: string;
}

export interface EditionsSummary {
  journal: string;
  out: string;
  plan: EditionsPlan;
  editedAt: Date;
  written: readonly WrittenEdition[];
}

export function editionsSummary(summary: EditionsSummary): string {
  const { plan, written } = summary;
  const lines = [
    `Éditions écrites : ${plural(written.length, 'fichier')} dans ${summary.out}`,
    `Journal intègre : ${summary.journal} — ${plural(plan.events, 'événement')}, tête de chaîne n° ${plan.head.seq}, empreinte ${plan.head.hash}`,
    `Registre : ${plan.registerId} — ${plan.establishment.name}`,
    periodWording(plan.choice),
  ];
  if (plan.product) lines.push(`Produit : ${plan.product.productId} — ${plan.product.label}`);
  else {
    if (written.some((edition) => edition.letter === 'c') && !plan.wholeMonths)
      lines.push('Chaque balance mensuelle couvre le mois entier, même quand la période n’en prend qu’une partie.');
    if (plan.unmoved > 0) {
      lines.push(
        written.some((edition) => edition.letter === 'a')
          ? `Pas de registre par produit pour ${plural(plan.unmoved, 'produit')} sans mouvement sur la période.`
          : 'Aucun produit n’a de mouvement sur la période : pas de registre par produit.',
      );
    }
  }
  lines.push(`Édité le ${formatEditionInstant(summary.editedAt)} (horloge du poste)`, '');
  for (const edition of written) {
    lines.push(`(${edition.letter}) ${edition.description} — ${plural(edition.pages, 'page')}`, `    ${edition.fileName}`, `    SHA-256 : ${edition.sha256}`);
  }
  return frenchTypography(lines.join('\n'));
}

// Every French sentence the command line prints. Pure functions of the results, so the
// wording is tested without running a process.
import { frenchTypography, formatInteger } from '../../shared/french';
import type { JournalBreak, JournalSummary } from '../../shared/journal/read';
import { formatDay } from '../../shared/register/dates';
import { formatQuantity } from '../../shared/register/quantity';
import { missingCaseError } from '../../shared/result';
import { dispensable } from '../../shared/stock/movements';
import type { UsageProblem } from './args';
import type { StockReport } from './stock-tally';

export function usage(): string {
  return frenchTypography(
    [
      'Usage : npm run cli -- <commande> <journal> [options]',
      '       npm run cli -- import <fichier.csv> --out <dossier ou chemin.journal.jsonl>',
      '',
      'Commandes :',
      '  verify <journal>                   vérifie le chaînage du journal et en donne le résumé',
      '  stock <journal> [--at AAAA-MM-JJ]  solde, stock disponible et quarantaine de chaque produit à ce jour',
      '                                     (opérations du jour comprises), ou aujourd’hui',
      '  import <fichier.csv> --out <dest>  crée un nouveau journal chaîné à partir d’un fichier CSV d’opérations',
      '                                     (voir docs/import-format.md) ; --out : dossier existant ou chemin .journal.jsonl',
      '  help                               affiche cette aide',
      '',
      'Le journal est un fichier .journal.jsonl : un événement JSON par ligne.',
      'Code de sortie : 0 journal intègre, 1 journal altéré, 2 commande incorrecte ou fichier illisible.',
      'Pour import : 0 journal écrit, 1 ligne refusée (rien n’est écrit), 2 commande incorrecte, fichier illisible ou destination déjà existante.',
    ].join('\n'),
  );
}

export function usageProblem(problem: UsageProblem): string {
  return `${frenchTypography(problemWording(problem))}\n\n${usage()}`;
}

function problemWording(problem: UsageProblem): string {
  switch (problem.kind) {
    case 'noCommand':
      return 'Commande manquante : indiquez verify, stock ou import.';
    case 'unknownCommand':
      return `Commande inconnue : « ${problem.command} ». Commandes possibles : verify, stock, import.`;
    case 'missingJournal':
      return `La commande ${problem.command} attend le chemin d’un fichier journal (.journal.jsonl).`;
    case 'unexpectedArgument':
      return `Argument inattendu pour ${problem.command} : « ${problem.argument} ».`;
    case 'missingDate':
      return 'L’option --at attend une date au format AAAA-MM-JJ.';
    case 'badDate':
      return `Date invalide pour --at : « ${problem.value} ». Utilisez le format AAAA-MM-JJ, par exemple 2026-03-31.`;
    case 'missingCsv':
      return 'La commande import attend le chemin d’un fichier CSV d’opérations.';
    case 'missingOut':
      return 'La commande import attend --out suivi d’un dossier existant ou d’un chemin se terminant par .journal.jsonl.';
    default:
      throw missingCaseError(problem);
  }
}

export function unreadableJournal(path: string, code: string): string {
  const why =
    code === 'ENOENT'
      ? 'fichier introuvable'
      : code === 'EISDIR'
        ? 'c’est un dossier, pas un fichier'
        : code === 'EACCES' || code === 'EPERM'
          ? 'accès refusé'
          : `erreur de lecture ${code}`;
  return frenchTypography(`Impossible de lire le journal « ${path} » : ${why}.`);
}

/** Names the first broken line, its order number when readable, and what it means. */
export function journalBreak(path: string, broken: JournalBreak): string {
  return frenchTypography(`Journal refusé : ${path}\n${breakWording(broken)}`);
}

function breakWording(broken: JournalBreak): string {
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
    default:
      throw missingCaseError(broken.reason);
  }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

export function verifySummary(path: string, summary: JournalSummary): string {
  return frenchTypography(
    [
      `Journal intègre : ${path}`,
      `Événements : ${formatInteger(summary.events)}, dont ${plural(summary.movements, 'mouvement')}`,
      `Produits définis : ${formatInteger(summary.products)}`,
      `Dernier n° d’ordre : ${summary.lastSeq}`,
      `Empreinte de tête : ${summary.headHash}`,
    ].join('\n'),
  );
}

const HEADINGS = ['Désignation', 'Forme', 'Dosage', 'Solde du registre', 'Disponible', 'Quarantaine', 'Unité'] as const;
/** The columns of quantities, right-aligned. */
const FIGURES: ReadonlySet<number> = new Set([3, 4, 5]);

/**
 * A plain-text table, one product per line: the register balance, what of it can be
 * dispensed, and what waits in quarantine for destruction.
 */
export function stockReport(report: StockReport): string {
  const register = [report.establishmentName, report.registerId && `registre ${report.registerId}`].filter(Boolean).join(', ');
  const title = `Stock au ${formatDay(report.at)}${register ? ` — ${register}` : ''}`;
  if (report.rows.length === 0) return frenchTypography(`${title}\nAucun produit défini à cette date.`);
  const cells = report.rows.map((row) => [
    row.product?.designation ?? `Produit non défini (${row.productId})`,
    row.product?.form ?? '',
    row.product?.strength ?? '',
    formatQuantity(row.balance.total),
    formatQuantity(dispensable(row.balance)),
    formatQuantity(row.balance.quarantine),
    row.product?.unit ?? '',
  ]);
  const table = [[...HEADINGS], ...cells];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const lines = table.map((line) =>
    line
      .map((cell, column) => (FIGURES.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  return `${frenchTypography(title)}\n${lines.join('\n')}`;
}

function readProblem(code: string): string {
  return code === 'ENOENT'
    ? 'fichier introuvable'
    : code === 'EISDIR'
      ? 'c’est un dossier, pas un fichier'
      : code === 'EACCES' || code === 'EPERM'
        ? 'accès refusé'
        : `erreur ${code}`;
}

export function unreadableCsv(path: string, code: string): string {
  return frenchTypography(`Impossible de lire le fichier à importer « ${path} » : ${readProblem(code)}.`);
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
  const why = code === 'ENOENT' ? 'dossier introuvable' : code === 'EACCES' || code === 'EPERM' ? 'accès refusé' : `erreur d’écriture ${code}`;
  return frenchTypography(`Impossible d’écrire le journal « ${path} » : ${why}. Aucun fichier n’a été écrit.`);
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

// Every French sentence the command line prints. Pure functions of the results, so the
// wording is tested without running a process.
import { frenchTypography, formatInteger } from '../../shared/french';
import { journalBreakWording } from '../../shared/journal/break-wording';
import type { JournalBreak, JournalSummary } from '../../shared/journal/read';
import { formatDay } from '../../shared/register/dates';
import { formatQuantity } from '../../shared/register/quantity';
import { missingCaseError } from '../../shared/result';
import { dispensable } from '../../shared/stock/movements';
import type { UsageProblem } from './args';
import { ANNUAL_USAGE, annualProblemWording } from './annual-messages';
import { JARE_USAGE, jareProblemWording } from './jare-messages';
import { describePeriod } from '../../shared/editions/period';
import { formatEditionInstant } from '../../shared/editions/wording';
import type { EditionsPlan, EditionsProblem, PeriodChoice } from './editions-plan';
import type { StockReport } from './stock-tally';
import { describeError, type AppError } from '../../shared/errors';
import type { VerifiedPackage } from '../../shared/package/verify';

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
      '  editions <journal> --out <dossier> [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--product <id>]',
      '                                     vérifie tout le journal, puis écrit dans le dossier (créé au besoin) les éditions PDF',
      '                                     de la période : registre de tous les produits, registre de chaque produit mouvementé,',
      '                                     balance de chaque mois, ordonnancier, rapport d’intégrité, inventaires, avis et',
      '                                     procès-verbaux de destruction, vols de la période ; avec --product (P2…) :',
      '                                     registre et ordonnancier de ce seul produit. Sans dates : tout le journal ; sans',
      '                                     --from (ou --to) : depuis sa première (ou jusqu’à sa dernière) date d’opération.',
      ...ANNUAL_USAGE,
      ...JARE_USAGE,
      '  help                               affiche cette aide',
      '',
      'Le journal est un fichier .journal.jsonl : un événement JSON par ligne.',
      'Code de sortie : 0 journal intègre, 1 journal altéré, 2 commande incorrecte ou fichier illisible.',
      'Pour import : 0 journal écrit, 1 ligne refusée (rien n’est écrit), 2 commande incorrecte, fichier illisible ou destination déjà existante.',
      'Pour editions : 0 éditions écrites, 1 journal altéré (rien n’est écrit), 2 commande incorrecte, fichier illisible ou édition déjà existante (rien n’est écrit).',
      'verify et editions acceptent aussi un dossier de reprise (.zip, voir docs/package-format.md) : verify le vérifie en entier',
      '(manifeste, chaque partie, tout le chaînage, les éditions inscrites) ; editions régénère les PDF depuis son journal.',
      'Code de sortie pour un dossier : 0 intègre, 1 refusé (la partie en cause est nommée), 2 fichier illisible.',
    ].join('\n'),
  );
}

export function usageProblem(problem: UsageProblem): string {
  return `${frenchTypography(problemWording(problem))}\n\n${usage()}`;
}

function problemWording(problem: UsageProblem): string {
  switch (problem.kind) {
    case 'noCommand':
      return 'Commande manquante : indiquez verify, stock, import ou editions.';
    case 'unknownCommand':
      return `Commande inconnue : « ${problem.command} ». Commandes possibles : verify, stock, import, editions.`;
    case 'missingJournal':
      return `La commande ${problem.command} attend le chemin d’un fichier journal (.journal.jsonl).`;
    case 'unexpectedArgument':
      return `Argument inattendu pour ${problem.command} : « ${problem.argument} ».`;
    case 'missingDate':
      return `L’option ${problem.option ?? '--at'} attend une date au format AAAA-MM-JJ.`;
    case 'badDate':
      return `Date invalide pour ${problem.option ?? '--at'} : « ${problem.value} ». Utilisez le format AAAA-MM-JJ, par exemple ${problem.option === '--from' ? '2026-03-01' : '2026-03-31'}.`;
    case 'missingCsv':
      return 'La commande import attend le chemin d’un fichier CSV d’opérations.';
    case 'missingOut':
      return 'La commande import attend --out suivi d’un dossier existant ou d’un chemin se terminant par .journal.jsonl.';
    case 'missingEditionsOut':
      return 'La commande editions attend --out suivi du dossier où écrire les PDF (il est créé s’il n’existe pas).';
    case 'missingProduct':
      return 'L’option --product attend l’identifiant d’un produit du journal, par exemple P2.';
    case 'reversedPeriod':
      return `Période invalide : --from ${problem.from} est après --to ${problem.to}.`;
    case 'missingYear':
    case 'badYear':
    case 'missingAnnualOut':
      return annualProblemWording(problem);
    case 'jareMissingOption':
    case 'jareBadYear':
    case 'jareOutNotXlsx':
    case 'jareMatchesWithoutTemplate':
      return jareProblemWording(problem);
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
  return frenchTypography(`Journal refusé : ${path}\n${journalBreakWording(broken)}`);
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

// ——— editions ———

const NOTHING_WRITTEN = 'Aucun fichier n’a été écrit.';

/** Why the intact journal cannot give the editions asked for (exit 2). */
export function editionsProblem(journal: string, problem: EditionsProblem): string {
  switch (problem.kind) {
    case 'notRegister':
      return frenchTypography(`Éditions impossibles : « ${journal} » est intègre mais ne commence pas par l’ouverture d’un registre. ${NOTHING_WRITTEN}`);
    case 'unknownProduct': {
      const known = problem.known.length === 0 ? 'aucun produit n’est défini dans ce journal.' : `produits du journal : ${problem.known.map((entry) => `${entry.productId} (${entry.label})`).join(', ')}.`;
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

export function editionsOutNotFolder(path: string): string {
  return frenchTypography(`Éditions refusées : « ${path} » existe et n’est pas un dossier. Indiquez un dossier, existant ou à créer. ${NOTHING_WRITTEN}`);
}

function writeProblem(code: string): string {
  return code === 'ENOENT' ? 'dossier introuvable' : code === 'EACCES' || code === 'EPERM' ? 'accès refusé' : code === 'ENOSPC' ? 'disque plein' : `erreur d’écriture ${code}`;
}

export function editionsOutUnwritable(path: string, code: string): string {
  return frenchTypography(`Impossible de créer le dossier « ${path} » : ${writeProblem(code)}. ${NOTHING_WRITTEN}`);
}

/** Names every file that already exists; none is ever replaced. */
export function editionsExisting(paths: readonly string[]): string {
  const advice = `Une édition existante n’est jamais remplacée ; choisissez un autre dossier ou relancez la commande dans une minute (le nom porte l’heure de l’édition). ${NOTHING_WRITTEN}`;
  if (paths.length === 1) return frenchTypography(`Éditions refusées : « ${paths[0]} » existe déjà. ${advice}`);
  return frenchTypography(`Éditions refusées : ces ${paths.length} fichiers existent déjà :\n${paths.map((path) => `  ${path}`).join('\n')}\n${advice}`);
}

export function editionsWriteFailed(path: string, code: string): string {
  const why = code === 'EEXIST' ? 'le fichier est apparu pendant l’écriture' : writeProblem(code);
  return frenchTypography(`Impossible d’écrire « ${path} » : ${why}. Les fichiers déjà écrits par cette commande ont été retirés ; ${NOTHING_WRITTEN.toLowerCase()}`);
}

export function editionsFontsMissing(places: readonly string[]): string {
  return frenchTypography(
    `Polices DejaVu introuvables (paquet dejavu-fonts-ttf) ; cherchées dans : ${places.join(', ')}. Lancez npm ci, ou npm run build qui les copie à côté de dist/electron/cli.cjs. ${NOTHING_WRITTEN}`,
  );
}

export function editionsFailed(fileName: string, reason: string): string {
  return frenchTypography(`Édition impossible : ${fileName} n’a pas pu être produite (${reason}). ${NOTHING_WRITTEN}`);
}

function periodWording(choice: PeriodChoice): string {
  const period = describePeriod(choice.period);
  if (choice.fromGiven && choice.toGiven) return `Période : ${period}.`;
  if (!choice.fromGiven && !choice.toGiven) return `Période : ${period} — aucune date indiquée : tout le journal, de sa première à sa dernière date d’opération.`;
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
    if (written.some((edition) => edition.letter === 'c') && !plan.wholeMonths) lines.push('Chaque balance mensuelle couvre le mois entier, même quand la période n’en prend qu’une partie.');
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

// ——— packages (hand-over, yearly archive) ———

/** The verdict on a package: the application's own wording (shared/errors.ts), after the file's name. */
export function packageRefused(path: string, error: AppError): string {
  // The verdict's own "Dossier refusé :" heads the first line, with the file's name.
  const verdict = describeError(error).replace(/^Dossier refusé\u202f: /, '');
  return frenchTypography(`Dossier refusé : ${path}\n`) + verdict.charAt(0).toUpperCase() + verdict.slice(1);
}

export function packageSummary(path: string, verified: VerifiedPackage): string {
  const { manifest, journal, editions, fingerprint } = verified;
  const nature =
    manifest.kind === 'handover'
      ? 'dossier de reprise (tout le registre)'
      : manifest.kind === 'deposit'
        ? 'dossier de dépôt à l’autorité (tout le registre, à la clôture définitive)'
        : `archive annuelle ${manifest.year ?? ''} — n° d’ordre ${manifest.after ? manifest.after.seq + 1 : 1} à ${manifest.head.seq}${manifest.after ? `, à la suite de l’empreinte ${manifest.after.hash}` : ''}`;
  return frenchTypography(
    [
      `Dossier intègre : ${path}`,
      `Nature : ${nature}`,
      `Registre : ${manifest.registerId} — ${manifest.establishment.name}`,
      `Titulaire : ${manifest.holder.name} (n° ${manifest.holder.orderNumber})`,
      `Créé le ${formatEditionInstant(new Date(manifest.createdAt))} (logiciel ${manifest.appVersion})`,
      `Parties : ${plural(manifest.parts.length + 1, 'fichier')}, manifeste compris, dont ${plural(editions.length, 'édition')} — chacune a la taille et l’empreinte SHA-256 du manifeste`,
      `Journal : ${plural(journal.events, 'événement')}, dont ${plural(journal.movements, 'mouvement')} ; chaînage vérifié en entier`,
      `Dernier n° d’ordre : ${journal.lastSeq}`,
      `Empreinte de tête : ${journal.headHash}`,
      `Empreinte du dossier (SHA-256 de manifest.json) : ${fingerprint}`,
    ].join('\n'),
  );
}

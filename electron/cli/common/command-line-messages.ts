// The French sentences of the command line itself: its help, made from the command
// table, and why a command line cannot be understood. The wording of each command's
// values (a date, a year) is here too, as several commands share it.
import { frenchTypography } from '../../../shared/french';
import { missingCaseError } from '../../../shared/result';
import { usageLine, type CommandEntry } from './command';
import type { OptionProblem } from './read-options';

const PROGRAM = 'npm run cli --';

/** The list of every command of the table, each with its usage line and its summary. */
export function generalHelp(table: readonly CommandEntry[]): string {
  const lines = [
    `Usage : ${PROGRAM} <commande> <chemin> [options]`,
    `        ${PROGRAM} help <commande>   (ou <commande> --help) : l’aide d’une commande, ses options et ses codes de sortie`,
    '',
    'Commandes :',
    ...table.flatMap((entry) => [`  ${usageLine(entry)}`, `      ${entry.summary}`]),
    '  help [<commande>]',
    '      affiche cette aide, ou celle d’une commande',
    '',
    'Le journal est un fichier .journal.jsonl : un événement JSON par ligne.',
    'Codes de sortie : 0 réussite, 1 journal altéré ou refusé (rien n’est écrit), 2 commande incorrecte, fichier illisible',
    'ou destination déjà existante (rien n’est écrit) ; le détail dans l’aide de chaque commande.',
  ];
  return frenchTypography(lines.join('\n'));
}

/** One command: its usage line, its summary, then its details and exit codes. */
export function commandHelp(entry: CommandEntry): string {
  return frenchTypography([`Usage : ${PROGRAM} ${usageLine(entry)}`, '', entry.summary, ...entry.details.map((line) => `  ${line}`)].join('\n'));
}

export function usageProblem(problem: string, help: string): string {
  return `${frenchTypography(problem)}\n\n${help}`;
}

export function noCommand(table: readonly CommandEntry[]): string {
  return `Commande manquante : indiquez l’une des commandes ${table.map((entry) => entry.name).join(', ')}, ou help.`;
}

export function unknownCommand(command: string, table: readonly CommandEntry[]): string {
  return `Commande inconnue : « ${command} ». Commandes possibles : ${table.map((entry) => entry.name).join(', ')}, help.`;
}

/** parseArgs' refusal, in French, naming the word at fault and what the command expects. */
export function optionProblem(entry: CommandEntry, problem: OptionProblem): string {
  switch (problem.kind) {
    case 'unknownOption': {
      const known = [...Object.keys(entry.options).map((name) => `--${name}`), '--help'].join(', ');
      return `Option inconnue pour ${entry.name} : « ${problem.option} ». Options possibles : ${known}.`;
    }
    case 'missingValue': {
      const option = entry.options[problem.option.replace(/^--?/, '')];
      return option ? option.expects : `L’option ${problem.option} attend une valeur.`;
    }
    case 'valueNotExpected':
      return `L’option ${problem.option} ne prend pas de valeur.`;
    case 'repeatedOption':
      return `L’option ${problem.option} est donnée deux fois pour ${entry.name} : indiquez-la une seule fois.`;
    case 'unexpectedArgument':
      return `Argument inattendu pour ${entry.name} : « ${problem.argument} ».`;
    default:
      throw missingCaseError(problem);
  }
}

export function journalExpected(command: string): string {
  return `La commande ${command} attend le chemin d’un fichier journal (.journal.jsonl).`;
}

export function dateExpected(option: string): string {
  return `L’option ${option} attend une date au format AAAA-MM-JJ.`;
}

export function badDate(option: string, value: string): string {
  return `Date invalide pour ${option} : « ${value} ». Utilisez le format AAAA-MM-JJ, par exemple ${option === '--from' ? '2026-03-01' : '2026-03-31'}.`;
}

export function badYear(value: string): string {
  return `Année invalide : « ${value} ». Indiquez quatre chiffres, par exemple 2026.`;
}

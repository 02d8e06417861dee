// annual <journal> --year YYYY --out <folder>: the entry of the command table.
import { defineCommand } from '../../common/command';
import { badYear, journalExpected } from '../../common/command-line-messages';

export interface AnnualArguments {
  journal: string;
  year: number;
  out: string;
}

export const annualEntry = defineCommand<AnnualArguments>({
  name: 'annual',
  summary: 'écrit la copie de travail de la déclaration annuelle (.xlsx) et l’état annuel récapitulatif (PDF) de l’année',
  path: { value: '<journal>', expects: journalExpected('annual') },
  options: {
    year: { value: 'AAAA', expects: 'La commande annual attend --year suivi de l’année déclarée, par exemple --year 2026.', required: true },
    out: {
      value: '<dossier>',
      expects: 'La commande annual attend --out suivi du dossier où écrire le classeur et le PDF (il est créé s’il n’existe pas).',
      required: true,
    },
  },
  details: [
    'Vérifie tout le journal, puis écrit dans le dossier (créé au besoin) la copie de travail de la déclaration annuelle',
    '(classeur .xlsx aux feuilles D, S et P du fichier JARE) et l’état annuel récapitulatif (PDF) ; ne remplace jamais un fichier.',
    'Code de sortie : 0 fichiers écrits, 1 journal altéré (rien n’est écrit), 2 commande incorrecte, fichier illisible ou',
    'fichier déjà existant (rien n’est écrit).',
  ],
  read: ({ path, options: { year, out } }) => {
    if (!/^\d{4}$/.test(year!)) return { ok: false, problem: badYear(year!) };
    return { ok: true, args: { journal: path, year: Number(year), out: out! } };
  },
  run: async (args, io) => (await import('./annual')).annualCommand(args, io),
});

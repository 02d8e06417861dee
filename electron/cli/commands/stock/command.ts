// stock <journal> [--at YYYY-MM-DD]: the entry of the command table.
import { isIsoDay } from '../../../../shared/register/dates';
import { defineCommand } from '../../common/command';
import { badDate, dateExpected, journalExpected } from '../../common/command-line-messages';

export const stockEntry = defineCommand<{ journal: string; at?: string }>({
  name: 'stock',
  summary: 'solde, stock disponible et quarantaine de chaque produit à ce jour (opérations du jour comprises), ou aujourd’hui',
  path: { value: '<journal>', expects: journalExpected('stock') },
  options: { at: { value: 'AAAA-MM-JJ', expects: dateExpected('--at') } },
  details: [
    'Le stock est calculé en vérifiant le journal : un journal altéré ne donne aucun chiffre.',
    'Code de sortie : 0 stock affiché, 1 journal altéré ou non conforme aux règles, 2 commande incorrecte ou fichier illisible.',
  ],
  read: ({ path, options: { at } }) => {
    if (at !== undefined && !isIsoDay(at)) return { ok: false, problem: badDate('--at', at) };
    return { ok: true, args: at === undefined ? { journal: path } : { journal: path, at } };
  },
  run: async ({ journal, at }, io) => (await import('./stock')).stockCommand(journal, at, io),
});

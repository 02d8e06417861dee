// import <operations.csv> --out <folder | path.journal.jsonl>: the entry of the command
// table; the command and its parts are beside it in this folder.
import { defineCommand } from '../../common/command';

export const importEntry = defineCommand<{ csv: string; out: string }>({
  name: 'import',
  summary: 'crée un nouveau journal chaîné à partir d’un fichier CSV d’opérations (voir docs/import-format.md)',
  path: { value: '<fichier.csv>', expects: 'La commande import attend le chemin d’un fichier CSV d’opérations.' },
  options: {
    out: {
      value: '<dossier ou chemin.journal.jsonl>',
      expects: 'La commande import attend --out suivi d’un dossier existant ou d’un chemin se terminant par .journal.jsonl.',
      required: true,
    },
  },
  details: [
    '--out : un dossier existant (le journal y prend un identifiant nouveau), ou un chemin .journal.jsonl dont le nom',
    'devient l’identifiant du registre. Un journal existant n’est jamais remplacé.',
    'Code de sortie : 0 journal écrit, 1 ligne refusée (rien n’est écrit), 2 commande incorrecte, fichier illisible ou',
    'destination déjà existante.',
  ],
  read: ({ path, options: { out } }) => ({ ok: true, args: { csv: path, out: out! } }),
  run: async ({ csv, out }, io) => (await import('./import')).importCommand(csv, out, io),
});

// verify <journal | package>: the entry of the command table.
import { defineCommand } from '../../common/command';
import { journalExpected } from '../../common/command-line-messages';

export const verifyEntry = defineCommand<{ journal: string }>({
  name: 'verify',
  summary: 'vérifie le chaînage du journal, rejoue ses règles, et en donne le résumé',
  path: { value: '<journal>', expects: journalExpected('verify') },
  options: {},
  details: [
    'Accepte aussi un dossier de reprise ou une archive annuelle (.zip, voir docs/package-format.md), vérifié en entier :',
    'manifeste, chaque partie, tout le chaînage, les éditions inscrites.',
    'Code de sortie : 0 journal (ou dossier) intègre, 1 journal altéré ou non conforme aux règles, dossier refusé (la partie',
    'en cause est nommée), 2 commande incorrecte ou fichier illisible.',
  ],
  read: ({ path }) => ({ ok: true, args: { journal: path } }),
  run: async ({ journal }, io) => (await import('./verify')).verifyCommand(journal, io),
});

// verify <journal | package>: the entry of the command table.
import { defineCommand } from '../../common/command';
import { journalExpected } from '../../common/command-line-messages';

export interface VerifyArgs {
  journal: string;
  /** The passphrase of a sealed package (docs/package-format.md § 9); asked on the terminal without it. */
  phrase?: string;
  /** The recovery code of an encrypted reserve journal (decision 0041); asked on the terminal without it. */
  code?: string;
}

export const verifyEntry = defineCommand<VerifyArgs>({
  name: 'verify',
  summary: 'vérifie le chaînage du journal, rejoue ses règles, et en donne le résumé',
  path: { value: '<journal>', expects: journalExpected('verify') },
  options: {
    phrase: { value: '<phrase de passe>', expects: 'L’option --phrase attend la phrase de passe imprimée sur la fiche du dossier.' },
    code: { value: '<code de secours>', expects: 'L’option --code attend le code de secours imprimé sur la fiche de secours.' },
  },
  details: [
    'Accepte aussi un dossier de reprise ou de dépôt (.zip.age, chiffré : sa phrase de passe est demandée, ou donnée par',
    '--phrase) ou une archive annuelle (.zip), voir docs/package-format.md, vérifié en entier : manifeste, chaque partie,',
    'tout le chaînage, les éditions inscrites.',
    'Accepte aussi le journal chiffré de la copie de réserve (<registre>.journal-chiffre.txt, à côté de cle-de-reserve.age) :',
    'le code de secours est demandé, ou donné par --code ; chaque ligne est déchiffrée et tout le chaînage vérifié.',
    'Code de sortie : 0 journal (ou dossier) intègre, 1 journal altéré ou non conforme aux règles, dossier refusé (la partie',
    'en cause est nommée), 2 commande incorrecte, fichier illisible, phrase de passe ou code de secours absent ou erroné.',
  ],
  read: ({ path, options }) => ({
    ok: true,
    args: { journal: path, ...(options.phrase === undefined ? {} : { phrase: options.phrase }), ...(options.code === undefined ? {} : { code: options.code }) },
  }),
  run: async (args, io) => (await import('./verify')).verifyCommand(args, io),
});

// editions <journal | package> --out <folder> [--from] [--to] [--product]: the entry of the command table.
import { isIsoDay } from '../../../../shared/register/dates';
import { defineCommand } from '../../common/command';
import { badDate, dateExpected, journalExpected } from '../../common/command-line-messages';
import type { EditionsOptions } from './editions';

const PRODUCT_EXPECTED = 'L’option --product attend l’identifiant d’un produit du journal, par exemple P2.';

export const editionsEntry = defineCommand<EditionsOptions>({
  name: 'editions',
  summary: 'vérifie tout le journal, puis écrit dans le dossier (créé au besoin) les éditions PDF de la période',
  path: { value: '<journal>', expects: journalExpected('editions') },
  options: {
    out: {
      value: '<dossier>',
      expects: 'La commande editions attend --out suivi du dossier où écrire les PDF (il est créé s’il n’existe pas).',
      required: true,
    },
    from: { value: 'AAAA-MM-JJ', expects: dateExpected('--from') },
    to: { value: 'AAAA-MM-JJ', expects: dateExpected('--to') },
    product: { value: '<id>', expects: PRODUCT_EXPECTED },
  },
  details: [
    'Registre de tous les produits, registre de chaque produit mouvementé, balance de chaque mois, ordonnancier, rapport',
    'd’intégrité, inventaires, avis et procès-verbaux de destruction, vols de la période ; avec --product (P2…) : registre',
    'et ordonnancier de ce seul produit. Sans dates : tout le journal ; sans --from (ou --to) : depuis sa première (ou',
    'jusqu’à sa dernière) date d’opération. Accepte aussi un dossier de reprise (.zip) : les PDF sont régénérés depuis son journal.',
    'Code de sortie : 0 éditions écrites, 1 journal altéré (rien n’est écrit), 2 commande incorrecte, fichier illisible ou',
    'édition déjà existante (rien n’est écrit).',
  ],
  read: ({ path, options: { out, from, to, product } }) => {
    for (const [option, value] of [
      ['--from', from],
      ['--to', to],
    ] as const) {
      if (value !== undefined && !isIsoDay(value)) return { ok: false, problem: badDate(option, value) };
    }
    if (product?.startsWith('-')) return { ok: false, problem: PRODUCT_EXPECTED };
    if (from !== undefined && to !== undefined && from > to) return { ok: false, problem: `Période invalide : --from ${from} est après --to ${to}.` };
    return {
      ok: true,
      args: {
        journal: path,
        out: out!,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(product === undefined ? {} : { product }),
      },
    };
  },
  run: async (args, io) => (await import('./editions')).editionsCommand(args, io),
});

// jare <journal> --year YYYY --out <copy.xlsx> [--template <xlsx>] [--matches <json>]: the entry of the command table.
import { defineCommand } from '../../common/command';
import { badYear, journalExpected } from '../../common/command-line-messages';

export interface JareArguments {
  journal: string;
  year: number;
  out: string;
  template?: string;
  matches?: string;
}

export const jareEntry = defineCommand<JareArguments>({
  name: 'jare',
  summary: 'remplit une copie du fichier JARE de l’ANSM (ou écrit la copie de travail) pour la déclaration annuelle',
  path: { value: '<journal>', expects: journalExpected('jare') },
  options: {
    year: { value: 'AAAA', expects: 'La commande jare attend --year suivi de l’année déclarée, par exemple --year 2026.', required: true },
    out: { value: '<copie.xlsx>', expects: 'La commande jare attend --out suivi du chemin du classeur à écrire (.xlsx).', required: true },
    template: { value: '<fichier-jare.xlsx>', expects: 'L’option --template attend le chemin du fichier JARE téléchargé de l’ANSM (.xlsx).' },
    matches: { value: '<correspondances.json>', expects: 'L’option --matches attend le chemin du fichier JSON des correspondances confirmées.' },
  },
  details: [
    'Vérifie tout le journal ; avec --template, remplit une copie du fichier JARE de l’ANSM (lignes trouvées par numéro NDS,',
    'GTIN/CIP ou correspondance confirmée dans --matches :',
    '{ "substances": { "Morphine (sulfate)": "NDS 1234" }, "products": { "P2": "GTIN 0340…" } })',
    'et écrit à côté le rapport de remplissage (PDF) ; sans --template, la copie de travail.',
    'Ne remplace jamais un fichier, ni le modèle. Code de sortie : 0 écrit, 1 journal altéré, 2 commande incorrecte, modèle',
    'ou correspondances refusés, fichier déjà existant.',
  ],
  read: ({ path, options: { year, out, template, matches } }) => {
    if (!/^\d{4}$/.test(year!)) return { ok: false, problem: badYear(year!) };
    if (!/\.xlsx$/i.test(out!)) return { ok: false, problem: `--out doit nommer un classeur .xlsx à créer, pas « ${out} ».` };
    if (matches !== undefined && template === undefined) {
      return { ok: false, problem: 'L’option --matches n’a de sens qu’avec --template : les correspondances désignent des lignes du fichier de l’ANSM.' };
    }
    return {
      ok: true,
      args: { journal: path, year: Number(year), out: out!, ...(template === undefined ? {} : { template }), ...(matches === undefined ? {} : { matches }) },
    };
  },
  run: async (args, io) => (await import('./jare')).jareCommand(args, io),
});

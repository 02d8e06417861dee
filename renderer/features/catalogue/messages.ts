// The words of the public medicines catalogue: its import, its search, the product made from it.
import { formatInteger } from '../../../shared/french';
import { typeset } from '../../messages/typeset';

export const catalogueWords = typeset({
  title: 'Créer depuis le catalogue des médicaments',
  explain:
    'Le catalogue est la base de données publique des médicaments : téléchargez sur son site les fichiers CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt et CIS_CPD_bdpm.txt, puis choisissez-les ici ensemble. L’application ne se connecte jamais : elle garde les présentations de médicaments stupéfiants de ces fichiers.',
  files: 'Fichiers du catalogue (les quatre ensemble)',
  importing: 'Import en cours…',
  imported: (count: number, day: string) =>
    count === 1
      ? `1 présentation de médicament stupéfiant, importée le ${day}.`
      : `${formatInteger(count)} présentations de médicaments stupéfiants, importées le ${day}.`,
  none: 'Aucun catalogue importé pour l’instant.',
  search: 'Chercher dans le catalogue (nom, CIP13, substance)',
  noMatch: 'Aucune présentation ne correspond.',
  more: (count: number) =>
    count === 1 ? '1 autre présentation : précisez la recherche.' : `${formatInteger(count)} autres présentations : précisez la recherche.`,
  choose: 'Préremplir',
  chooseLabel: (designation: string, cip13: string) => `Préremplir le produit avec ${designation} (${cip13})`,
  prefilled: (designation: string) => `Formulaire prérempli avec « ${designation} » : vérifiez en particulier les unités par boîte, puis ajoutez le produit.`,
  columns: { designation: 'Présentation', cip13: 'CIP13', box: 'Boîte', substance: 'Substance', limits: 'Limites' },
  box: (perBox: number | undefined, unit: string | undefined, label: string) =>
    perBox === undefined || unit === undefined ? label : `${formatInteger(perBox)} par boîte (${unit})`,
  limits: (maxDays: number, fractionDays: number | undefined) =>
    fractionDays === undefined ? `${maxDays} jours` : `${maxDays} jours, fractions de ${fractionDays} jours`,
  offer: (designation: string, box: string) => `Au catalogue importé : ${designation}, ${box}.`,
  create: 'Créer ce produit',
  created: (designation: string) => `Produit « ${designation} » créé depuis le catalogue et choisi.`,
  notInCatalogue: 'Ce code n’est pas non plus dans le catalogue importé : créez le produit dans l’onglet Produits, à la main, avec ce code CIP13.',
});

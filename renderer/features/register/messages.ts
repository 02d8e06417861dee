// The words of the Registre tab's search: filters, the all-products view, a patient's
// history. The table's own words are in messages/fr.ts (fr.register).
import { formatInteger } from '../../../shared/french';
import { typeset } from '../../messages/typeset';

export const registerWords = typeset({
  title: 'Registre',
  filters: 'Rechercher dans le registre',
  allProducts: 'Tous les produits',
  from: 'Du',
  to: 'Au',
  kind: 'Nature',
  allKinds: 'Toutes',
  patient: 'Patient',
  prescriber: 'Prescripteur',
  clear: 'Effacer',
  clearLabel: (what: string) => `Effacer le filtre « ${what} »`,
  product: 'Produit',
  newestFirst: 'Les plus récents en premier.',
  shown: (count: number, more: boolean) =>
    more ? `${formatInteger(count)} lignes affichées, les suivantes en faisant défiler.` : `${formatInteger(count)} ligne${count > 1 ? 's' : ''}.`,
  noBalance: 'Le solde se lit dans le registre d’un produit.',
  empty: 'Aucun mouvement ne répond à cette recherche.',
  /** In a balance cell whose sum is not known yet; read aloud in place of the ellipsis. */
  balancePending: 'solde en cours de calcul',
  /** Said once, politely, while the balances of the lines shown are summed, then once they are. */
  balancesSumming: 'Lignes affichées ; calcul des soldes…',
  balancesReady: 'Soldes calculés.',
  patientHistory: (name: string) => `Historique de ${name}`,
  correctedEntry: 'Saisir le mouvement corrigé',
  correctedEntryHint: 'Le formulaire reprend la ligne annulée : changez ce qui était faux, puis enregistrez.',
  closeCorrected: 'Fermer',
});

// The words of the box scanner, on the entry and exit screens.
import { typeset } from '../../messages/typeset';

export const scanWords = typeset({
  read: (designation: string) => `Boîte lue : ${designation}.`,
  lot: (lot: string) => ` Lot ${lot}.`,
  expiry: (month: string) => ` Péremption ${month}.`,
  unknown: (cip13: string) => `Le code CIP13 ${cip13} n’est celui d’aucun produit du registre.`,
  deliveryNote: (note: string) => `N° du bon de livraison lu : ${note}.`,
  dismiss: 'Fermer',
});

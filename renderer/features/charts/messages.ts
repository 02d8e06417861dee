// The charts' words (French, as every word the window shows).
import { unitPlural } from '../../../shared/format/unit-plural';

export const chartWords = Object.freeze({
  open: 'Courbes du stock et des inventaires',
  period: 'Période de la courbe',
  from: 'Du',
  to: 'Au',
  stockTitle: 'Solde du produit sur la période',
  stockAxis: (unit: string) => `Solde (${unitPlural(unit)})`,
  dayAxis: 'Date de l’opération',
  balance: 'Solde',
  entries: 'Entrées',
  exits: 'Sorties',
  inventories: 'Inventaires',
  varianceTitle: 'Écarts d’inventaire au fil du temps',
  varianceAxis: (unit: string) => `Écart (${unitPlural(unit)})`,
  variance: 'Écart compté − attendu',
  noMovement: 'Aucun mouvement ni inventaire de ce produit sur la période.',
  noInventory: 'Aucun inventaire n’a encore compté ce produit.',
  summary: (start: string, end: string, entered: string, left: string) =>
    `Solde au début de la période\u202f: ${start}, à la fin\u202f: ${end}. Entrées\u202f: ${entered}, sorties\u202f: ${left}.`,
  tooManyMovements: (shown: string) => `Période trop chargée\u202f: seuls les ${shown} derniers mouvements sont lus, choisissez une période plus courte.`,
});

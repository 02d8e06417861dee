// The words of the Cession / cessation tab (the rest of the window's words are in messages/fr.ts).
import { frenchTypography } from '../../../shared/french';
import { countOf } from '../../../shared/format/plural';
import { typeset } from '../../messages/typeset';

export const t = typeset({
  title: 'Cession et cessation d’activité',
  intro:
    'Vente de l’officine ou du cabinet : inventaire contradictoire avec le repreneur, puis changement de titulaire dans le même registre (art. R. 5132-37). Cessation définitive : inventaire final, destruction du stock restant, éditions finales, puis dépôt du registre et clôture.',
  choose: 'Que faire ?',
  modes: { cession: 'Céder le registre à un repreneur', closure: 'Cesser définitivement l’activité' },
  stepsLabel: (what: string) => `Étapes : ${what}`,
  done: 'fait',
  current: 'en cours',
  todo: 'à faire',
  // The cession
  cutOff: 'Date d’arrêté (jour de l’inventaire contradictoire)',
  buyerName: 'Repreneur : nom et prénom',
  buyerNumber: 'Repreneur : n° RPPS ou Ordre',
  toInventory: 'Continuer vers l’inventaire contradictoire',
  back: 'Modifier la date ou le repreneur',
  partiesLine: (seller: string, buyer: string, day: string) =>
    `Inventaire du ${day}, par ${seller} (cédant) en présence de ${buyer} (repreneur), qui le contresigne.`,
  stale: (seq: number) =>
    `Le stock a bougé depuis l’inventaire contradictoire n° ${seq} : le repreneur ne reprendrait pas ce qui a été compté. Refaites l’inventaire en sa présence.`,
  inventoryRecorded: (seq: number, day: string, buyer: string) => `Inventaire contradictoire n° ${seq} du ${day}, en présence de ${buyer}.`,
  printTransfer: 'Imprimer l’inventaire de cession',
  printTransferAgain: 'Réimprimer l’inventaire de cession',
  transferHint:
    'Le PDF porte les deux identités, la date d’arrêté, l’attendu, le compté et l’écart par produit et par lot, l’empreinte de tête du registre arrêté et deux cadres de signature. Faites-le signer par les deux parties et rangez-le avec les éditions.',
  transferPrinted: (fileName: string) => `Inventaire de cession archivé : ${fileName}.`,
  cessionDate: 'Date de la cession',
  handOverHint: (seller: string, buyer: string) =>
    `${seller}, titulaire, inscrit le changement de titulaire. Ensuite, ${buyer} est le seul à valider ; les habilitations données par ${seller} prennent fin et le repreneur habilite ses propres collaborateurs. Les inscriptions passées gardent leur auteur.`,
  recordHandOver: 'Inscrire le changement de titulaire',
  handedOver: (buyer: string, day: string, seq: number) => `Registre cédé à ${buyer} le ${day} (changement de titulaire, n° d’ordre ${seq}).`,
  newCession: 'Préparer une nouvelle cession',
  // The closure
  finalInventoryDone: (seq: number, day: string) => `Inventaire final n° ${seq} du ${day}.`,
  quarantineHint: 'Seul le stock en quarantaine se détruit : tout le stock disponible y passe d’abord, produit par produit, en une seule inscription.',
  moveAll: 'Mettre tout le stock disponible en quarantaine',
  moved: (count: number) => `${countOf(count, 'mise en quarantaine inscrite', 'mises en quarantaine inscrites')}.`,
  nothingDispensable: 'Plus aucun stock disponible : tout est en quarantaine ou détruit.',
  destructionHint:
    'Tout le stock en quarantaine est présélectionné. Ouvrez le dossier (avis à l’inspecteur), puis établissez le procès-verbal le jour de la destruction.',
  noStock: 'Plus aucun stupéfiant en stock.',
  editionsHint: 'Le registre de tous les produits, de l’ouverture à aujourd’hui, et la balance du mois en cours sont produits, archivés et inscrits.',
  printFinal: 'Produire les éditions finales',
  finalDone: (fileName: string) => `Édition finale : ${fileName}.`,
  closeDate: 'Date de la cessation',
  reason: 'Motif',
  reasonDefault: 'Cessation définitive d’activité',
  depositAddress: (authority: string) => `Dépôt auprès de la ${authority} : service et adresse`,
  closeHint: (authority: string) =>
    `Le registre et ses documents sont déposés auprès de la ${authority}. Après la clôture, plus aucun mouvement, produit ni habilitation ne peut être inscrit ; la consultation, les éditions et la vérification restent possibles.`,
  confirmClose: 'Je confirme la cessation définitive : le registre devient en lecture seule.',
  recordClose: 'Clore définitivement le registre',
  closedLine: (day: string, seq: number, authority: string) => `Registre clos définitivement le ${day} (n° d’ordre ${seq}) ; dépôt auprès de la ${authority}.`,
  printTransmittal: 'Imprimer le bordereau de transmission',
  transmittalHint: 'Le bordereau liste ce qui est déposé — le journal du registre et toutes ses éditions, avec leurs empreintes — et l’empreinte de tête.',
  transmittalDone: (fileName: string) => `Bordereau archivé : ${fileName}.`,
  depositTitle: 'Dossier de dépôt',
  depositHint: 'Le journal et toutes les éditions listés sur le bordereau forment le dossier remis à l’autorité.',
  // The read-only banner
  closedBanner: (day: string, seq: number) =>
    `Registre clos définitivement le ${day} (n° d’ordre ${seq}) : aucun mouvement, produit ni habilitation ne peut plus être inscrit. La consultation, les éditions et la vérification restent possibles.`,
  readOnly: 'Registre en lecture seule : cet écran sert à inscrire, il n’est plus disponible.',
});

// Lists stay arrays (typeset maps objects): each name set in French typography here.
export const CESSION_STEPS: readonly string[] = [
  'Date d’arrêté et repreneur',
  'Inventaire contradictoire',
  'Inventaire de cession (PDF)',
  'Changement de titulaire',
].map(frenchTypography);
export const CLOSURE_STEPS: readonly string[] = [
  'Inventaire final',
  'Stock disponible en quarantaine',
  'Destruction du stock restant',
  'Éditions finales',
  'Cessation et clôture',
  'Bordereau de transmission',
].map(frenchTypography);

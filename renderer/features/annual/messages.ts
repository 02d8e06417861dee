// The words of the Déclaration annuelle tab and its reminder (the rest of the window's
// words are in messages/fr.ts).
import { typeset } from '../../messages/typeset';

export const t = typeset({
  title: 'Déclaration annuelle',
  intro:
    'L’état annuel récapitulatif des stupéfiants de l’année, tiré du registre : stock au 1er janvier, entrées et sorties classées comme le fichier JARE de l’ANSM, stock au 31 décembre, et chaque écart expliqué. Les opérateurs autorisés le déposent chaque année auprès de l’ANSM ; pour les autres, c’est le bilan de l’année.',
  year: 'Année déclarée',
  yearHint: (from: string, to: string) => `du ${from} au ${to}`,
  loading: 'Calcul de l’année…',

  settingsTitle: 'Votre établissement et la déclaration à l’ANSM',
  operator: 'Notre établissement est un opérateur qui dépose la déclaration annuelle (fichier JARE) auprès de l’ANSM',
  operatorHint:
    'La plupart des officines et des cabinets vétérinaires ne la déposent pas : leur inscription à l’Ordre tient lieu de l’autorisation de l’ANSM (art. R. 5132-76 du code de la santé publique), et l’état annuel (art. R. 5132-83) est dû par les titulaires de cette autorisation — fabricants, exploitants, grossistes, importateurs et exportateurs, laboratoires autorisés. Cochez la case si votre établissement détient une autorisation de l’ANSM pour les stupéfiants ou les psychotropes : un rappel s’affichera du 1er janvier à la date limite.',
  deadline: 'Date limite de dépôt (JJ/MM)',
  deadlineHint:
    'Le 15 février d’ordinaire ; l’ANSM l’a reportée au 15 avril en 2025 pour la déclaration 2024. Vérifiez chaque année la date annoncée sur le site de l’ANSM.',
  deadlineInvalid: 'Date limite invalide : indiquez un jour et un mois, par exemple 15/02 (le 29 février n’existe pas chaque année).',
  saveSettings: 'Enregistrer',
  settingsSaved: 'Réglage enregistré sur ce poste.',
  settingsWhere: 'Ce réglage est gardé sur ce poste, avec le dossier de la copie de réserve ; il n’est pas inscrit au registre.',
  noMainProcess: 'Ce réglage n’est disponible que dans l’application installée.',

  reminder: (deadline: string) => `Déclaration annuelle à déposer avant le ${deadline}`,
  reminderDetail: (year: number, day: string) => `Année ${year}, dépôt du fichier JARE sur NDS-Web 2 au plus tard le ${day}.`,
  reminderAction: 'Ouvrir la déclaration annuelle',
  reminderRegion: 'Rappel de la déclaration annuelle',

  substancesTitle: 'Par substance (feuille S)',
  substancesNone: 'Aucune substance déclarée pour les produits mouvementés dans l’année.',
  productsTitle: 'Par produit (feuille P), en unités de prise',
  productsNone: 'Aucun produit n’a de stock ni de mouvement dans l’année.',
  withoutSubstance: (list: string) => `Produits sans substance déclarée, absents des substances : ${list}. Complétez leur fiche dans l’onglet Produits.`,
  row: 'Ligne',
  unit: 'Unité',
  opening: 'Stock au 1er janvier',
  closing: 'Stock au 31 décembre',
  explained: 'Écarts expliqués',
  unexplained: 'Écart non expliqué',
  entries: 'Entrées',
  exits: 'Sorties',
  differencesTitle: 'Écarts expliqués',
  differencesNone: 'Aucun écart : chaque mouvement de l’année est dans une colonne.',
  seq: 'N°',
  date: 'Date',
  product: 'Produit',
  quantity: 'Quantité',
  explanation: 'Explication',
  identityOk: 'Contrôle : pour chaque ligne, stock au 31 décembre = stock au 1er janvier + entrées − sorties + écarts expliqués.',
  identityBroken: (rows: string) =>
    `Contrôle : écart non expliqué pour ${rows} — les clôtures mensuelles scellées ne concordent pas avec le journal ; à examiner avant de déclarer.`,
  closedMonths: (months: string) => `Mois repris de leur clôture scellée : ${months} ; les autres sont calculés depuis le journal.`,

  editionsTitle: 'Éditions de l’année',
  editionsExplain: 'Chaque fichier est archivé, inscrit au registre avec son empreinte, et listé dans l’onglet Éditions.',
  workingCopy: 'Copie de travail JARE (.xlsx)',
  statement: 'État annuel récapitulatif (PDF)',

  checklistTitle: 'Dépôt auprès de l’ANSM : ce que l’application ne fait pas',
  checklistIntro: 'L’application fonctionne hors ligne : le dépôt et l’envoi se font hors de l’application, par une personne de l’établissement.',
  stepUpload:
    'Déposer le fichier JARE de l’année sur NDS-Web 2 (l’application de l’ANSM) : seule une personne titulaire d’un compte « Manager » de l’établissement peut le faire. Les chiffres sont ceux de la copie de travail ; l’ANSM ne veut ni lignes ajoutées ni lignes modifiées dans son fichier.',
  stepMail:
    'Envoyer par courriel à l’ANSM, séparément du fichier, les pièces jointes ci-dessous (adresse du pôle stupéfiants et psychotropes : stupetpsy@ansm.sante.fr, à vérifier sur la page de la déclaration annuelle du site de l’ANSM).',
  letterTitle: 'Lettre d’accompagnement',
  letterExplain: 'Elle nomme l’année et les pièces jointes ; la date du dépôt et la signature s’écrivent à la main.',
  letter: 'Lettre d’accompagnement (PDF)',
  authorisationsTitle: 'Autorisations d’importation et d’exportation utilisées',
  authorisationsNone: (year: number) => `Aucune réception ni aucun retour sous autorisation d’importation ou d’exportation en ${year}.`,
  authorisationsPdf: 'Liste (PDF)',
  authorisationsCsv: 'Liste (CSV)',
  operation: 'Opération',
  authorisation: 'Autorisation',
  import: 'Importation',
  export: 'Exportation',
  reversed: (seq: number) => `contre-passé par le n° ${seq}`,
  certificatesTitle: 'Procès-verbaux de destruction de l’année',
  certificatesNone: (year: number) => `Aucun procès-verbal de destruction en ${year}.`,
  certificateFiles: 'Fichiers archivés',
  certificateNoFile: 'aucun fichier archivé : imprimez-le depuis l’onglet Destructions',
  dossier: 'Procès-verbal',
});

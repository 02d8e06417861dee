// The words of the "Remplir le fichier JARE de l’ANSM" section (decision 0012). The
// report's sentences are shared with the PDF and the command line (fill-report-wording.ts).
import { countOf, pluralForm } from '../../../../shared/format/plural';
import { typeset } from '../../../messages/typeset';

export const t = typeset({
  title: 'Remplir le fichier JARE de l’ANSM',
  intro: (year: number) =>
    `Choisissez le classeur JARE téléchargé sur le site de l’ANSM : l’application y reconnaît vos substances et préparations, écrit les chiffres de ${year} dans l’unité de chaque ligne et enregistre une copie remplie là où vous le choisissez. Le fichier choisi n’est jamais modifié ; aucune ligne n’est ajoutée, déplacée ni supprimée.`,
  choose: 'Choisir le fichier JARE de l’ANSM…',
  chooseAnother: 'Choisir un autre fichier…',
  reading: 'Lecture du fichier…',

  templateTitle: (fileName: string) => `Ce que contient « ${fileName} »`,
  sheetsFound: (names: string) => `Feuilles trouvées : ${names}.`,
  sheetRows: (sheet: string, worksheet: string, rows: number, headerRow: number) =>
    `Feuille ${sheet} (« ${worksheet} ») : ${countOf(rows, 'ligne pré-remplie', 'lignes pré-remplies')} sous les en-têtes de la ligne ${headerRow}.`,
  recognised: 'En-têtes reconnus',
  unrecognised: 'En-têtes non reconnus (colonnes laissées telles quelles)',
  none: 'aucun',
  externalLinks: (count: number) =>
    `Le fichier contient ${countOf(count, 'lien', 'liens')} vers d’autres classeurs : ${pluralForm(count, 'il n’est pas suivi et ne figurera', 'ils ne sont pas suivis et ne figureront')} pas dans la copie.`,

  matchesTitle: 'Correspondances avec les lignes du fichier',
  matchedCaption: 'Lignes du registre et leur ligne dans le fichier',
  columns: { sheet: 'Feuille', item: 'Ligne du registre', row: 'Ligne du fichier', unit: 'Unité', by: 'Trouvée par', action: 'Action' },
  matchedBy: { nds: 'numéro NDS', gtin: 'code GTIN / CIP', confirmed: 'votre confirmation' },
  forget: (label: string) => `Oublier la correspondance de ${label}`,
  forgetShort: 'Oublier',
  noneMatched: 'Aucune ligne du registre n’a encore trouvé sa ligne dans ce fichier.',
  toConfirmTitle: 'À confirmer une fois (l’application s’en souviendra)',
  foundByName: 'trouvée par le nom seul',
  ambiguous: (count: number) => `${count} lignes possibles`,
  rowOption: (sheet: string, row: number, name: string, rowKey: string) => `${sheet} ligne ${row} — ${name} (${rowKey})`,
  chooseRow: (label: string) => `Ligne du fichier pour ${label}`,
  confirm: 'Confirmer',
  leave: 'Laisser sans ligne',
  confirmed: (label: string) => `Correspondance de ${label} confirmée et retenue sur ce poste.`,
  forgotten: (label: string) => `Correspondance de ${label} oubliée.`,
  withoutRowTitle: 'Sans ligne dans le fichier (rien n’est rempli pour elles)',
  sheetName: { S: 'feuille S', P: 'feuille P' },
  remembered: 'Les correspondances confirmées sont gardées sur ce poste pour ce registre, et reprises l’an prochain.',

  fill: 'Remplir et enregistrer la copie…',
  filling: 'Remplissage…',
  saved: (path: string, sha256: string) => `Copie remplie enregistrée : ${path} (empreinte SHA-256 ${sha256}).`,

  reportTitle: 'Rapport du remplissage',
  filledCaption: 'Cellules remplies',
  filledColumns: { sheet: 'Feuille', row: 'Ligne', column: 'Colonne', header: 'En-tête', item: 'Ligne du registre', value: 'Valeur', unit: 'Unité' },
  noneFilled: 'Aucune cellule remplie.',
  attentionTitle: 'À examiner',
  nothingToExamine: 'Rien : chaque ligne du registre a trouvé sa ligne et chaque chiffre sa colonne.',
  reportPdf: 'Le rapport est aussi produit en PDF, archivé et inscrit au registre comme toute édition.',
});

// The French sentences of `import` (the other commands' are in their own folders): what
// makes the file unreadable as a whole (its encoding, separator, decimal point, shape),
// and what the command did. Row refusals use the app's own wording (shared/errors.ts).
import { frenchTypography, formatInteger } from '../../../../shared/french';
import { plural } from '../../common/messages';
import { errnoReason } from '../../../files/file-errors';

export function unreadableCsv(path: string, code: string): string {
  return frenchTypography(`Impossible de lire le fichier à importer « ${path} » : ${errnoReason(code, 'fichier')}.`);
}

export function importOutExists(path: string): string {
  return frenchTypography(`Import refusé : « ${path} » existe déjà. Un journal existant n’est jamais remplacé ; choisissez un autre nom ou un dossier.`);
}

export function importBadOut(path: string): string {
  return frenchTypography(
    `Destination invalide : « ${path} ». Indiquez un dossier existant, ou un chemin se terminant par .journal.jsonl dont le nom (lettres, chiffres et tirets, 64 au plus) devient l’identifiant du registre, par exemple REG-2026-001.journal.jsonl.`,
  );
}

export function importUnwritable(path: string, code: string): string {
  return frenchTypography(`Impossible d’écrire le journal « ${path} » : ${errnoReason(code, 'dossier')}. Aucun fichier n’a été écrit.`);
}

export function importSelfCheckFailed(path: string): string {
  return frenchTypography(`Import interrompu : le journal relu avant d’être nommé « ${path} » n’est pas intègre. Aucun fichier n’a été écrit.`);
}

export interface ImportSummary {
  csv: string;
  path: string;
  registerId: string;
  rows: number;
  events: number;
  movements: number;
  products: number;
}

export function importSummary(summary: ImportSummary): string {
  return frenchTypography(
    [
      `Import réussi : ${summary.path}`,
      `Fichier lu : ${summary.csv}`,
      `Lignes lues : ${formatInteger(summary.rows)}`,
      `Événements écrits : ${formatInteger(summary.events)}, dont ${plural(summary.movements, 'mouvement')}`,
      `Produits : ${formatInteger(summary.products)}`,
      `Identifiant du registre : ${summary.registerId}`,
      'Le journal a été relu et vérifié ; il peut être restauré dans l’application depuis son dossier.',
    ].join('\n'),
  );
}

// ——— the file as a whole ———
/** How to save a spreadsheet so that the import reads it: the same advice for every encoding problem. */
export const RESAVE_AS_CSV_UTF8 =
  'Enregistrez-le de nouveau au format « CSV UTF-8 » : dans Excel, Fichier › Enregistrer sous, type « CSV UTF-8 (délimité par des virgules) (*.csv) » (Excel réglé en français sépare alors les colonnes par des points-virgules) ; dans LibreOffice Calc, Fichier › Enregistrer sous, type « Texte CSV (.csv) », cochez « Éditer les paramètres du filtre », puis choisissez le jeu de caractères « Unicode (UTF-8) » et le séparateur de champ « ; ».';

export type EncodingProblem = { kind: 'utf16' } | { kind: 'notUtf8'; byte: number };

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The letter a byte stands for in Windows-1252, when it stands for a printable one. */
function windows1252Letter(byte: number): string | undefined {
  const letter = WINDOWS_1252.decode(Uint8Array.of(byte));
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(letter) ? letter : undefined;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

export function encodingWording(problem: EncodingProblem): string {
  if (problem.kind === 'utf16') {
    return `le fichier est enregistré en UTF-16 (« Texte Unicode » d’Excel), que l’import ne lit pas : il attend de l’UTF-8. ${RESAVE_AS_CSV_UTF8}`;
  }
  const letter = windows1252Letter(problem.byte);
  const guess =
    letter === undefined
      ? 'Il a sans doute été enregistré dans un autre encodage.'
      : `Il semble enregistré en Windows-1252 (« ANSI », le « CSV (séparateur : point-virgule) » d’Excel), où cet octet est « ${letter} ».`;
  return `le fichier n’est pas en UTF-8 : l’octet ${hex(problem.byte)} n’y forme aucun caractère. ${guess} Rien n’est importé, pour ne pas enregistrer une lettre altérée. ${RESAVE_AS_CSV_UTF8}`;
}

export function separatorWording(found: 'virgule' | 'tabulation'): string {
  return `les colonnes de ce fichier sont séparées par des ${found === 'virgule' ? 'virgules' : 'tabulations'} ; l’import attend le point-virgule « ; », séparateur des tableurs réglés en français. ${RESAVE_AS_CSV_UTF8}`;
}

export function columnCountWording(found: number, declared: number): string {
  return `la ligne a ${found} colonnes alors que l’en-tête en déclare ${declared} : un point-virgule manque ou est en trop, et les valeurs qui suivent seraient lues dans la mauvaise colonne.`;
}

export function decimalPointWording(text: string): string {
  return `« ${text} » : le séparateur décimal est la virgule (1,5) ; le point n’est pas accepté, car « 1.000 » se lirait un ou mille. Écrivez 1000 ou 1 000 pour mille, 1,5 pour une unité et demie.`;
}

export function tooManyRowsWording(limit: number): string {
  return `le fichier compte plus de ${formatInteger(limit)} opérations, la limite d’un import : aucun registre tenu à la main n’en a autant, ce fichier n’est sans doute pas celui des opérations. Rien n’est importé.`;
}

export function recordTooLongWording(limit: number): string {
  return `la ligne dépasse ${formatInteger(limit)} caractères : ce n’est pas une ligne d’opération (un guillemet " ouvert et jamais refermé, ou un fichier qui n’est pas un tableur). Rien n’est importé.`;
}

/** Why a document a row names cannot be read: the same plain words as for the import file. */
export function documentUnreadableWording(path: string, code: string): string {
  const why =
    code === 'ENOENT'
      ? 'fichier introuvable'
      : code === 'EISDIR'
        ? 'c’est un dossier, pas un fichier'
        : code === 'EACCES' || code === 'EPERM'
          ? 'accès refusé'
          : `erreur ${code}`;
  return `impossible de lire le document « ${path} » (${why}). Indiquez son chemin à partir du dossier du fichier importé, par exemple « inventaire-cession-2026.pdf » s’il est à côté.`;
}

export function documentTooLargeWording(path: string, limit: number): string {
  return `le document « ${path} » dépasse ${formatInteger(limit / (1024 * 1024))} Mo : ce n’est pas l’inventaire d’une cession.`;
}

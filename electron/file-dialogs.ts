// The system's open and save dialogs, one pair for every file the person picks: the
// reserve folder, a copy of an edition, the hand-over package, ANSM's JARE workbook. Each
// answers a path, or null when the person cancels; handlers never write over a file.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';

const PDF = { name: 'Document PDF', extensions: ['pdf'] };
/** A sealed package (…zip.age, docs/package-format.md § 9); clear ones written before it still open. */
const SEALED_PACKAGE = { name: 'Dossier de reprise chiffré (.zip.age)', extensions: ['age'] };
const XLSX = { name: 'Classeur Excel (.xlsx)', extensions: ['xlsx'] };
const HTML = { name: 'Page web (.html)', extensions: ['html'] };

/** Attached to the window when there is one, so the dialog stays in front of it. */
async function open(options: Electron.OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function saveAs(title: string, filter: Electron.FileFilter) {
  return async (defaultName: string): Promise<string | null> => {
    const parent = BrowserWindow.getFocusedWindow();
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [filter],
      properties: ['createDirectory'],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** The reserve copy's medium. */
export const chooseFolderWithDialog = () =>
  open({ title: 'Dossier de la copie de réserve (clé USB, disque externe, partage réseau)', properties: ['openDirectory', 'createDirectory'] });

/** A copy of an edition (a key for the inspector, for instance). */
export const chooseSavePathWithDialog = saveAs('Enregistrer une copie de l’édition', PDF);

/** A new hand-over package, and the one handed over by the seller. */
export const choosePackageSavePathWithDialog = saveAs('Enregistrer le dossier de reprise', SEALED_PACKAGE);
export const choosePackageFileWithDialog = () =>
  open({
    title: 'Dossier de reprise reçu du cédant',
    filters: [{ name: 'Dossier de reprise (.zip.age, .zip)', extensions: ['age', 'zip'] }],
    properties: ['openFile'],
  });

/** The JARE workbook downloaded from the ANSM, and its filled copy. */
export const chooseJareTemplateWithDialog = () => open({ title: 'Fichier JARE téléchargé sur le site de l’ANSM', filters: [XLSX], properties: ['openFile'] });
export const chooseJareSavePathWithDialog = saveAs('Enregistrer la copie remplie du fichier JARE', XLSX);

/** Where the shared register's journal is written when it comes back to one PC: the reserve medium, preferably. */
export const chooseMoveBackFolderWithDialog = () =>
  open({
    title: 'Dossier où écrire le journal du registre partagé (de préférence le support de réserve de ce poste)',
    properties: ['openDirectory', 'createDirectory'],
  });

/** The holder's recovery sheet: somewhere private, printed, then put away. */
export const chooseCounterSheetPathWithDialog = saveAs(
  'Enregistrer la fiche d’ajout d’un poste (à imprimer puis ranger avec les documents de l’établissement)',
  PDF,
);
export const chooseRecoverySheetPathWithDialog = saveAs('Enregistrer la feuille de secours du titulaire (à imprimer puis ranger sous clé)', PDF);

/** A copy of the offline verifier page (docs/verifier.md). */
export const chooseVerifierSavePathWithDialog = saveAs('Enregistrer le vérificateur hors ligne', HTML);

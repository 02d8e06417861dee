import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';

const XLSX_FILTER = [{ name: 'Classeur Excel (.xlsx)', extensions: ['xlsx'] }];

/** The system's open dialog, for the JARE workbook downloaded from the ANSM. */
export async function chooseJareTemplateWithDialog(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = { title: 'Fichier JARE téléchargé sur le site de l’ANSM', filters: XLSX_FILTER, properties: ['openFile'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The system's save dialog, for the filled copy of the JARE workbook (never over a file: the handler refuses). */
export async function chooseJareSavePathWithDialog(defaultName: string): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Enregistrer la copie remplie du fichier JARE',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: XLSX_FILTER,
    properties: ['createDirectory'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

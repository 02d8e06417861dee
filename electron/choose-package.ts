import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';

const ZIP_FILTER = [{ name: 'Dossier de reprise (ZIP)', extensions: ['zip'] }];

/** The system's save dialog, for a new hand-over package. */
export async function choosePackageSavePathWithDialog(defaultName: string): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Enregistrer le dossier de reprise',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: ZIP_FILTER,
    properties: ['createDirectory'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The system's open dialog, for the package handed over by the seller. */
export async function choosePackageFileWithDialog(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = { title: 'Dossier de reprise reçu du cédant', filters: ZIP_FILTER, properties: ['openFile'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

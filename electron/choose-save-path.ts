import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';

/** The system's save dialog, for a copy of an edition (a key for the inspector, for instance). */
export async function chooseSavePathWithDialog(defaultName: string): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Enregistrer une copie de l’édition',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    properties: ['createDirectory'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

import { BrowserWindow, dialog } from 'electron';

/** The system's folder picker, for the reserve copy's medium. */
export async function chooseFolderWithDialog(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = {
    title: 'Dossier de la copie de réserve (clé USB, disque externe, partage réseau)',
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

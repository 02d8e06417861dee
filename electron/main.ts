// The main process, as a list of what it sets up. Everything that decides something
// lives in a plain module next to this one; this file only wires Electron to it.
import { hostname } from 'node:os';
import { app, safeStorage, shell } from 'electron';
import { join } from 'node:path';
import { registerAppSchemePrivileges, serveAppScheme, APP_ORIGIN } from './app-scheme';
import { createDispatcher, sameOriginAs } from './ipc/dispatch';
import { createMainProcess, type MainContext } from './ipc/handlers';
import { closeConnectionsOnQuit } from './network/close-on-quit';
import { registerIpcHandlers } from './ipc/register-handlers';
import {
  chooseFolderWithDialog,
  chooseJareSavePathWithDialog,
  chooseJareTemplateWithDialog,
  choosePackageFileWithDialog,
  choosePackageSavePathWithDialog,
  chooseVerifierSavePathWithDialog,
  chooseRecoverySheetPathWithDialog,
  chooseCounterSheetPathWithDialog,
  chooseMoveBackFolderWithDialog,
  chooseSavePathWithDialog,
} from './file-dialogs';
import { loadEditionFonts } from './cli/common/edition-fonts';
import { readVerifierPage } from './package/verifier-page';
import { setupSecurity } from './security';
import { claimSingleInstance } from './single-instance';
import { technicalLog } from './technical-log';
import { safeStorageBox } from './signing/secret-box';
import { errorReference } from '../shared/unexpected-error';
import { PACKAGE_SCRYPT_WORK_FACTOR } from '../shared/package/sealed-package';
import { createMainWindow } from './window';
import { createHostService } from './network/host/host-service';
import { stopAtQuit } from './network/host/stop-at-quit';
import { announceHost } from './network/discovery/announce-host';
import { browseRegisters } from './network/discovery/mdns';

const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');

// Two windows on one register would race for the next order number: a second instance exits here.
if (claimSingleInstance(app)) start();

function start(): void {
  // French date inputs and number formats whatever the system language.
  app.commandLine.appendSwitch('lang', 'fr-FR');
  registerAppSchemePrivileges();
  setupSecurity();
  openWhenReady();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function openWhenReady(): void {
  app
    .whenReady()
    .then(() => {
      serveAppScheme(rendererDir);
      const log = technicalLog(app.getPath('userData'));
      // On the PC that hosts the shared register, its server starts with the app and stops at quit.
      // The operating system's store of secrets: the signing keys and the register's passwords.
      const secretBox = safeStorageBox(safeStorage);
      const host = createHostService({ dataFolder: app.getPath('userData'), secretBox, announce: (settings) => announceHost(settings) });
      host.start().catch((error: unknown) => log('serveur du registre partagé', error, errorReference()));
      stopAtQuit(
        app,
        () => host.stop(),
        (error) => log('arrêt du serveur du registre partagé', error, errorReference()),
      );
      // Required here, every member: the shell opens and saves editions for real.
      const context = {
        version: app.getVersion(),
        shell: 'electron',
        dataFolder: app.getPath('userData'),
        chooseFolder: chooseFolderWithDialog,
        openPath: (path) => shell.openPath(path),
        chooseSavePath: chooseSavePathWithDialog,
        choosePackageSavePath: choosePackageSavePathWithDialog,
        choosePackageFile: choosePackageFileWithDialog,
        chooseJareTemplate: chooseJareTemplateWithDialog,
        chooseJareSavePath: chooseJareSavePathWithDialog,
        // Copied beside the bundle by scripts/build.mjs.
        editionFonts: () => loadEditionFonts(),
        now: () => new Date(),
        // Written beside the bundle by scripts/build.mjs.
        verifierPage: () => readVerifierPage(join(__dirname, '..', 'verificateur.html')),
        chooseVerifierSavePath: chooseVerifierSavePathWithDialog,
        chooseRecoverySheetPath: chooseRecoverySheetPathWithDialog,
        packageScryptWorkFactor: PACKAGE_SCRYPT_WORK_FACTOR,
        // One PC unless a shared register was chosen at set-up (docs/reseau.md).
        sharedRegister: 'chosenAtSetUp',
        secretBox,
        host,
        discoverHosts: () => browseRegisters(),
        chooseCounterSheetPath: chooseCounterSheetPathWithDialog,
        holderName: () => hostname(),
        chooseMoveBackFolder: chooseMoveBackFolderWithDialog,
        onHostSetUpFailure: (error) => log('installation du serveur du registre partagé', error, errorReference()),
      } satisfies Required<MainContext>;
      const { handlers, close } = createMainProcess(context);
      // The shared register's connections, when there are any, are closed before the app exits.
      closeConnectionsOnQuit(app, close);
      registerIpcHandlers(
        createDispatcher({
          handlers,
          isTrustedSender: sameOriginAs(APP_ORIGIN),
          onInternalError: (channel, error, reference) => log(`ipc ${channel}`, error, reference),
        }),
      );
      let window = createMainWindow(preloadPath);
      app.on('second-instance', () => {
        if (window.isMinimized()) window.restore();
        window.focus();
      });
      app.on('activate', () => {
        if (window.isDestroyed()) window = createMainWindow(preloadPath);
      });
    })
    .catch((error: unknown) => {
      // Without a window nobody would see anything: the detail goes to the technical log
      // under a reference, and the app stops instead of running with no screen.
      technicalLog(app.getPath('userData'))('démarrage', error, errorReference());
      app.quit();
    });
}

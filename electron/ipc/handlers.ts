// The main-process side of every channel, as plain functions over a context: the
// Electron glue and the end-to-end harness call exactly these.
import type { MainHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { createAnnualHandlers } from '../annual/annual-handlers';
import { createEditionHandlers } from '../editions/edition-handlers';
import { createReserveHandlers } from '../reserve/reserve-handlers';
import { createSerialQueue } from '../../shared/serial-queue';
import { createSealingHandlers } from '../sealing/sealing-handlers';
import type { EditionFonts } from '../../shared/editions/pdf/fonts';
import { loadEditionFonts } from '../cli/common/edition-fonts';
import { createArchiveVerifier } from '../package/archive-verify-thread';
import { createPackageHandlers } from '../package/package-handlers';
import { createVerifierHandlers } from '../package/verifier-page';
import { createJareHandlers } from '../jare/jare-handlers';
import { createNetworkHandlers } from '../network/network-handlers';
import type { RegisterServer } from '../network/register-pool';
import { createAccessHandlers } from '../access/access-handlers';
import { createAccessStore } from '../access/access-store';
import { createSigningHandlers } from '../signing/signing-handlers';
import { createSigningKeys } from '../signing/signing-keys';
import type { SecretBox } from '../signing/secret-box';
import { createHostHandlers } from '../network/host/host-handlers';
import { createMoveHandlers } from '../network/move-handlers';
import { withHostSetUpErrors } from '../network/host-setup-errors';
import { installSchema } from '../network/install-schema';
import { createHostService, type HostService } from '../network/host/host-service';
import { browseRegisters } from '../network/discovery/mdns';
import type { FoundHost } from '../../shared/ipc/host';

export interface MainContext {
  version: string;
  shell: 'electron' | 'harness';
  dataFolder: string;
  /** Asks the person for a folder (Electron's dialog; a given folder in the tests). */
  chooseFolder: () => Promise<string | null>;
  /**
   * Hands a file to the system viewer, for reading and printing (Electron's shell.openPath):
   * resolves to '' once opened, else to what went wrong. Without one (a context that never
   * shows editions), opening an edition is refused with edition.openFailed.
   */
  openPath?: (path: string) => Promise<string>;
  /**
   * Asks the person where to save a copy of an edition, offering its name (Electron's save
   * dialog); null when they cancel. Without one, saving is answered as cancelled.
   */
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
  // ——— packages ———
  /** Where to write a hand-over package (a save dialog for .zip); chooseSavePath without one. */
  choosePackageSavePath?: (defaultName: string) => Promise<string | null>;
  /** Which package to read on the buyer's machine (an open dialog for .zip); cancelled without one. */
  choosePackageFile?: () => Promise<string | null>;
  /** The DejaVu fonts of the décharge; read from the dejavu-fonts-ttf package without one. */
  editionFonts?: () => EditionFonts;
  // ——— ANSM's JARE workbook ———
  /** Which JARE workbook to fill (an open dialog for .xlsx); cancelled without one. */
  chooseJareTemplate?: () => Promise<string | null>;
  /** Where to save the filled copy (a save dialog for .xlsx); chooseSavePath without one. */
  chooseJareSavePath?: (defaultName: string) => Promise<string | null>;
  /** The clock that names and dates what the main process writes; the system's without one. */
  now?: () => Date;
  /** The offline verifier page carried in every package and yearly archive; none without one. */
  verifierPage?: () => Promise<Uint8Array | null>;
  /** The scrypt cost of a sealed package's passphrase (age's 2^18 without one); lowered only by tests. */
  packageScryptWorkFactor?: number;
  /** Where to save a copy of that page (a save dialog for .html); chooseSavePath without one. */
  chooseVerifierSavePath?: (defaultName: string) => Promise<string | null>;
  /**
   * The shared register this counter is joined to (docs/reseau.md): 'chosenAtSetUp' (the
   * default) reads the one chosen at set-up from the data folder; a server or null (one PC)
   * given outright fixes it (tests).
   */
  sharedRegister?: RegisterServer | null | 'chosenAtSetUp';
  /** Where to save the holder's recovery sheet (a save dialog for .pdf); chooseSavePath without one. */
  chooseRecoverySheetPath?: (defaultName: string) => Promise<string | null>;
  /**
   * The system's store that protects the register's private signing keys (Electron's
   * safeStorage; a stub in the tests). Without one, no key is made and nothing is signed.
   */
  secretBox?: SecretBox | null;
  /** This PC's name as the other counters' banners show who writes the reserve (the system's by default). */
  holderName?: () => string;
  /**
   * This PC's bundled PostgreSQL, when it hosts the shared register (docs/reseau.md): made
   * by the shell, which starts it with the app and stops it at quit; one over the data
   * folder, never started by itself, without one.
   */
  host?: HostService;
  /** Listens on the local network for PCs hosting a register (mDNS); the real network without one. */
  discoverHosts?: () => Promise<FoundHost[]>;
  /** Where to save the sheet for adding a counter (a save dialog for .pdf); chooseSavePath without one. */
  chooseCounterSheetPath?: (defaultName: string) => Promise<string | null>;
  /** Keeps the technical detail of a failed set-up of the bundled server, said in French to the window (the technical log). */
  onHostSetUpFailure?: (error: unknown) => void;
  /** Where to write the shared register's journal taken back to one PC (a folder dialog); nothing without one. */
  chooseMoveBackFolder?: () => Promise<string | null>;
}

const NO_VIEWER = 'aucun lecteur de PDF dans ce contexte';

/** The handlers, and what closes the connections and stops the threads they opened (the app quitting: close-on-quit.ts). */
export interface MainProcess {
  handlers: MainHandlers;
  close(): Promise<void>;
}

export function createHandlers(context: MainContext): MainHandlers {
  return createMainProcess(context).handlers;
}

export function createMainProcess(context: MainContext): MainProcess {
  // Connections open at the first request only: in one-PC mode, nothing is opened.
  // The reserve's appends and a re-keying of the reserve take turns in one queue.
  const reserveQueue = createSerialQueue();
  const reserve = createReserveHandlers({ ...context, queue: reserveQueue });
  // One holder of this PC's signing keys: the window asks it on one PC, the network write door in network mode.
  const signingKeys = createSigningKeys(context.dataFolder, context.secretBox ?? null, context.now ?? (() => new Date()));
  const network = createNetworkHandlers({
    dataFolder: context.dataFolder,
    appendToReserve: reserve['reserve:append'],
    ...(context.holderName ? { holderName: context.holderName } : {}),
    signer: {
      newKey: (registerId) => signingKeys.create(registerId),
      holds: (key) => signingKeys.holds(key),
      sign: (key, text) => signingKeys.sign(key, text),
    },
    ...(context.sharedRegister === undefined || context.sharedRegister === 'chosenAtSetUp' ? {} : { server: context.sharedRegister }),
    now: context.now ?? (() => new Date()),
    secretBox: context.secretBox ?? null,
  });
  const hostHandlers = createHostHandlers({
    host: context.host ?? createHostService({ dataFolder: context.dataFolder, secretBox: context.secretBox ?? null }),
    configure: network['network:configure'],
    browse: context.discoverHosts ?? (() => browseRegisters()),
    chooseSavePath: context.chooseCounterSheetPath ?? context.chooseSavePath ?? (async () => null),
    openPath: context.openPath ?? (async () => NO_VIEWER),
    editionFonts: context.editionFonts ?? (() => loadEditionFonts()),
    now: context.now ?? (() => new Date()),
  });
  // Yearly archives are verified in a thread of their own, stopped when the app quits.
  const archiveVerifier = createArchiveVerifier();
  const handlers: MainHandlers = {
    'app:getInfo': async () => ok({ version: context.version, shell: context.shell, dataFolder: context.dataFolder }),
    ...reserve,
    ...createSealingHandlers({ dataFolder: context.dataFolder, openPath: context.openPath ?? (async () => NO_VIEWER), queue: reserveQueue }),
    ...createEditionHandlers({
      dataFolder: context.dataFolder,
      openPath: context.openPath ?? (async () => NO_VIEWER),
      chooseSavePath: context.chooseSavePath ?? (async () => null),
    }),
    ...createAnnualHandlers({ dataFolder: context.dataFolder }),
    ...createPackageHandlers({
      dataFolder: context.dataFolder,
      version: context.version,
      shell: context.shell,
      choosePackageSavePath: context.choosePackageSavePath ?? context.chooseSavePath ?? (async () => null),
      choosePackageFile: context.choosePackageFile ?? (async () => null),
      editionFonts: context.editionFonts ?? (() => loadEditionFonts()),
      openPath: context.openPath ?? (async () => NO_VIEWER),
      now: context.now ?? (() => new Date()),
      verifierPage: context.verifierPage ?? (async () => null),
      packageScryptWorkFactor: context.packageScryptWorkFactor,
      verifyArchive: archiveVerifier.verify,
    }),
    ...createVerifierHandlers({
      verifierPage: context.verifierPage ?? (async () => null),
      chooseSavePath: context.chooseVerifierSavePath ?? context.chooseSavePath ?? (async () => null),
    }),
    ...createAccessHandlers({
      store: createAccessStore(context.dataFolder, context.now ?? (() => new Date())),
      chooseSavePath: context.chooseRecoverySheetPath ?? context.chooseSavePath ?? (async () => null),
      openPath: context.openPath ?? (async () => NO_VIEWER),
      editionFonts: context.editionFonts ?? (() => loadEditionFonts()),
      now: context.now ?? (() => new Date()),
    }),
    ...createSigningHandlers(signingKeys),
    ...createJareHandlers({
      chooseFile: context.chooseJareTemplate ?? (async () => null),
      chooseSavePath: context.chooseJareSavePath ?? context.chooseSavePath ?? (async () => null),
    }),
    'network:validate': network['network:validate'],
    'network:eventsAfter': network['network:eventsAfter'],
    'network:waitAfter': network['network:waitAfter'],
    'network:settings': network['network:settings'],
    'network:configure': network['network:configure'],
    'network:verifyCertificate': network['network:verifyCertificate'],
    'network:pending': network['network:pending'],
    'network:sendPending': network['network:sendPending'],
    'network:dismissPending': network['network:dismissPending'],
    'network:reserveFromServer': network['network:reserveFromServer'],
    'network:reserves': network['network:reserves'],
    'network:handback': network['network:handback'],
    ...createMoveHandlers({
      dataFolder: context.dataFolder,
      configure: network['network:configure'],
      joinedPool: network.pool,
      ...(context.holderName ? { holderName: context.holderName } : {}),
      chooseFolder: context.chooseMoveBackFolder ?? (async () => null),
    }),
    'network:installSchema': ({ owner, counterUser }) => installSchema(owner, counterUser),
    ...hostHandlers,
    // Each cause a practice can act on said in French (port taken, folder, disk…), not « erreur inattendue ».
    'host:setUp': withHostSetUpErrors(() => hostHandlers['host:setUp'](null), context.dataFolder, context.onHostSetUpFailure),
  };
  return {
    handlers,
    close: async () => {
      await Promise.all([network.close(), archiveVerifier.close()]);
    },
  };
}

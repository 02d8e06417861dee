// The one contract between the window (renderer) and the main process:
// channel name → request and response. The preload's object satisfies RegistreApi,
// the main side implements MainHandlers, and the compiler keeps both in step.
import type { MoveProgress, PendingDraft, PendingSent, RegisterHandback, ReserveProgress, ServerAddress, ServerSettings } from './network';
import type { FoundHost, HostStatus } from './host';
import type { AppError } from '../errors';
import type { JournalVerdict } from '../journal/read';
import type { AnnualSettings } from '../jare/annual-settings';
import type { ConfirmedMatches } from '../jare/matching';
import type { ChosenTemplate, SaveFilledRequest, SavedFilledTemplate } from './jare-requests';
import type { WorkingCopy } from '../jare/working-copy';
import type { Establishment, EstablishmentDetails, Practitioner, RegisterEvent } from '../register/events';
import type { Result } from '../result';
import type { WholeRegisterPurpose } from '../package/manifest';
import type { ChainHead } from '../register/chain-head';
import type { Step } from '../register/act';

export interface AppInfo {
  version: string;
  /** Where the application runs: the Electron shell, or the test harness in Chromium. */
  shell: 'electron' | 'harness';
  /** The folder that holds the application's own files on this machine. */
  dataFolder: string;
}

/** Where the reserve copy stands, as the main process sees it on the second medium. */
export interface ReserveStatus {
  folder: string | null;
  reachable: boolean;
  /** The last event of the reserve journal, null when it has none yet. */
  head: ChainHead | null;
  /** The folder is on the same device as the application's data: not a second medium. */
  sameDevice: boolean;
  /** The folder can be written to (false: a write-protected key, readable all the same). */
  writable: boolean;
  /**
   * The folder carries the identity card of the reserve medium set up for this register
   * (or an earlier version's journal of it). False: "support introuvable ou différent",
   * nothing is written there until the person confirms ('reserve:confirmMedium').
   */
  recognised: boolean;
  /** The last repair of a torn journal end made by this application since it started. */
  repair: ReserveRepair | null;
  checkedAt: string;
}

/** A torn end of the reserve journal moved aside (reserve.tailMovedAside), worded for the banner. */
export interface ReserveRepair {
  at: string;
  notice: AppError;
}

/** The reserve journal re-read and re-checked from its first line on the second medium. */
export type ReserveJournalCheck =
  { state: 'notConfigured' } | { state: 'unreachable'; folder: string } | { state: 'checked'; folder: string; verdict: JournalVerdict };

/** A register journal found in the reserve folder, as offered for a restore. */
export interface ReserveJournal {
  registerId: string;
  establishmentName: string;
  /** The last complete event: a restore brings back events 1 to lastSeq. */
  lastSeq: number;
  /** Bytes of an unfinished last line after it (a write cut short), left aside; 0 when none. */
  tornTailBytes: number;
}

/**
 * A page of the reserve journal. The cursor is opaque to the window: start at 0, then
 * pass back each answer's nextCursor (it is a byte offset in the file, so a page is read
 * from where the last one stopped, never from the first line).
 */
export interface ReadEventsRequest {
  registerId: string;
  cursor: number;
  limit: number;
}

export interface ReadEventsPage {
  events: RegisterEvent[];
  nextCursor: number;
  /** Nothing follows nextCursor in the journal. */
  done: boolean;
}

/** An edition kept in the archive folder, as the main process wrote and hashed it. */
export interface ArchivedEdition {
  fileName: string;
  /** SHA-256 of the file's bytes, computed by the main process from what it wrote. */
  sha256: string;
  size: number;
  /** A copy is also on the reserve medium. */
  onReserve: boolean;
}

// ——— packages: hand-over and yearly archive (docs/package-format.md) ———

/** A hand-over package written where the seller chose, with its décharge beside it. */
export interface ExportedPackage {
  path: string;
  dischargePath: string;
  /** SHA-256 of the package's manifest: "l’empreinte du dossier". */
  fingerprint: string;
  parts: number;
  size: number;
  /** The passphrase that opens the sealed file (docs/package-format.md § 9), shown once and printed on its sheet. */
  passphrase: string;
  /** The sheet that carries the passphrase, in the data folder (never beside the package). */
  passphraseSheetPath: string;
}

/** A package chosen on the buyer's machine and verified whole; its content waits in the main process. */
export interface OpenedPackage {
  token: string;
  fileName: string;
  registerId: string;
  establishmentName: string;
  holder: { name: string; orderNumber: string };
  createdAt: string;
  head: ChainHead;
  editions: number;
  fingerprint: string;
}

/** A yearly archive in `<data>/archives/<registerId>/`, verified when listed (the same bytes once per session). */
export interface YearlyArchive {
  fileName: string;
  year: number | null;
  size: number;
  fingerprint: string | null;
  /** The archive re-verified whole; the verdict's error otherwise. */
  problem: AppError | null;
  onReserve: boolean;
}

/**
 * Where the main process takes a yearly archive's journal from (decision 0063): its reserve
 * copy, if that copy ends at the window's head; else the pages the window sent under this
 * name (`archive:sendJournal`). The window never holds the whole journal for an archive.
 */
export type ArchiveJournal = { reserveAt: ChainHead } | { sent: string };

/** Who has a personal code in a register (electron/access/): never a hash, never a code. */
export interface AccessStatus {
  /** The holder who set the access up, whose code resets the others'; null before. */
  holder: string | null;
  withCode: string[];
  /** How many times the holder's recovery code was used. */
  recoveries: number;
}

/** What the recovery sheet prints besides the code, which only the main process knows. */
export interface RecoverySheetRequest {
  registerId: string;
  holder: Practitioner;
  establishment: Establishment;
  head: ChainHead;
  /** The register's public signing key, printed with its fingerprint (shared/signature/). */
  signingKey?: string;
}

export interface IpcContract {
  'app:getInfo': { request: null; response: AppInfo };
  'reserve:chooseFolder': { request: null; response: { folder: string } };
  'reserve:status': { request: { registerId: string }; response: ReserveStatus };
  'reserve:append': { request: { registerId: string; events: RegisterEvent[] }; response: ChainHead & { repair?: ReserveRepair } };
  /** The person confirms the folder at the configured path as the reserve medium from now on. */
  'reserve:confirmMedium': { request: { registerId: string }; response: { folder: string } };
  'reserve:verify': { request: { registerId: string }; response: ReserveJournalCheck };
  'reserve:listJournals': { request: null; response: { folder: string; journals: ReserveJournal[] } };
  'reserve:readEvents': { request: ReadEventsRequest; response: ReadEventsPage };
  /**
   * Whether this PC encrypts the reserve, whether the medium carries the sealed key (null:
   * medium absent), and whether a clear journal of the register is still on it.
   */
  'sealing:status': { request: { registerId: string }; response: { active: boolean; mediumHasKey: boolean | null; clearJournal: boolean } };
  /**
   * Encrypts the register's clear reserve journal; the clear copy is removed only with
   * `consent: 'removeClearCopy'`, once the encrypted one is read back and verified.
   */
  'sealing:migrate': { request: { registerId: string; consent: 'keepClearCopy' | 'removeClearCopy' }; response: { events: number; clearRemoved: boolean } };
  /** Draws the reserve's key and recovery code (shown once, for the recovery sheet); nothing is encrypted yet. */
  'sealing:setUp': { request: null; response: { recoveryCode: string; groupToTypeBack: number; recipient: string } };
  /** Opens the recovery sheet (made by the window) in the system viewer, to print it. */
  'sealing:openSheet': { request: { bytes: Uint8Array }; response: null };
  /** The group typed back from the sheet: encryption of the reserve starts. */
  'sealing:confirm': { request: { typedGroup: string }; response: { recipient: string } };
  /** On a new PC: the recovery code opens the key carried by the reserve medium. */
  'sealing:unlock': { request: { code: string }; response: { recipient: string } };
  /** Writes a new edition to the archive folder (never over an existing file) and copies it to the reserve. */
  'edition:archive': { request: { registerId: string; fileName: string; bytes: Uint8Array }; response: ArchivedEdition };
  /** Opens an archived edition with the system viewer, after checking it still has the hash recorded. */
  'edition:open': { request: { registerId: string; fileName: string; sha256: string }; response: null };
  /** Copies an archived edition where the user chooses (a key for the inspector, for instance). */
  'edition:saveAs': { request: { registerId: string; fileName: string; sha256: string }; response: { path: string } };
  /**
   * Copies to the reserve medium the archived editions it does not hold yet. `missing` counts
   * those it still lacks afterwards; `conflicts` names those it holds under the same name with
   * other bytes, which are left untouched.
   */
  'edition:syncReserve': { request: { registerId: string }; response: { copied: number; missing: number; conflicts: string[] } };

  // ——— The annual declaration ———
  /** Renders the JARE working copy as an .xlsx workbook (exceljs is Node-only); the window archives it like any edition. */
  'annual:workbook': { request: { copy: WorkingCopy; establishment: EstablishmentDetails; createdAt: string }; response: { bytes: Uint8Array } };
  /** Whether this register's establishment files the JARE, and the deadline (main-process settings, per register). */
  'annual:getSettings': { request: { registerId: string }; response: AnnualSettings };
  'annual:setSettings': { request: { registerId: string; settings: AnnualSettings }; response: AnnualSettings };
  /** Builds the hand-over package from the window's journal (checked again), writes it where the seller chooses, never over a file, and its décharge beside it. */
  'package:export': { request: { registerId: string; journal: Uint8Array; purpose: WholeRegisterPurpose }; response: ExportedPackage };
  /** Opens the décharge of the last package exported in this session with the system viewer, to print it. */
  'package:openDischarge': { request: null; response: null };
  /** Opens the passphrase sheet of the last package exported in this session with the system viewer, to print it. */
  'package:openPassphraseSheet': { request: null; response: null };
  /**
   * Asks for a package file (null, or no passphrase), reads and verifies it whole; nothing
   * is written. A sealed package is refused with « package.passphraseNeeded » and kept
   * chosen: the same call with its passphrase then opens that file without asking again.
   */
  'package:open': { request: { passphrase: string | null } | null; response: OpenedPackage };
  /** A page of the opened package's events; the cursor is an index (start at 0). */
  'package:readEvents': { request: { token: string; cursor: number; limit: number }; response: ReadEventsPage };
  /** Puts the opened package's editions into the archive folder, never over another file. */
  'package:installEditions': { request: { token: string }; response: { installed: number; alreadyThere: number } };
  /** Writes the yearly archive of `year` to the archive folder and the reserve; `automatic` names it without a time (once per year). */
  'archive:create': { request: { registerId: string; year: number; journal: ArchiveJournal; automatic: boolean }; response: YearlyArchive };
  /** One page of the window's journal for an archive, at `offset` bytes from its start (0 begins a new sending). */
  'archive:sendJournal': { request: { registerId: string; upload: string; offset: number; bytes: Uint8Array }; response: null };
  /** The names of the yearly archives written, none opened: enough to know which years are due. */
  'archive:written': { request: { registerId: string }; response: { fileNames: string[] } };
  /** The yearly archives, each verified (its verdict kept by its SHA-256); those missing from the reserve are copied there. */
  'archive:list': { request: { registerId: string }; response: { archives: YearlyArchive[] } };
  /** Saves the offline verifier page (docs/verifier.md) where the person chooses, never over another file. */
  'verifier:save': { request: null; response: { path: string } };

  // ——— Filling ANSM's JARE workbook (decisions 0008, 0012) ———
  /** Asks for ANSM's workbook (.xlsx), reads it under limits, keeps its bytes under a token, says what it holds. */
  'jare:chooseTemplate': { request: null; response: ChosenTemplate };
  /** Re-checks every write against the template read, fills a copy, asks where to save it and creates it, never over a file. */
  'jare:saveFilled': { request: SaveFilledRequest; response: SavedFilledTemplate };
  /** The matches this register's user confirmed (item → template row), kept by the main process per register. */
  'jare:getMatches': { request: { registerId: string }; response: ConfirmedMatches };
  'jare:setMatches': { request: { registerId: string; matches: ConfirmedMatches }; response: ConfirmedMatches };

  // ——— The shared register of several counters (docs/decisions/0029) ———
  /** Decides and records an act in the shared register, in one transaction on the server: the events sealed, or the refusal. */
  'network:validate': { request: { drafts: Step[] }; response: { events: RegisterEvent[] } };
  /** The shared register's events after an order number, in order: what the counter's read copy catches up with. */
  'network:eventsAfter': { request: { after: number; limit: number }; response: { events: RegisterEvent[] } };
  /** Answers once the shared register holds an event after `after`, or after a while in any case. */
  'network:waitAfter': { request: { after: number }; response: null };
  /** Where this PC's register lives: null in one-PC mode, else the server (never its password). */
  'network:settings': { request: null; response: { server: ServerAddress | null; passwordUnreadable?: boolean } };
  /** Tries the server typed at set-up and, if it answers with an installed register, joins it; null goes back to one PC. */
  'network:configure': { request: { server: ServerSettings | null }; response: { server: ServerAddress | null; headSeq: number } };
  /**
   * Pins the certificate of the server this PC is already joined to, from the fingerprint
   * typed off the sheet for adding a counter: tried first (that certificate in the TLS
   * handshake, then the kept password over it), kept only if both pass.
   */
  'network:verifyCertificate': { request: { fingerprint: string }; response: { server: ServerAddress; headSeq: number } };
  /** The validations held « en attente » while the server was away, oldest first. */
  'network:pending': { request: null; response: { pending: PendingDraft[] } };
  /** Sends the held validations to the server, in order: what it recorded, and what is still held or refused. */
  'network:sendPending': { request: null; response: PendingSent };
  /** Writes the reserve journal from the server's events after `after` up to `through` (what the window's copy has seen); the reserve's head. */
  'network:reserveFromServer': { request: { registerId: string; after: number; through: number }; response: ChainHead & { repair?: ReserveRepair } };
  /** How far each reserve journal is written from the server: what every counter's banner shows. */
  'network:reserves': { request: null; response: { reserves: ReserveProgress[] } };
  /** Forgets a held validation's refusal once read. */
  'network:dismissPending': { request: { id: string }; response: { pending: PendingDraft[] } };
  /** Whether the shared register was taken back to one PC (docs/reseau.md § 8 bis): then nothing more is written on its server. */
  'network:handback': { request: null; response: { handback: RegisterHandback | null } };
  // ——— Moving the register between the modes (docs/reseau.md § 8 bis) ———
  /**
   * Verifies this PC's reserve journal (which must end at `head`, the register's) while
   * sending it to an empty server in one transaction, then joins this PC to that server.
   */
  'network:moveUp': { request: { registerId: string; head: ChainHead; server: ServerSettings }; response: { server: ServerAddress; head: ChainHead } };
  /** How far the move underway has gone. */
  'network:moveProgress': { request: null; response: MoveProgress };
  /** Writes the shared register's journal to a folder the person chooses, read back and verified; this PC stays joined. */
  'network:moveBack': { request: null; response: { registerId: string; head: ChainHead; path: string } };
  /** A page of the journal written by 'network:moveBack', for the one-PC register to take in. */
  'network:readMovedBack': { request: { cursor: number; limit: number }; response: ReadEventsPage };
  /**
   * Installs or brings up to date the shared register's schema on an existing server, with
   * the account that owns its database, and makes the counters' role if it is missing.
   */
  'network:installSchema': {
    request: { owner: ServerSettings; counterUser: string };
    response: { version: number; applied: number[]; counterUser: string; counterPassword: string | null };
  };
  // ——— This PC hosts the shared register; the hosts found on the network (docs/reseau.md) ———
  /** Sets up and starts the bundled server on this PC, then joins this PC to it as a counter. */
  'host:setUp': { request: null; response: { server: ServerAddress; headSeq: number } };
  /** Whether this PC hosts the register, on which port and addresses. */
  'host:status': { request: null; response: HostStatus };
  /** Writes the sheet for adding a counter where the person chooses, and opens it to print. */
  'host:printSheet': { request: null; response: { sheetPath: string } };
  /** Listens a moment on the local network for PCs that host a shared register. */
  'discovery:browse': { request: null; response: { hosts: FoundHost[] } };
  // ——— Personal codes (docs/acces.md): kept as hashes by the main process only ———
  'access:status': { request: { registerId: string }; response: AccessStatus };
  /** The holder's code at set-up; the recovery sheet is written where the holder chooses and opened to print. */
  'access:setUpHolder': { request: RecoverySheetRequest & { code: string }; response: { sheetPath: string } };
  /** A person authorised chooses their code at their first session. */
  'access:setOwnCode': { request: { registerId: string; orderNumber: string; code: string }; response: null };
  'access:open': { request: { registerId: string; orderNumber: string; code: string }; response: null };
  /** The holder, with their own code, removes another person's code. */
  'access:reset': { request: { registerId: string; holderCode: string; orderNumber: string }; response: null };
  /** A lost holder code replaced with the recovery code; a new sheet is written and opened. */
  'access:recover': { request: RecoverySheetRequest & { recoveryCode: string; newCode: string }; response: { sheetPath: string } };
  // ——— the register's signing key, kept by the main process (docs/decisions/0044-clotures-signees.md) ———
  'signing:newKey': { request: { registerId: string }; response: { publicKey: string } };
  'signing:holds': { request: { publicKey: string }; response: { held: boolean } };
  /** `message`: the text of a closure (shared/signature/signed-message.ts); anything else is refused. */
  'signing:sign': { request: { publicKey: string; message: string }; response: { signature: string } };
}

export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Nothing throws across the boundary: every answer is a Result. */
export type IpcResult<T> = Result<T, AppError>;

export type RegistreApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/** A main-process handler may refuse with an expected error, or answer plainly. */
export type MainHandlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/**
 * The list itself when it names every channel of MainHandlers, else a type that names the
 * missing ones, so that forgetting one fails to compile: that channel would otherwise get
 * no handler in the main process and no method in the window's client (both loop over
 * CHANNELS). `satisfies` below refuses a name that is not a channel.
 */
type EveryChannel<Listed extends readonly Channel[]> = [Exclude<keyof MainHandlers, Listed[number]>] extends [never]
  ? Listed
  : { missingChannels: Exclude<keyof MainHandlers, Listed[number]> };

const LISTED_CHANNELS = [
  'app:getInfo',
  'reserve:chooseFolder',
  'reserve:status',
  'reserve:append',
  'reserve:verify',
  'reserve:listJournals',
  'reserve:readEvents',
  'reserve:confirmMedium',
  'sealing:status',
  'sealing:setUp',
  'sealing:openSheet',
  'sealing:confirm',
  'sealing:unlock',
  'sealing:migrate',
  'edition:archive',
  'edition:open',
  'edition:saveAs',
  'edition:syncReserve',
  'annual:workbook',
  'annual:getSettings',
  'annual:setSettings',
  'package:export',
  'package:openDischarge',
  'package:openPassphraseSheet',
  'package:open',
  'package:readEvents',
  'package:installEditions',
  'archive:create',
  'archive:sendJournal',
  'archive:written',
  'archive:list',
  'verifier:save',
  'jare:chooseTemplate',
  'jare:saveFilled',
  'jare:getMatches',
  'jare:setMatches',
  'network:validate',
  'network:eventsAfter',
  'network:waitAfter',
  'network:settings',
  'network:configure',
  'network:verifyCertificate',
  'network:pending',
  'network:sendPending',
  'network:dismissPending',
  'network:reserveFromServer',
  'network:reserves',
  'network:handback',
  'network:moveUp',
  'network:moveProgress',
  'network:moveBack',
  'network:readMovedBack',
  'network:installSchema',
  'host:setUp',
  'host:status',
  'host:printSheet',
  'discovery:browse',
  'access:status',
  'access:setUpHolder',
  'access:setOwnCode',
  'access:open',
  'access:reset',
  'access:recover',
  'signing:newKey',
  'signing:holds',
  'signing:sign',
] as const satisfies readonly Channel[];

export const CHANNELS: EveryChannel<typeof LISTED_CHANNELS> = LISTED_CHANNELS;

/** The name under which the API is exposed on `window`. */
export const API_GLOBAL = 'registre';

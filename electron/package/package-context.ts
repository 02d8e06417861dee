// What the package handlers need from the outside: the data folder, the application's
// version, the dialogs (Electron's, or answers given by the tests), the edition fonts,
// the clock, the randomness and cost of a package's passphrase, and where a yearly
// archive is verified.
import type { EditionFonts } from '../../shared/editions/pdf/fonts';
import type { VerifyArchive } from './archive-verdicts';

export interface PackageContext {
  dataFolder: string;
  version: string;
  shell: string;
  /** Where to write a new package, offering a name (a save dialog); null when cancelled. */
  choosePackageSavePath: (defaultName: string) => Promise<string | null>;
  /** Which package file to read (an open dialog); null when cancelled. */
  choosePackageFile: () => Promise<string | null>;
  editionFonts: () => EditionFonts;
  /** Hands a file to the system viewer: '' once opened, else what went wrong. */
  openPath: (path: string) => Promise<string>;
  now: () => Date;
  /** The offline verifier page built with the application (dist/verificateur.html), carried in every package; null when the build has none. */
  verifierPage: () => Promise<Uint8Array | null>;
  /** The random bytes of a package's passphrase; node:crypto's without one. */
  random?: () => Uint8Array;
  /** The scrypt cost of a package's passphrase (age's 2^18 without one); lowered only by tests. */
  packageScryptWorkFactor?: number;
  /** Where a yearly archive is verified: a thread of its own (archive-verify-thread.ts) without one. */
  verifyArchive?: VerifyArchive;
}

// The file names of packages: readable in a folder, safe on every system, and carrying
// the register and the time, so that a new package never takes an older one's name.
import { instantStamp } from '../../shared/editions/file-name';
import type { WholeRegisterPurpose } from '../../shared/package/manifest';

/** dossier-reprise_… for a buyer, dossier-depot_… for the ARS or the DDPP. */
export function wholeRegisterFileName(purpose: WholeRegisterPurpose, registerId: string, at: Date): string {
  return `${purpose === 'handover' ? 'dossier-reprise' : 'dossier-depot'}_${registerId}_${instantStamp(at)}.zip`;
}

/** The décharge beside a package, sealed (…zip.age) or clear (…zip). */
export function dischargeFileName(packageName: string): string {
  return packageName.replace(/\.zip(\.age)?$/, '_decharge.pdf');
}

/** The sheets carrying packages' passphrases: in the data folder, never beside the file they open. */
export const PASSPHRASE_SHEETS_FOLDER = 'fiches-phrase-de-passe';

export function passphraseSheetFileName(packageName: string): string {
  return packageName.replace(/\.zip(\.age)?$/, '_phrase-de-passe.pdf');
}

/** The automatic archive of a year has one name; one asked for carries its time too. */
export function yearlyArchiveFileName(registerId: string, year: number, at: Date | null): string {
  return `${year}_archive-annuelle_${registerId}${at === null ? '' : `_${instantStamp(at)}`}.zip`;
}

export const YEARLY_ARCHIVE_NAME = /^(\d{4})_archive-annuelle_[A-Za-z0-9-]+(_\d{8}-\d{4})?\.zip$/;

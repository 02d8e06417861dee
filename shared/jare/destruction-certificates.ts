// The destruction PVs of a year, to send with the annual declaration: each dossier whose
// PV was established in the year, and the files of that PV the register archived
// (edition.produced naming the dossier). Pure.
import type { RegisterEvent } from '../register/events';

export interface ArchivedFile {
  fileName: string;
  sha256: string;
  recordedAt: string;
}

export interface DestructionCertificate {
  dossier: string;
  /** The day of the destruction (the PV's operation date). */
  day: string;
  files: ArchivedFile[];
}

export function destructionCertificates(events: readonly RegisterEvent[], year: number): DestructionCertificate[] {
  const certificates = new Map<string, DestructionCertificate>();
  for (const event of events) {
    if (event.type === 'destruction.certified' && event.operationDate.startsWith(`${year}-`)) {
      certificates.set(event.dossier, { dossier: event.dossier, day: event.operationDate, files: [] });
    }
  }
  for (const event of events) {
    if (event.type !== 'edition.produced' || event.edition !== 'destruction-pv' || event.dossier === undefined) continue;
    certificates.get(event.dossier)?.files.push({ fileName: event.fileName, sha256: event.sha256, recordedAt: event.recordedAt });
  }
  return [...certificates.values()].sort((a, b) => a.dossier.localeCompare(b.dossier));
}

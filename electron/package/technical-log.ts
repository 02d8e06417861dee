// The package's technical log (technique/journal-technique.jsonl): what the application
// knew when it made the package, one JSON object a line — the application's version and
// the time, the integrity verdict of the journal at export, the reserve's state, and
// each edition with its hash, where it was read and whether the reserve holds it.
// Honest by construction: only facts checked while building the package are written.
import { strToU8 } from 'fflate';
import type { JournalSummary } from '../../shared/journal/read';
import type { ReserveStatus } from '../../shared/ipc/contract';
import type { CarriedEdition } from './package-editions';
import type { PackageKind } from '../../shared/package/manifest';

export interface TechnicalFacts {
  kind: PackageKind;
  appVersion: string;
  shell: string;
  createdAt: string;
  registerId: string;
  journal: JournalSummary;
  /** The first order number in the package's journal. */
  firstSeq: number;
  reserve: Pick<ReserveStatus, 'folder' | 'reachable' | 'head' | 'sameDevice'> & { agreesWithJournal: boolean | null };
  editions: readonly CarriedEdition[];
}

export function technicalLog(facts: TechnicalFacts): Uint8Array {
  const { journal, reserve } = facts;
  const lines: object[] = [
    { event: 'package.created', at: facts.createdAt, kind: facts.kind, registerId: facts.registerId, appVersion: facts.appVersion, shell: facts.shell },
    {
      event: 'journal.verified',
      at: facts.createdAt,
      verdict: 'intègre',
      checkedBy: 'processus principal, chaîne recalculée en entier depuis la copie de la fenêtre',
      firstSeq: facts.firstSeq,
      lastSeq: journal.lastSeq,
      headHash: journal.headHash,
      events: journal.events,
      movements: journal.movements,
    },
    {
      event: 'reserve.status',
      folder: reserve.folder,
      reachable: reserve.reachable,
      sameDevice: reserve.sameDevice,
      head: reserve.head,
      agreesWithJournal: reserve.agreesWithJournal,
    },
    ...facts.editions.map((edition) => ({
      event: 'edition.carried',
      fileName: edition.fileName,
      sha256: edition.sha256,
      size: edition.part.bytes.length,
      recordedBy: edition.recordedBy,
      readFrom: edition.source,
      onReserve: edition.onReserve,
    })),
  ];
  return strToU8(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
}

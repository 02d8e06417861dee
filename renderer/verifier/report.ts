// What the verifier's worker sends its page: progress while it reads, then one report,
// plain data (structured clone), worded in French where it is a verdict.
import type { JournalSummary } from '../../shared/journal/read';
import type { PackageKind, PackageManifest } from '../../shared/package/manifest';
import type { RegisterFacts } from '../../shared/verifier/register-facts';
import type { StockOnDayRow } from '../../shared/verifier/stock-on-day';

/**
 * The register's facts as the page receives them: without the movements summed per day,
 * which stay in the worker. A million-line register has some hundred thousand of them: copied
 * to the page, they held its thread for a fifth of a second; the page asks the worker for
 * the stock of the day it shows instead (`stock` messages).
 */
export type ReportedFacts = Omit<RegisterFacts, 'days'>;

export interface PackageFacts {
  kind: PackageKind;
  year?: number;
  registerId: string;
  establishment: PackageManifest['establishment'];
  holder: PackageManifest['holder'];
  createdAt: string;
  appVersion: string;
  after: { seq: number; hash: string } | null;
  /** SHA-256 of manifest.json: « l’empreinte du dossier », printed on the décharge. */
  fingerprint: string;
  /** Files of the archive, manifest included. */
  parts: number;
  editions: { fileName: string; recordedBy: number | null }[];
}

export interface VerifierReport {
  fileName: string;
  size: number;
  source: 'journal' | 'package';
  ok: boolean;
  /** The verdict's sentence: the same wording as the application and the command line. */
  verdict: string;
  /** Where the first fault is: the journal's line and order number, or the package's part. */
  fault?: { line?: number; seq?: number; part?: string };
  summary?: JournalSummary;
  package?: PackageFacts;
  facts?: ReportedFacts;
  /** The journal starts at the opening: the stock of each product can be given. */
  wholeRegister: boolean;
  elapsedMs: number;
}

export type VerifierMessage =
  | { kind: 'progress'; read: number; total: number }
  | { kind: 'done'; report: VerifierReport }
  | { kind: 'failed'; message: string }
  /** The answer to a page's `stockOn`: each product's stock at the end of that day. */
  | { kind: 'stock'; day: string; rows: StockOnDayRow[] };

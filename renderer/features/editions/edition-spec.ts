// What the window asks to print: one of the five editions of shared/editions, with what
// it covers. The same description names the file, goes to the worker that builds the
// PDF, and becomes the `edition.produced` event once the file is archived.
import type { IntegrityCheck } from '../../../shared/editions/integrity';
import { monthPeriod, type Period } from '../../../shared/editions/period';
import type { FillReport } from '../../../shared/jare/fill-report';
import type { AnnualEditionKind, EditionKind } from '../../../shared/register/events';

export type EditionSpec =
  /** (a) One product over a period; `closureOf` when the monthly closure produced it. */
  | { kind: 'product-register'; productId: string; period: Period; closureOf?: string }
  /** (b) Every product over a period. */
  | { kind: 'period-journal'; period: Period }
  /** (c) The balance of a month, sealed or not. */
  | { kind: 'month-balance'; month: string; closureOf?: string }
  /** (d) The ordonnancier's three classifications over a period. */
  | { kind: 'dispensations'; period: Period }
  /** (e) The integrity report of a check; `period` is the register from its opening to the check. */
  | { kind: 'integrity'; check: IntegrityCheck; period: Period }
  /** The summary of the thefts found on a day or over a period, to attach to their declarations. */
  | { kind: 'theft'; period: Period }
  /** An inventory, named by its order number; `period` is its day. */
  | { kind: 'inventory'; inventory: number; period: Period }
  /** The notice of a destruction dossier to the inspector; `period` is the day of the notice. */
  | { kind: 'destruction-notice'; dossier: string; period: Period }
  /** The PV of a destruction dossier; `period` is the day of the destruction. */
  | { kind: 'destruction-pv'; dossier: string; period: Period }
  /** The annual declaration's editions; `period` is the calendar year declared. */
  | { kind: Exclude<AnnualEditionKind, 'annual-jare-fill-report'>; period: Period }
  /** The report of ANSM's workbook filled for the year `period` covers, computed by the window when it filled it. */
  | { kind: 'annual-jare-fill-report'; period: Period; report: FillReport; templateName: string }
  /** The contradictory inventory of a cession, by its order number; `period` is the cut-off day. */
  | { kind: 'transfer-inventory'; inventory: number; period: Period }
  /** The transmittal slip of the definitive closure; `period` is the register's life, opening to closure. */
  | { kind: 'transmittal'; period: Period };

export type { EditionKind, Period };

/** The days an edition covers, as its event records them. */
export function specPeriod(spec: EditionSpec): Period {
  return spec.kind === 'month-balance' ? monthPeriod(spec.month) : spec.period;
}

export function specProductId(spec: EditionSpec): string | undefined {
  return spec.kind === 'product-register' ? spec.productId : undefined;
}

export function specInventory(spec: EditionSpec): number | undefined {
  return spec.kind === 'inventory' || spec.kind === 'transfer-inventory' ? spec.inventory : undefined;
}

export function specDossier(spec: EditionSpec): string | undefined {
  return spec.kind === 'destruction-notice' || spec.kind === 'destruction-pv' ? spec.dossier : undefined;
}

export function specClosureOf(spec: EditionSpec): string | undefined {
  return spec.kind === 'product-register' || spec.kind === 'month-balance' ? spec.closureOf : undefined;
}

/** The calendar year a period of the annual declaration covers. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

// What `editions` prints from an intact journal: the period, and for each edition its
// file name, what it is, and how to make its bytes. Pure: no file, no clock; the command
// (editions.ts) reads the journal, checks the destination and writes the files.
import { isMovement, type Establishment, type EditionKind, type RegisterEvent } from '../../../../shared/register/events';
import { lastDayOf, monthOf } from '../../../../shared/register/dates';
import { buildLedger } from '../../../../shared/editions/ledger';
import { monthName } from '../../../../shared/editions/month-balance';
import { monthPeriod, type Period } from '../../../../shared/editions/period';
import { editionFileName } from '../../../../shared/editions/file-name';
import { productLabel, productsOf } from '../../../../shared/editions/products';
import type { EditionContext } from '../../../../shared/editions/pdf/document';
import { keyInForce } from '../../../../shared/signature/key-in-force';
import type { EditionFonts } from '../../../../shared/editions/pdf/fonts';
import { dispensationsPdf } from '../../../../shared/editions/pdf/dispensations-pdf';
import { integrityPdf } from '../../../../shared/editions/pdf/integrity-pdf';
import { monthBalancePdf } from '../../../../shared/editions/pdf/month-balance-pdf';
import { periodJournalPdf } from '../../../../shared/editions/pdf/period-journal-pdf';
import { productRegisterPdf } from '../../../../shared/editions/pdf/product-register-pdf';
import type { ChainHead } from '../../../../shared/register/chain-head';
import { lifecycleEditions } from './editions-lifecycle';
import { wholeJournal, type WholeJournal } from '../../../../shared/editions/whole-journal';
import { identityAtHead } from '../../../../shared/package/identity';

export interface EditionsRequest {
  from?: string;
  to?: string;
  product?: string;
}

/** Where the period's ends came from: the command line, or the journal's first and last operation days. */
export interface PeriodChoice {
  period: Period;
  fromGiven: boolean;
  toGiven: boolean;
  /** First and last operation days written in the journal. */
  journal: Period;
}

/** The editions the register must be able to give (art. R. 5132-36): (a) one product’s register … (e) the integrity report; (f) the inventories, destruction papers and thefts. */
export type EditionLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface PlannedEdition {
  letter: EditionLetter;
  kind: EditionKind;
  fileName: string;
  /** What it is, in French, for the summary: "Registre du produit P2 — Morphine… (comprimé)". */
  description: string;
  make(): Uint8Array;
}

export interface EditionsPlan {
  registerId: string;
  establishment: Establishment;
  head: ChainHead;
  events: number;
  choice: PeriodChoice;
  /** The product of --product, or null for every product. */
  product: { productId: string; label: string } | null;
  editions: PlannedEdition[];
  /** Products defined but without a movement in the period: no register (a) for them. */
  unmoved: number;
  /** The period starts on a 1st and ends on a month's last day, so each balance (c) covers only days of the period. */
  wholeMonths: boolean;
}

export type EditionsProblem =
  | { kind: 'notRegister' }
  | { kind: 'unknownProduct'; productId: string; known: { productId: string; label: string }[] }
  | { kind: 'fromAfterJournal'; from: string; last: string }
  | { kind: 'toBeforeJournal'; to: string; first: string };

export type EditionsPlanResult = { ok: true; plan: EditionsPlan } | { ok: false; problem: EditionsProblem };

export interface PlanContext {
  editedAt: Date;
  /** Read only when an edition is made. */
  fonts: () => EditionFonts;
  /** What the integrity report names as checked: the journal file. */
  subject: string;
}

export function choosePeriod(days: Period, request: EditionsRequest): PeriodChoice | EditionsProblem {
  const first = days.from;
  const last = days.to;
  const journal = { from: first, to: last };
  if (request.from !== undefined && request.to === undefined && request.from > last) return { kind: 'fromAfterJournal', from: request.from, last };
  if (request.to !== undefined && request.from === undefined && request.to < first) return { kind: 'toBeforeJournal', to: request.to, first };
  return { period: { from: request.from ?? first, to: request.to ?? last }, fromGiven: request.from !== undefined, toGiven: request.to !== undefined, journal };
}

/** "de mars 2026", "d’avril 2026". */
function ofMonth(name: string): string {
  return /^[aeiou]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** Every calendar month the period touches, in order: 2026-03-15 → 2026-05-02 gives March, April and May. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let month = monthOf(period.from); month <= monthOf(period.to); month = monthOf(nextDay(lastDayOf(month)))) months.push(month);
  return months;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The period covers whole months only when it starts on a 1st and ends on a last day. */
export function coversWholeMonths(period: Period): boolean {
  return period.from.endsWith('-01') && period.to === lastDayOf(monthOf(period.to));
}

/**
 * `events`: the journal's events in order, or (for one product) only the events that are
 * not movements and that product's movements, which are all its editions read; `whole`
 * then says what the editions name of the whole journal.
 */
export function planEditions(
  events: readonly RegisterEvent[],
  request: EditionsRequest,
  context: PlanContext,
  whole: WholeJournal = wholeJournal(events),
): EditionsPlanResult {
  // The establishment as it stands now, as the package's manifest names it.
  const register = identityAtHead(events);
  if (!register) return { ok: false, problem: { kind: 'notRegister' } };
  const { registerId, establishment } = register;
  const products = productsOf(events);
  const known = [...products.values()].map((product) => ({ productId: product.productId, label: productLabel(product, product.productId) }));
  if (request.product !== undefined && !products.has(request.product)) {
    return { ok: false, problem: { kind: 'unknownProduct', productId: request.product, known } };
  }
  const choice = choosePeriod(whole.days, request);
  if ('kind' in choice) return { ok: false, problem: choice };
  const { period } = choice;
  const { head } = whole;
  let fonts: EditionFonts | undefined;
  const signingKey = keyInForce(events);
  const edition = (): EditionContext => ({
    establishment,
    head,
    editedAt: context.editedAt,
    fonts: (fonts ??= context.fonts()),
    ...(signingKey === undefined ? {} : { signingKey }),
  });
  const named = (productId: string) => ({ productId, designation: products.get(productId)?.definition.designation ?? '' });
  const dispensationsName = establishment.kind === 'officine' ? 'Ordonnancier' : 'Délivrances';
  const classes = establishment.kind === 'officine' ? 'par patient, par médicament, chronologique' : 'par détenteur, par médicament, chronologique';
  const editions: PlannedEdition[] = [];
  const registerOf = (productId: string): PlannedEdition => ({
    letter: 'a',
    kind: 'product-register',
    fileName: editionFileName({ kind: 'product-register', period, ...named(productId) }, context.editedAt),
    description: `Registre du produit ${productId} — ${productLabel(products.get(productId), productId)}`,
    make: () => productRegisterPdf(events, productId, period, edition()),
  });

  let unmoved = 0;
  if (request.product !== undefined) {
    const productId = request.product;
    editions.push(registerOf(productId));
    // The product's dispensations: every other product's movements left out, its corrections kept.
    const own = events.filter((event) => !isMovement(event) || event.productId === productId);
    editions.push({
      letter: 'd',
      kind: 'dispensations',
      fileName: editionFileName({ kind: 'dispensations', period, ...named(productId) }, context.editedAt),
      description: `${dispensationsName} du produit ${productId} (${classes})`,
      make: () => dispensationsPdf(own, period, edition()),
    });
  } else {
    editions.push({
      letter: 'b',
      kind: 'period-journal',
      fileName: editionFileName({ kind: 'period-journal', period }, context.editedAt),
      description: 'Registre de tous les produits',
      make: () => periodJournalPdf(events, period, edition()),
    });
    const moved = buildLedger(events, period).products.filter((product) => product.lines.length > 0);
    for (const product of moved) editions.push(registerOf(product.productId));
    unmoved = products.size - moved.filter((product) => products.has(product.productId)).length;
    for (const month of monthsOf(period)) {
      editions.push({
        letter: 'c',
        kind: 'month-balance',
        fileName: editionFileName({ kind: 'month-balance', period: monthPeriod(month) }, context.editedAt),
        description: `Balance mensuelle ${ofMonth(monthName(month))}`,
        make: () => monthBalancePdf(events, month, edition()),
      });
    }
    editions.push({
      letter: 'd',
      kind: 'dispensations',
      fileName: editionFileName({ kind: 'dispensations', period }, context.editedAt),
      description: `${dispensationsName} (${classes})`,
      make: () => dispensationsPdf(events, period, edition()),
    });
    editions.push(...lifecycleEditions(events, period, context.editedAt, edition));
  }
  editions.push({
    letter: 'e',
    kind: 'integrity',
    fileName: editionFileName({ kind: 'integrity', period }, context.editedAt),
    description: `Rapport d’intégrité du journal (n° 1 à n° ${head.seq})`,
    make: () => integrityPdf({ subject: context.subject, checkedAt: context.editedAt, verdict: { intact: true, events: whole.events, head } }, edition()),
  });
  const product = request.product === undefined ? null : (known.find((entry) => entry.productId === request.product) ?? null);
  return {
    ok: true,
    plan: { registerId, establishment, head, events: whole.events, choice, product, editions, unmoved, wholeMonths: coversWholeMonths(period) },
  };
}

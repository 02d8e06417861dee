// A realistic register for the bench, written by the register's own rules: each draft is
// decided by `decide` against the state `evolve` keeps, then sealed by `sealValid`, as the
// write door does (renderer/db/record.ts), only without a database in between (its
// look-ups answered as the replay of a journal answers them), so that a register of a
// million events is made in about a minute. Fifty products, each with a new lot at every
// tenth of its movements (receipts, dispensations, patient and supplier returns), a few
// hundred movements a day over years, and every month closed at its end with the editions
// its closure owes recorded right after it (R. 5132-36), as a counter keeps its register:
// a register without them would have the window catch up thousands of editions at each
// opening, which no register in use asks.
// Stock turns over as in an officine: what a lot's cycle receives, its cycle dispenses or
// returns, so the lots still held stay a handful per product. A register whose stock only
// grows would hold every lot it ever received (7 600 units and 200 lots per product at
// 100 000 events), which no officine does. Nothing is set aside from the dispensable
// stock: the bench records no destruction, and a lot keeping one unit in quarantine until
// a destruction would stay held for ever (the patients' returns enter quarantine with no lot).
import { decide } from '../../shared/register/decide';
import { lastDayOf, localDay, monthOf } from '../../shared/register/dates';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { sealValid } from '../../shared/register/prepare';
import { toMilli } from '../../shared/register/quantity';
import { emptyState, type RegisterState } from '../../shared/register/register-state';
import { createPassingLookups } from '../../shared/register/replay';
import { sha256OfText } from '../../shared/register/seal';
import type { Draft } from '../../shared/register/validate';
import { editionFileName } from '../../shared/editions/file-name';
import { specPeriod } from '../../renderer/features/editions/edition-spec';
import { closureEditions } from '../../renderer/features/editions/closure-editions';

export const REGISTER_ID = 'BENCH';
export const ESTABLISHMENT_NAME = 'Pharmacie du banc';
const HOLDER = { name: 'Banc d’essai', orderNumber: '10000000000' };
const SUPPLIER = { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan', profession: 'Grossiste-répartiteur' };
const PATIENT = { kind: 'patient' as const, name: 'Jean Dupont', address: '3 rue des Forges, 56100 Lorient' };
const PRESCRIBER = { name: 'Dr Anne Le Goff', address: '12 rue du Port, 56100 Lorient' };
/** Movements a day, all products together: a busy officine. */
const PER_DAY = 300;
/** A new lot at every tenth movement of a product. */
const LOT_EVERY = 10;
/**
 * Units per dispensation: a cycle receives 100 and returns 2 to the supplier, and its
 * seven dispensations take the other 98: each lot is used up within its cycle.
 */
const DISPENSED = 14;
const RETURNED_TO_SUPPLIER = 2;

export interface RegisterShape {
  events: number;
  products: number;
}

/** The day of the `index`-th movement; the register opens on FIRST_DAY. */
const FIRST_DAY = new Date(2017, 0, 2, 12, 0);

function dayAt(dayIndex: number): Date {
  return new Date(FIRST_DAY.getFullYear(), FIRST_DAY.getMonth(), FIRST_DAY.getDate() + dayIndex, 12, 0);
}

function plusMonths(day: Date, months: number): string {
  const expiry = new Date(day.getFullYear(), day.getMonth() + months, 1);
  return `${expiry.getFullYear()}-${String(expiry.getMonth() + 1).padStart(2, '0')}`;
}

/** The `n`-th movement of one product (0-based) on `day`: its lot cycle of ten. */
export function movementDraft(productId: string, n: number, day: Date, serial: number): Draft {
  const operationDate = localDay(day);
  const cycle = Math.floor(n / LOT_EVERY);
  const lot = `L${productId}-${cycle}`;
  const units = (count: number) => toMilli(count * 1000);
  switch (n % LOT_EVERY) {
    case 0:
      // Every third lot is short-dated: the Stock tab has lots near their expiry to show.
      return {
        operationDate,
        body: {
          type: 'receipt',
          productId,
          quantity: units(100),
          supplier: SUPPLIER,
          deliveryRef: `BL-${serial}`,
          lot,
          expiry: plusMonths(day, cycle % 3 === 0 ? 3 : 24),
        },
      };
    case 4:
      return { operationDate, body: { type: 'patient.return', productId, quantity: units(2), returnedBy: 'Famille Dupont' } };
    case 9:
      return {
        operationDate,
        body: {
          type: 'supplier.return',
          productId,
          quantity: units(RETURNED_TO_SUPPLIER),
          compartment: 'dispensable',
          supplier: { name: SUPPLIER.name, address: SUPPLIER.address },
          reason: 'Boîtes abîmées',
        },
      };
    default:
      return {
        operationDate,
        body: { type: 'dispensation', productId, quantity: units(DISPENSED), recipient: PATIENT, prescriber: PRESCRIBER, ordonnancierNumber: String(serial) },
      };
  }
}

/**
 * The drafts of the register, in order, each with the instant it is recorded at: the
 * opening, the products, then movements day after day, a month's closure as its first
 * draft of the next month. `events` counts them all.
 */
export function* registerDrafts(shape: RegisterShape): Generator<{ draft: Draft; at: Date }> {
  const opened = dayAt(0);
  const openingDay = localDay(opened);
  let count = 0;
  const at = (day: Date) => new Date(day.getTime() + (count % PER_DAY) * 60_000 - 3 * 3_600_000);
  yield {
    draft: {
      operationDate: openingDay,
      body: {
        type: 'register.opened',
        registerId: REGISTER_ID,
        establishment: { name: ESTABLISHMENT_NAME, address: '1 rue du Test, 75000 Paris', kind: 'officine' },
        holder: HOLDER,
      },
    },
    at: opened,
  };
  count += 1;
  for (let product = 1; product <= shape.products && count < shape.events; product += 1, count += 1) {
    yield {
      draft: {
        operationDate: openingDay,
        body: {
          type: 'product.defined',
          product: { designation: `Produit ${product}`, form: 'comprimé', strength: '10 mg', unit: 'comprimé', perBox: toMilli(28_000) },
        },
      },
      at: at(opened),
    };
  }
  const moves = new Array<number>(shape.products).fill(0);
  let month = monthOf(openingDay);
  for (let movement = 0; count < shape.events; movement += 1, count += 1) {
    const day = dayAt(1 + Math.floor(movement / PER_DAY));
    const dayMonth = monthOf(localDay(day));
    if (dayMonth !== month) {
      yield { draft: { operationDate: lastDayOf(month), body: { type: 'month.closed', month } }, at: at(day) };
      month = dayMonth;
      count += 1;
      if (count >= shape.events) return;
    }
    const product = movement % shape.products;
    yield { draft: movementDraft(`P${product + 2}`, moves[product] ?? 0, day, movement), at: at(day) };
    moves[product] = (moves[product] ?? 0) + 1;
  }
}

/**
 * The editions a closure owes, as the window records them once archived
 * (renderer/features/editions/produce-edition.ts): the file is not written, its name is
 * the one the window gives and its fingerprint that of its name, which nothing reads back.
 */
function closureEditionDrafts(closure: Extract<RegisterEvent, { type: 'month.closed' }>, at: Date): Draft[] {
  return closureEditions(closure).map((spec) => {
    const period = specPeriod(spec);
    const productId = spec.kind === 'product-register' ? spec.productId : undefined;
    const fileName = editionFileName({ kind: spec.kind, period, ...(productId === undefined ? {} : { productId }), closureOf: spec.closureOf }, at);
    return {
      operationDate: localDay(at),
      body: {
        type: 'edition.produced',
        edition: spec.kind,
        from: period.from,
        to: period.to,
        ...(productId === undefined ? {} : { productId }),
        closureOf: spec.closureOf,
        fileName,
        sha256: sha256OfText(fileName),
        size: 40_000,
      },
    };
  });
}

/** Decides and seals every draft, `shape.events` in all; pages of `pageSize` events, and the state they leave. */
export function* sealedPages(shape: RegisterShape, pageSize: number): Generator<{ events: RegisterEvent[]; state: RegisterState }> {
  const state = emptyState();
  // The look-ups a draft declares (a quarantine move names its lot), answered from what
  // passed, as the replay of a journal answers them; the lots' past folded with them.
  const lookups = createPassingLookups();
  let page: RegisterEvent[] = [];
  let sealed = 0;
  const seal = (draft: Draft, at: Date): RegisterEvent => {
    const decided = decide(state, lookups.fetch(state, draft), draft, localDay(at));
    if (!decided.ok) throw new Error(`n° ${(state.head?.seq ?? 0) + 1} refusé : ${JSON.stringify(decided.error)}`);
    const event = sealValid(decided.value, { head: state.head, recordedAt: at });
    evolve(state, event, lookups.ledger);
    lookups.remember(event);
    page.push(event);
    sealed += 1;
    return event;
  };
  for (const { draft, at } of registerDrafts(shape)) {
    if (sealed >= shape.events) break;
    const event = seal(draft, at);
    // The editions follow their closure, a minute later, as the window produces them.
    const pending = event.type === 'month.closed' ? closureEditionDrafts(event, new Date(at.getTime() + 60_000)) : [];
    for (const edition of pending) {
      if (page.length >= pageSize) {
        yield { events: page, state };
        page = [];
      }
      if (sealed >= shape.events) break;
      seal(edition, new Date(at.getTime() + 60_000));
    }
    if (page.length >= pageSize) {
      yield { events: page, state };
      page = [];
    }
  }
  if (page.length > 0) yield { events: page, state };
}

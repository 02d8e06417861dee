// Time to print the editions (architecture §7: one month's edition, ~2 000 lines, under
// 2 s). Run in a child process of `npm run bench`, so that the first edition is timed as
// a user meets it (fonts parsed, code not yet warmed up), then again once warm.
// Alone: npx tsx bench/node/editions.ts [movements in the month] [movements in the year]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES, type EditionFonts } from '../../shared/editions/pdf/fonts';
import type { EditionContext } from '../../shared/editions/pdf/document';
import { periodJournalPdf } from '../../shared/editions/pdf/period-journal-pdf';
import { productRegisterPdf } from '../../shared/editions/pdf/product-register-pdf';
import type { Counterparty, RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { prepareEvent } from '../../shared/register/prepare';
import { toMilli } from '../../shared/register/quantity';
import { emptyState } from '../../shared/register/register-state';
import type { Draft } from '../../shared/register/validate';
import type { EditionMeasure } from './edition-rows';

const HOLDER = { name: 'Claire Martin', orderNumber: '10001234567' };
const ESTABLISHMENT = { name: 'Pharmacie du banc d’essai', address: '1 quai des Indes, 56100 Lorient', kind: 'officine' as const };
const SUPPLIER = { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan', profession: 'Grossiste-répartiteur' };
const PRESCRIBER: Counterparty = { name: 'Dr Anne Le Goff', address: '12 rue du Port, 56100 Lorient' };
const PRODUCT = { designation: 'Morphine sulfate LP 10 mg', form: 'comprimé', strength: '10 mg', unit: 'comprimé', perBox: toMilli(14_000) };

/** Read once, as the app would: the files are part of it. */
function loadFonts(): EditionFonts {
  const folder = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  return { regular: readFileSync(join(folder, FONT_FILES.regular)), bold: readFileSync(join(folder, FONT_FILES.bold)) };
}

function day(index: number, count: number, year: number, months: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + Math.floor((index / count) * months * 30.4)));
  return date.toISOString().slice(0, 10);
}

/**
 * A register of `products` products: each received once, then `movements` dispensations
 * spread over `months` months of 2026 (a receipt every 20 lines). Each product opens with
 * a carried-over balance that no dispensation exhausts: the register's own rules decide
 * every line against the state the lines before it leave.
 */
function benchRegister(movements: number, products: number, months: number): RegisterEvent[] {
  const drafts: Draft[] = [
    { operationDate: '2026-01-01', body: { type: 'register.opened', registerId: 'BENCH', establishment: ESTABLISHMENT, holder: HOLDER } },
  ];
  for (let p = 0; p < products; p += 1)
    drafts.push({ operationDate: '2026-01-01', body: { type: 'product.defined', product: { ...PRODUCT, designation: `${PRODUCT.designation} n° ${p + 1}` } } });
  for (let p = 0; p < products; p += 1)
    drafts.push({
      operationDate: '2026-01-01',
      body: { type: 'opening.balance', productId: `P${2 + p}`, quantity: toMilli(1e12), compartment: 'dispensable', source: 'registre papier' },
    });
  for (let index = 0; index < movements; index += 1) {
    const productId = `P${2 + (index % products)}`;
    const operationDate = day(index, movements, 2026, months);
    if (index % 20 === 0) {
      drafts.push({
        operationDate,
        body: { type: 'receipt', productId, quantity: toMilli(280_000), supplier: SUPPLIER, deliveryRef: `BL-${index}`, lot: `L${index}`, expiry: '2029-12' },
      });
      continue;
    }
    const patient = { kind: 'patient' as const, name: `Patient ${index % 97}`, address: `${index % 50} rue des Forges, 56100 Lorient` };
    drafts.push({
      operationDate,
      body: {
        type: 'dispensation',
        productId,
        quantity: toMilli(1_000 + (index % 7) * 500),
        recipient: patient,
        prescriber: PRESCRIBER,
        ordonnancierNumber: `2026-${String(index).padStart(6, '0')}`,
      },
    });
  }
  const events: RegisterEvent[] = [];
  const state = emptyState();
  for (const draft of drafts) {
    const prepared = prepareEvent(state, {}, draft, '2026-12-31', { head: state.head, recordedAt: new Date(`${draft.operationDate}T17:00:00Z`) });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    events.push(prepared.value);
    evolve(state, prepared.value);
  }
  return events;
}

function pagesOf(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;
}

/** Wall-clock time of the first edition in the process, then of the same again, and the
 * processor time of the second: what it costs on a machine doing nothing else. */
function measure(edition: string, movements: number, make: () => Uint8Array): EditionMeasure {
  let start = performance.now();
  const pdf = make();
  const firstMs = performance.now() - start;
  start = performance.now();
  const cpu = process.cpuUsage();
  make();
  const warmMs = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { edition, movements, pages: pagesOf(pdf), kilobytes: Math.round(pdf.byteLength / 1024), firstMs, warmMs, warmCpuMs: (user + system) / 1000 };
}

function measureEditions(monthMovements: number, yearMovements: number): EditionMeasure[] {
  const month = benchRegister(monthMovements, 20, 1);
  const year = benchRegister(yearMovements, 1, 12);
  const fonts = loadFonts();
  const context = (events: RegisterEvent[]): EditionContext => {
    const last = events.at(-1) as RegisterEvent;
    return { establishment: ESTABLISHMENT, head: { seq: last.seq, hash: last.hash }, editedAt: new Date('2027-01-02T09:00:00Z'), fonts };
  };
  const january = { from: '2026-01-01', to: '2026-01-31' };
  const wholeYear = { from: '2026-01-01', to: '2026-12-31' };
  const monthOfOneProduct = benchRegister(monthMovements, 1, 1);
  return [
    measure('(b) tous produits, un mois', monthMovements, () => periodJournalPdf(month, january, context(month))),
    measure('(a) un produit, un mois', monthMovements, () => productRegisterPdf(monthOfOneProduct, 'P2', january, context(monthOfOneProduct))),
    measure('(a) un produit, une année', yearMovements, () => productRegisterPdf(year, 'P2', wholeYear, context(year))),
  ];
}

const [monthMovements = 2_000, yearMovements = 6_000] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(measureEditions(monthMovements, yearMovements)));

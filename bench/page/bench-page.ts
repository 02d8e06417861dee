// Runs in Chromium over real IndexedDB, on the application's origin (the bench serves this
// page beside the built window), with the application's own code: the register is built by
// the paged import a restore uses, events are recorded through the one write door
// (`record`, which decides with `decide`), and the integrity checks are the window's.
// Built by Vite, workers included, as the window is.
import { localDay } from '../../shared/register/dates';
import { toMilli } from '../../shared/register/quantity';
import { canonicalJson } from '../../shared/register/seal';
import type { RegisterEvent } from '../../shared/register/events';
import { DATABASE_NAME, openRegisterDatabase, type RegisterDatabase } from '../../renderer/db/database';
import { dexieStore } from '../../renderer/db/dexie-store';
import { importEvents } from '../../renderer/db/import-events';
import { record } from '../../renderer/db/record';
import type { RestoreMarker } from '../../renderer/db/restore-marker';
import { checkIntegrity } from '../../renderer/features/integrity/check-integrity';
import { eventPages } from '../../renderer/features/integrity/read-pages';
import { importJournalPages } from '../../renderer/features/restore/import-journal-pages';
import { ESTABLISHMENT_NAME, movementDraft, REGISTER_ID, sealedPages, type RegisterShape } from './register-generator';

const BUILD_PAGE = 5_000;

function database(): RegisterDatabase {
  return openRegisterDatabase(DATABASE_NAME);
}

/**
 * Builds the register in the window's database, page by page through `importEvents`, as a
 * restore stores a verified journal; then checks it whole once, as the window would, so
 * that it opens as a register in daily use (its verified head at its last event).
 */
async function build(shape: RegisterShape): Promise<{ buildMs: number; wholeCheckMs: number; head: number }> {
  await deleteDatabase(DATABASE_NAME);
  const db = database();
  const start = performance.now();
  let head = 0;
  for (const { events } of sealedPages(shape, BUILD_PAGE)) {
    const last = events.at(-1);
    if (!last) continue;
    // The journal's head is known once its last page is sealed: the marker names it then.
    const target = last.seq === shape.events ? { seq: last.seq, hash: last.hash } : { seq: shape.events, hash: 'inconnue-avant-la-dernière-page' };
    const restore: RestoreMarker = {
      key: 'restore',
      source: 'reserve',
      registerId: REGISTER_ID,
      establishmentName: ESTABLISHMENT_NAME,
      target,
      startedAt: new Date().toISOString(),
    };
    const stored = await importEvents(db, events, restore);
    if (!stored.ok) throw new Error(JSON.stringify(stored.error));
    head = last.seq;
  }
  const buildMs = performance.now() - start;
  const checkStart = performance.now();
  const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, new Date(), 'whole');
  if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems));
  db.close();
  return { buildMs, wholeCheckMs: performance.now() - checkStart, head };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * A counter's movement on today's date: a receipt of a new lot, then a dispensation of the
 * same product, product after product (a dispensation never waits on stock the register may lack).
 */
function counterDraft(index: number, products: number) {
  const productId = `P${(Math.floor(index / 2) % products) + 2}`;
  // Lot cycles far above the built register's, so that each receipt is a new lot.
  return movementDraft(productId, index % 2 === 0 ? 10 * (1_000_000 + index) : 1, new Date(), 10_000_000 + index);
}

/** `count` validations one after the other through `record`: their times, sorted. */
async function records(options: { count: number; products: number; from: number }): Promise<number[]> {
  const db = database();
  const times: number[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const start = performance.now();
    const recorded = await record(db, [counterDraft(options.from + index, options.products)]);
    times.push(performance.now() - start);
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
  }
  db.close();
  return times.sort((a, b) => a - b);
}

/**
 * One receipt of a new lot of `productId` expiring next month, as the Stock tab shows it
 * among the lots near their expiry; answers when it was committed, on the clock every
 * page of the origin shares (performance.timeOrigin + now), and the lot's name.
 */
async function recordOne(options: { productId: string; serial: number }): Promise<{ committedAt: number; lot: string; ms: number }> {
  const db = database();
  const today = new Date();
  const lot = `LB-${options.serial}`;
  const expiry = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  const start = performance.now();
  const recorded = await record(db, [
    {
      operationDate: localDay(today),
      body: {
        type: 'receipt',
        productId: options.productId,
        quantity: toMilli(1_000),
        supplier: { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan', profession: 'Grossiste-répartiteur' },
        deliveryRef: `BL-B-${options.serial}`,
        lot,
        expiry: `${expiry.getFullYear()}-${String(expiry.getMonth() + 1).padStart(2, '0')}`,
      },
    },
  ]);
  const committedAt = performance.timeOrigin + performance.now();
  db.close();
  if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
  return { committedAt, lot, ms: performance.now() - start };
}

/**
 * The integrity checks as the window runs them, and what they are measured against:
 * reading the same events from IndexedDB, and hashing their bytes with WebCrypto.
 */
async function integrity(options: { scope: 'whole' | 'since'; after: number }) {
  const db = database();
  const start = performance.now();
  const ranIn = new Set<string>();
  const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, new Date(), options.scope, { ranIn: (where) => ranIn.add(where) });
  const checkMs = performance.now() - start;
  if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems));
  const baseline = await readAndHash(db, options.after);
  db.close();
  return { checkMs, events: report.events, scope: report.scope.kind, ranIn: [...ranIn], ...baseline };
}

/**
 * The floor a check is compared with: the events after `after` read page by page as the
 * check reads them (timed alone), then their canonical bytes (not timed) hashed with
 * WebCrypto's SHA-256, a page at a time (timed).
 */
async function readAndHash(db: RegisterDatabase, after: number): Promise<{ readMs: number; hashMs: number; bytes: number; baselineEvents: number }> {
  const readStart = performance.now();
  let baselineEvents = 0;
  for await (const page of eventPages(dexieStore(db), { after })) baselineEvents += page.length;
  const readMs = performance.now() - readStart;
  let hashMs = 0;
  let bytes = 0;
  const encoder = new TextEncoder();
  for await (const page of eventPages(dexieStore(db), { after })) {
    const chunks = page.map(({ hash: _hash, ...unsealed }: RegisterEvent) => encoder.encode(canonicalJson(unsealed)));
    const hashStart = performance.now();
    await Promise.all(chunks.map((chunk) => crypto.subtle.digest('SHA-256', chunk)));
    hashMs += performance.now() - hashStart;
    for (const chunk of chunks) bytes += chunk.length;
  }
  return { readMs, hashMs, bytes, baselineEvents };
}

/**
 * A restore of the first `count` events of the bench's register, as the window runs it
 * (pages of 1 000 from a source, each chained and stored in its transaction), into an
 * empty database of its own; the journal is in memory, so only the import is timed.
 */
async function restore(options: RegisterShape): Promise<{ ms: number; events: number }> {
  const journal: RegisterEvent[] = [];
  for (const { events } of sealedPages(options, BUILD_PAGE)) journal.push(...events);
  const name = `bench-restore-${options.events}`;
  await deleteDatabase(name);
  const db = openRegisterDatabase(name);
  const last = journal.at(-1);
  if (!last) throw new Error('journal vide');
  const start = performance.now();
  const restored = await importJournalPages(dexieStore(db), {
    source: 'reserve',
    registerId: REGISTER_ID,
    establishmentName: ESTABLISHMENT_NAME,
    head: { seq: last.seq, hash: last.hash },
    readPage: async (cursor) => {
      const page = journal.slice(cursor, cursor + 1_000);
      return { ok: true, value: { events: page, nextCursor: cursor + page.length, done: cursor + page.length >= journal.length } };
    },
  });
  const ms = performance.now() - start;
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  db.close();
  await deleteDatabase(name);
  return { ms, events: journal.length };
}

Object.assign(window, { registreBench: { build, records, recordOne, integrity, restore } });

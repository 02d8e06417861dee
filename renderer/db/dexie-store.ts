// The register kept in this window's IndexedDB, behind the interface every screen uses
// (register-store.ts). Each method is one of the reads or writes of this folder; a live
// read is Dexie's liveQuery, which observes whatever IndexedDB ranges the read touched.
import { liveQuery } from 'dexie';
import { readCatalogue, replaceCatalogue } from './catalogue';
import { openRegisterDatabase, type RegisterDatabase } from './database';
import { noteEntryStarted, readEntryCutShort, settleEntry } from './entry-in-progress';
import { importEvents } from './import-events';
import { readOpeningState } from './opening-state';
import {
  eventAt,
  eventsAfter,
  eventsOfTypes,
  findProduct,
  headSeq,
  lastClosure,
  lastMovementDay,
  listClosures,
  listProducts,
  listValidators,
  productEvents,
  productStock,
  readClosure,
  readIdentity,
  registerLots,
  stockByProduct,
} from './queries';
import { allocationsOf, receiptsOfLots } from './lot-recall';
import { patientDispensations } from './patient-history';
import { personEventSeqs, suggestPeople } from './people';
import { findLikelyDuplicates } from './duplicate-candidates';
import { latestMovements } from './latest-movements';
import { productRegisterWindow } from './product-register-window';
import { previewPrescription } from './prescription-preview';
import { record } from './record';
import { mainProcessSigner, type WorkstationSigner } from './act-signing-cache';
import { mainProcess } from '../main-process';
import type { RegisterStore } from './register-store';
import { readState, readStoredState } from './state-row';
import { eventsAt, readVerifiedHead, writeVerifiedHead } from './verified-head';

const stores = new WeakMap<RegisterDatabase, RegisterStore>();

/** The store of an open database; the same object for the same database (screens and caches key on it). */
export function dexieStore(db: RegisterDatabase): RegisterStore {
  let store = stores.get(db);
  if (!store) {
    store = createDexieStore(db);
    stores.set(db, store);
  }
  return store;
}

/** Opens the register's database by name (a worker, on its own thread). */
export function openRegisterStore(name?: string): RegisterStore {
  return dexieStore(openRegisterDatabase(name));
}

/** The main process signs the closures; a worker, which records nothing, has no window and no signer. */
function windowSigner(): WorkstationSigner | null {
  const api = typeof window === 'undefined' ? null : mainProcess();
  return api ? mainProcessSigner(api) : null;
}

function createDexieStore(db: RegisterDatabase): RegisterStore {
  return {
    name: db.name,
    watch: (read) => liveQuery(read),

    openingState: () => readOpeningState(db),
    identity: () => readIdentity(db),
    closure: () => readClosure(db),
    validators: () => listValidators(db),
    products: () => listProducts(db),
    product: (productId) => findProduct(db, productId),
    stock: () => stockByProduct(db),
    productStock: (productId) => productStock(db, productId),
    lots: () => registerLots(db),
    lastMovementDay: () => lastMovementDay(db),
    closures: () => listClosures(db),
    lastClosure: () => lastClosure(db),
    // One snapshot of the row and the last event it must describe.
    state: () => db.transaction('r', db.events, db.state, () => readState(db)),

    headSeq: () => headSeq(db),
    lastEvent: () => db.events.orderBy('seq').last(),
    eventAt: (seq) => eventAt(db, seq),
    eventCount: () => db.events.count(),
    eventsAfter: (after, limit, upTo) =>
      upTo === undefined ? eventsAfter(db, after, limit) : db.events.where('seq').between(after, upTo, false, true).limit(limit).toArray(),
    eventsThrough: (seq) => db.events.where('seq').belowOrEqual(seq).toArray(),
    eventsOfTypes: (types) => eventsOfTypes(db, types),
    productEvents: (productId) => productEvents(db, productId),
    productRegisterWindow: (productId, from, to, filter) => productRegisterWindow(db, productId, from, to, filter ? { filter } : {}),
    suggestPeople: (role, query, limit) => suggestPeople(db, role, query, limit),
    personEvents: async (person, limit) =>
      db.transaction('r', db.events, db.personEvents, async () => {
        const seqs = await personEventSeqs(db, person, limit);
        return (await db.events.bulkGet(seqs)).filter((event) => event !== undefined);
      }),
    likelyDuplicates: (draft) => findLikelyDuplicates(db, draft),
    latestMovements: (filter, limit) => latestMovements(db, filter, limit),
    eventsAt: (seqs) => eventsAt(db, seqs),
    allocationsOf: (seqs) => allocationsOf(db, seqs),
    receiptsOfLots: (lots) => receiptsOfLots(db, lots),
    patientDispensations: (name, since) => patientDispensations(db, name, since),
    previewPrescription: (draft) => previewPrescription(db, draft),
    eventsDatedUpTo: (day) => db.events.where('operationDate').belowOrEqual(day).toArray(),
    eventsDatedWithin: async (from, to, productId) => {
      // Read in one request and filtered here: a filter on the index walks a cursor, one
      // step per event of the period, several times slower for a month of a busy counter.
      const dated = await db.events.where('operationDate').between(from, to, true, true).toArray();
      return productId === undefined ? dated : dated.filter((event) => 'productId' in event && event.productId === productId);
    },
    storedStateWith: (after, each) =>
      db.transaction('r', db.events, db.state, async () => {
        const row = await readStoredState(db);
        if (!row) return null;
        await db.events.where('seq').above(after).each(each);
        const { key: _key, ...stored } = row;
        return stored;
      }),

    verifiedHead: () => readVerifiedHead(db),
    markVerified: (verified, at) => writeVerifiedHead(db, verified, at),

    record: (steps, now) => record(db, steps, now, windowSigner()),
    importPage: (events, restore) => importEvents(db, events, restore),
    noteEntryStarted: (type, at) => noteEntryStarted(db, type, at),
    settleEntry: () => settleEntry(db),
    interruptedEntry: () => readEntryCutShort(db),

    catalogue: () => readCatalogue(db),
    replaceCatalogue: (presentations, at = new Date()) => replaceCatalogue(db, presentations, at),

    close: () => db.close(),
  };
}

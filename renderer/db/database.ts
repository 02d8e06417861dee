// The everyday copy of the register, in IndexedDB. This folder is the only place that
// imports Dexie. The schema is add-only: a shipped version is never edited; a new
// version comes with its upgrade and a test that opens the previous one.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { emptyState } from '../../shared/register/register-state';
import { LotLedger } from '../../shared/stock/lot-ledger';
import { toMilli } from '../../shared/register/quantity';
import type { StockDelta } from '../../shared/stock/movements';
import type { CatalogueRow } from './catalogue';
import type { EntryInProgress } from './entry-in-progress';
import type { LotAllocationRow } from './lot-recall';
import { rebuildPeople, type PersonEventRow, type PersonRow } from './people';
import type { RestoreMarker } from './restore-marker';
import { stateRow, type StateRow } from './state-row';
import type { VerifiedHead } from './verified-head';
import { writeOnceMiddleware } from './write-once';

/** Entries and exits of one product in one month, kept in the same transaction as the event. */
export interface MonthlyTotal extends StockDelta {
  productId: string;
  month: string;
}

export type RegisterDatabase = Dexie & {
  events: EntityTable<RegisterEvent, 'seq'>;
  monthlyTotals: Table<MonthlyTotal, [productId: string, month: string]>;
  /** What describes the database itself, not the register: the restore under way, an entry being recorded, the last head verified. */
  meta: EntityTable<RestoreMarker | EntryInProgress | VerifiedHead, 'key'>;
  /** The register's state after the last event (state-row.ts), written with each event. */
  state: EntityTable<StateRow, 'key'>;
  /** What each movement was attributed, lot by lot, for its correction (lot-recall.ts). */
  lotAllocations: EntityTable<LotAllocationRow, 'seq'>;
  /** The narcotic presentations of the public medicines catalogue last imported (catalogue.ts); not the register. */
  catalogue: EntityTable<CatalogueRow, 'cip13'>;
  /** The people the events name, for the counter's suggestions (people.ts); derived, rebuilt from the events. */
  people: EntityTable<PersonRow, 'key'>;
  /** Which events named each person (people.ts); derived as well. */
  personEvents: Table<PersonEventRow, [person: string, seq: number]>;
};

export const DATABASE_NAME = 'registre-stupefiants';

export function openRegisterDatabase(name = DATABASE_NAME): RegisterDatabase {
  // Strict durability: a validated entry is on disk when the transaction completes.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RegisterDatabase;
  db.version(1).stores({
    events: 'seq, type, [productId+seq]',
    monthlyTotals: '[productId+month], productId',
  });
  // Version 2: the totals also count what went into and out of quarantine (before it,
  // nothing could, so the quarantine figures of every existing month are zero); events
  // are indexed by operation date, for the monthly closure.
  db.version(2)
    .stores({ events: 'seq, type, [productId+seq], operationDate' })
    .upgrade((tx) =>
      tx
        .table<MonthlyTotal>('monthlyTotals')
        .toCollection()
        .modify((month) => {
          month.quarantineEntries ??= toMilli(0);
          month.quarantineExits ??= toMilli(0);
        }),
    );
  // Version 3: a small table of facts about the database itself (the restore under way,
  // restore-marker.ts). It starts empty: a database opened before it had no restore to resume.
  db.version(3).stores({ meta: 'key' });
  // Version 4: the register's state, kept beside the events and written in the same
  // transaction as each of them, so that a new entry is checked without reading the log.
  // An existing register is folded once, here (a restore under way included: its pages
  // so far are folded, and the following pages fold themselves in).
  db.version(4)
    .stores({ state: 'key' })
    .upgrade(async (tx) => {
      const state = emptyState();
      // One pass, event by event: the log is not held in memory.
      await tx
        .table<RegisterEvent>('events')
        .orderBy('seq')
        .each((event) => void evolve(state, event));
      if (state.head) await tx.table<StateRow>('state').put(stateRow(state));
    });
  // Version 5: the state holds each product's lots with what is left of them, and only
  // the lots still holding units. How a lot was received is read from the journal by a
  // new index; what each movement was attributed is kept in a table of its own, for its
  // correction. The register is folded again once, here: its state row, of the earlier
  // shape, is replaced, and the attributions are written. The index leads with the lot:
  // one leading with the product would answer `where('productId')` in Dexie's stead of
  // `[productId+seq]`, and only with the events that name a lot.
  db.version(5)
    .stores({ events: 'seq, type, [productId+seq], operationDate, [lot+productId]', lotAllocations: 'seq' })
    .upgrade(async (tx) => {
      const state = emptyState();
      const ledger = new LotLedger();
      await tx
        .table<RegisterEvent>('events')
        .orderBy('seq')
        .each((event) => void evolve(state, event, ledger));
      if (!state.head) return;
      await tx.table<StateRow>('state').put(stateRow(state));
      await tx.table<LotAllocationRow>('lotAllocations').bulkPut(ledger.noted().map(([seq, parts]) => ({ seq, parts })));
    });
  // Version 6: dispensations are indexed by the patient's name and the prescription's date,
  // so that a dispensation on a prescription reads that patient's recent ones only
  // (patient-history.ts). Older dispensations have no prescription and stay out of it;
  // IndexedDB builds the index over the existing events: nothing is rewritten.
  db.version(6).stores({ events: 'seq, type, [productId+seq], operationDate, [lot+productId], [recipient.name+prescription.date]' });
  // Version 7: the narcotic presentations of the public medicines catalogue, as the person
  // last imported them (catalogue.ts), by CIP13. It is no part of the register: a new
  // import replaces it whole. It starts empty.
  db.version(7).stores({ catalogue: 'cip13' });
  // Version 8 (7 is the medicines catalogue's): the counter's memory of people, derived
  // from the events and written with each of them (people.ts, decision 0036), and the
  // dispensations indexed by ordonnancier number, for the warning of a line entered twice.
  // The memory is read once from the existing events, here; the index is IndexedDB's to build.
  db.version(8)
    .stores({
      events: 'seq, type, [productId+seq], operationDate, [lot+productId], [recipient.name+prescription.date], ordonnancierNumber',
      people: 'key, [role+lastSeq], *terms',
      personEvents: '[person+seq]',
    })
    .upgrade((tx) => rebuildPeople(tx.table('events'), tx.table('people'), tx.table('personEvents')));
  db.use(writeOnceMiddleware);
  return db;
}

// The register's lines newest first, as the Registre tab filters them: by product, kind,
// period or person. Each read walks one index backwards and stops at `limit` lines, so
// that opening the tab on a register of a million events reads a page, never the log.
import Dexie from 'dexie';
import { isMovement, type MovementEvent, type RegisterEvent } from '../../shared/register/events';
import type { RegisterDatabase } from './database';
import { personEventSeqs } from './people';

export interface MovementFilter {
  productId?: string;
  types?: readonly MovementEvent['type'][];
  /** First and last operation day (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
  /** A person of the counter's memory, by key (people.ts): their lines only. */
  person?: string;
}

/** A person's lines read at most: years of a patient's monthly dispensations. */
const PERSON_LINES = 5000;

export function matchesFilter(event: RegisterEvent, filter: MovementFilter): event is MovementEvent {
  return (
    isMovement(event) &&
    (filter.productId === undefined || event.productId === filter.productId) &&
    (filter.types === undefined || filter.types.length === 0 || filter.types.includes(event.type)) &&
    (filter.from === undefined || event.operationDate >= filter.from) &&
    (filter.to === undefined || event.operationDate <= filter.to)
  );
}

/** At most `limit` movements matching the filter, newest first (by order number; by date, then order number, within a period). */
export async function latestMovements(db: RegisterDatabase, filter: MovementFilter, limit: number): Promise<MovementEvent[]> {
  const keep = (event: RegisterEvent): event is MovementEvent => matchesFilter(event, filter);
  if (filter.person !== undefined) {
    const person = filter.person;
    return db.transaction('r', db.events, db.personEvents, async () => {
      const seqs = await personEventSeqs(db, person, PERSON_LINES);
      const events = await db.events.bulkGet(seqs);
      return events.filter((event): event is MovementEvent => event !== undefined && keep(event)).slice(0, limit);
    });
  }
  // The index that narrows most: the product, the period, the one kind, or the order numbers.
  const [only] = filter.types?.length === 1 ? filter.types : [];
  const collection =
    filter.productId !== undefined
      ? db.events.where('[productId+seq]').between([filter.productId, Dexie.minKey], [filter.productId, Dexie.maxKey])
      : filter.from !== undefined || filter.to !== undefined
        ? db.events.where('operationDate').between(filter.from ?? Dexie.minKey, filter.to ?? Dexie.maxKey, true, true)
        : only !== undefined
          ? db.events.where('type').equals(only)
          : db.events.toCollection();
  const found = await collection.reverse().filter(keep).limit(limit).toArray();
  return found as MovementEvent[];
}

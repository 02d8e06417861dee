// The register's events as the shared look-ups read them (shared/register/stored-lookups.ts),
// through IndexedDB's primary key and indexes: inside the caller's transaction when there is one.
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterReader } from '../../shared/register/stored-lookups';
import type { RegisterDatabase } from './database';
import { patientDispensations } from './patient-history';

export function indexedDbReader(db: RegisterDatabase): RegisterReader {
  return {
    eventAt: (seq) => db.events.get(seq),
    async receiptsOf({ productId, lot }) {
      const events = await db.events.where('[lot+productId]').equals([lot, productId]).toArray();
      return events.flatMap((event: RegisterEvent) => (event.type === 'receipt' ? [event] : []));
    },
    patientDispensations: (name, since) => patientDispensations(db, name, since),
    allocations: (seqs) => db.lotAllocations.bulkGet([...seqs]),
  };
}

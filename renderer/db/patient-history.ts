// A patient's earlier dispensations on a prescription, read by the index of schema version 5
// (patient's name, prescription date): the answer to the look-up a dispensation declares
// (shared/register/decide.ts), the same facts the replay of a journal keeps from memory.
import Dexie from 'dexie';
import { asPatientDispensation, type PatientDispensation } from '../../shared/prescription/history';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterDatabase } from './database';

export async function patientDispensations(db: RegisterDatabase, name: string, since: string): Promise<PatientDispensation[]> {
  const events = await db.events.where('[recipient.name+prescription.date]').between([name, since], [name, Dexie.maxKey], true, true).toArray();
  return events.flatMap((event: RegisterEvent) => {
    const facts = event.type === 'dispensation' ? asPatientDispensation(event) : null;
    return facts ? [facts] : [];
  });
}

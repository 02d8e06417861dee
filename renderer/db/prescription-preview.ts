// What the register will say of a dispensation's prescription, before it is validated: the
// same state, the same look-up and the same rules as the write door (record.ts), so the
// form shows the computation and the warnings the validation will apply.
import { collect } from '../../shared/register/refusal';
import { prescriptionRecord, reviewAgainstRegister, type Filled } from '../../shared/register/validate-prescription';
import type { Draft } from '../../shared/register/validate';
import type { PrescriptionReview } from '../../shared/prescription/review';
import type { RegisterDatabase } from './database';
import { fetchLookups } from './record';
import { readState } from './state-row';

/** The review of the draft's prescription; null while the prescription is incomplete or malformed. */
export async function previewPrescription(db: RegisterDatabase, draft: Draft): Promise<PrescriptionReview | null> {
  const { body } = draft;
  if (body.type !== 'dispensation' || body.prescription === undefined) return null;
  const prescription = collect(() => prescriptionRecord(body.prescription ?? {}));
  if (!prescription.ok) return null;
  const state = await readState(db);
  const fetched = await fetchLookups(db, state, draft);
  const filled: Filled = { productId: body.productId, quantity: body.quantity, operationDate: draft.operationDate, prescriber: body.prescriber };
  return reviewAgainstRegister(prescription.value, filled, state, fetched);
}

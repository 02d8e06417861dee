// The prescription part of the dispensation form: its values as typed, and the
// prescription they make. Left out entirely while the prescription date is empty, so that
// a dispensation without a prescription is recorded as before.
import type { PrescriptionRecord } from '../../../shared/register/events';
import { parseQuantity, type Milli } from '../../../shared/register/quantity';

/** Named after the fields the errors name: 'prescription.fraction.number' is `prescriptionFractionNumber`. */
export const PRESCRIPTION_VALUES = {
  prescriptionDate: '',
  prescriptionDays: '',
  prescriptionQuantity: '',
  prescriptionPrescriberRpps: '',
  prescriptionFractionNumber: '',
  prescriptionFractionCount: '',
  prescriptionFractionDays: '',
  prescriptionMentionsOverlapAllowed: '',
  prescriptionMentionsSingleDelivery: '',
  prescriptionMentionsSurgery: '',
  prescriptionMentionsSurgeryOperation: '',
  prescriptionMentionsSurgeryDischarge: '',
  prescriptionOverrideReason: '',
};
export type PrescriptionValues = typeof PRESCRIPTION_VALUES;

/** A box ticked, as a form value. */
export const TICKED = 'oui';

/** A whole number of days as typed; anything else is handed on as not a number, for the rule to refuse. */
export function wholeNumber(text: string): number {
  return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function prescriptionFrom(values: PrescriptionValues): PrescriptionRecord | undefined {
  if (values.prescriptionDate.trim() === '') return undefined;
  const quantity = parseQuantity(values.prescriptionQuantity);
  const fractioned = [values.prescriptionFractionNumber, values.prescriptionFractionCount, values.prescriptionFractionDays].some((text) => text.trim() !== '');
  const mentions = {
    ...(values.prescriptionMentionsOverlapAllowed === TICKED ? { overlapAllowed: true as const } : {}),
    ...(values.prescriptionMentionsSingleDelivery === TICKED ? { singleDelivery: true as const } : {}),
    ...(values.prescriptionMentionsSurgery === TICKED
      ? { surgery: { operation: values.prescriptionMentionsSurgeryOperation, discharge: values.prescriptionMentionsSurgeryDischarge } }
      : {}),
  };
  return {
    date: values.prescriptionDate,
    days: wholeNumber(values.prescriptionDays),
    // An unreadable quantity is refused by the rule, under its field.
    quantity: quantity.ok ? quantity.value : (Number.NaN as Milli),
    ...(fractioned
      ? {
          fraction: {
            number: wholeNumber(values.prescriptionFractionNumber),
            count: wholeNumber(values.prescriptionFractionCount),
            days: wholeNumber(values.prescriptionFractionDays),
          },
        }
      : {}),
    ...(Object.keys(mentions).length > 0 ? { mentions } : {}),
    ...(values.prescriptionPrescriberRpps.trim() === '' ? {} : { prescriberRpps: values.prescriptionPrescriberRpps }),
    ...(values.prescriptionOverrideReason.trim() === '' ? {} : { overrideReason: values.prescriptionOverrideReason }),
  };
}

// A dispensation's form filled from a line being corrected: the movement is entered again
// from what the register holds, and the person changes only what was wrong.
import type { Dispensation, RegisterEvent } from '../../../shared/register/events';
import { formatQuantity } from '../../../shared/register/quantity';
import { TICKED, type PrescriptionValues } from './prescription-values';

type DispensationValues = PrescriptionValues & Record<string, string>;

/** The form's values (as typed text) for the dispensation `event` recorded. */
export function dispensationValues(event: RegisterEvent & Dispensation): Partial<DispensationValues> {
  const { recipient, prescription, bearer } = event;
  const mentions = prescription?.mentions;
  const typed = (quantity: number) => formatQuantity(quantity as Parameters<typeof formatQuantity>[0]).replace(/[\s\u00a0\u202f]/g, '');
  return {
    productId: event.productId,
    operationDate: event.operationDate,
    quantity: typed(event.quantity),
    observation: event.observation ?? '',
    recipientKind: recipient.kind,
    recipientName: recipient.kind === 'anonymous' ? '' : recipient.name,
    recipientAddress: recipient.kind === 'anonymous' ? '' : recipient.address,
    prescriberName: event.prescriber.name,
    prescriberAddress: event.prescriber.address,
    ordonnancierNumber: event.ordonnancierNumber,
    bearerName: bearer?.name ?? '',
    bearerIdReference: bearer?.idReference ?? '',
    ...(prescription
      ? {
          prescriptionDate: prescription.date,
          prescriptionDays: String(prescription.days),
          prescriptionQuantity: typed(prescription.quantity),
          prescriptionPrescriberRpps: prescription.prescriberRpps ?? '',
          prescriptionFractionNumber: prescription.fraction ? String(prescription.fraction.number) : '',
          prescriptionFractionCount: prescription.fraction ? String(prescription.fraction.count) : '',
          prescriptionFractionDays: prescription.fraction ? String(prescription.fraction.days) : '',
          prescriptionMentionsOverlapAllowed: mentions?.overlapAllowed ? TICKED : '',
          prescriptionMentionsSingleDelivery: mentions?.singleDelivery ? TICKED : '',
          prescriptionMentionsSurgery: mentions?.surgery ? TICKED : '',
          prescriptionMentionsSurgeryOperation: mentions?.surgery?.operation ?? '',
          prescriptionMentionsSurgeryDischarge: mentions?.surgery?.discharge ?? '',
        }
      : {}),
  };
}

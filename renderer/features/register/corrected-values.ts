// The form values (typed text) that enter a reversed line again, for every kind of movement
// a correction can reverse: the person changes only what was wrong. Keys are the forms' own
// value keys; the quantity is the line's, in units of intake (a receipt is then counted in
// units, whatever it was typed in).
import type { CorrectableEvent, CorrectionReason } from '../../../shared/register/events';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { expiryField } from '../../../shared/scan/box-code';
import { dispensationValues } from '../exits/corrected-values';
import type { StartingValues } from './starting-values';

/** A quantity as typed in a form: no thousands separator. */
const typed = (quantity: Milli) => formatQuantity(quantity).replace(/[\s\u00a0\u202f]/g, '');

export function correctedValues(event: CorrectableEvent): StartingValues {
  const common = { productId: event.productId, operationDate: event.operationDate, quantity: typed(event.quantity), observation: event.observation ?? '' };
  switch (event.type) {
    case 'dispensation':
      return dispensationValues(event);
    case 'receipt':
      return {
        ...common,
        receivedIn: 'units',
        lot: event.lot,
        // As printed on the box and typed in the form: MM/AAAA.
        expiry: expiryField(event.expiry),
        'supplier.name': event.supplier.name,
        'supplier.profession': event.supplier.profession,
        'supplier.address': event.supplier.address,
        deliveryRef: event.deliveryRef,
        orderBookRef: event.orderBookRef ?? '',
        'authorisation.kind': event.authorisation?.kind ?? '',
        'authorisation.number': event.authorisation?.number ?? '',
      };
    case 'opening.balance':
      return { ...common, compartment: event.compartment, source: event.source };
    case 'patient.return':
      return { ...common, returnedBy: event.returnedBy, comment: event.comment ?? '' };
    case 'supplier.return':
      return {
        ...common,
        compartment: event.compartment,
        supplierName: event.supplier.name,
        supplierAddress: event.supplier.address,
        reason: event.reason,
        returnRef: event.returnRef ?? '',
        authorisationKind: event.authorisation?.kind ?? '',
        authorisationNumber: event.authorisation?.number ?? '',
      };
    case 'preparation.use':
      return { ...common, preparationNumber: event.preparationNumber };
    case 'theft':
      return {
        ...common,
        compartment: event.compartment,
        circumstances: event.circumstances,
        policeReportRef: event.policeReportRef,
        regionalDeclarationRef: event.regionalDeclarationRef,
        agencyDeclarationRef: event.agencyDeclarationRef,
        policeReportDate: event.policeReportDate ?? '',
        regionalDeclarationDate: event.regionalDeclarationDate ?? '',
        agencyDeclarationDate: event.agencyDeclarationDate ?? '',
      };
    case 'vet.administration':
    case 'vet.dispensing':
      return {
        ...common,
        animalIdentification: event.animal.identification,
        animalSpecies: event.animal.species,
        ownerName: event.owner.name,
        ownerAddress: event.owner.address,
        ...(event.type === 'vet.dispensing'
          ? { prescriptionRef: event.prescriptionRef, prescribedDays: event.prescribedDays === undefined ? '' : String(event.prescribedDays) }
          : {}),
      };
    case 'quarantine.moved':
      return { ...common, lot: event.lot ?? '', reason: event.reason, comment: event.comment ?? '' };
  }
}

/**
 * Where the cursor waits in the corrected form: on the field the reason says was wrong,
 * its text selected so that typing replaces it. The other party's field is the one the
 * movement names; a line entered twice needs no corrected line, another reason says nothing.
 */
export function fieldToChange(event: CorrectableEvent, reason: CorrectionReason): string | null {
  switch (reason) {
    case 'quantite':
      return 'quantity';
    case 'produit':
      return 'productId';
    case 'date':
      return 'operationDate';
    case 'tiers':
      return PARTY_FIELD[event.type] ?? null;
    default:
      return null;
  }
}

const PARTY_FIELD: Partial<Record<CorrectableEvent['type'], string>> = {
  dispensation: 'recipient.name',
  receipt: 'supplier.name',
  'supplier.return': 'supplier.name',
  'patient.return': 'returnedBy',
  'vet.administration': 'owner.name',
  'vet.dispensing': 'owner.name',
};

// Exits: a dispensation in an officine (to a patient, anonymously or for a practitioner's
// professional use), the veterinarian's administration or dispensing to an owner, a
// magistral preparation, a return to the supplier, and a theft or diversion.
import type { Bearer, ExportAuthorisationKind, Recipient } from '../../../../shared/register/events';
import { refuse } from './import-problem';
import { authorisationCells, productIdCell, type RowInput, type RowKind } from './import-row-kind';
import type { ImportRow } from './import-table';
import { choiceCell, compartmentCell, dayCell, optional, quantityCell } from './import-values';

type RecipientKind = Recipient['kind'];

const RECIPIENTS: Readonly<Record<string, RecipientKind>> = { patient: 'patient', anonyme: 'anonymous', 'usage professionnel': 'professional' };

export const DISPENSATION_ROW: RowKind = {
  names: ['sortie', 'dispensation'],
  produces: ['dispensation'],
  steps(input) {
    const { row, register } = input;
    return [
      {
        type: 'dispensation',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        // Outside an opened officine, validation refuses the row for what it is, as the app
        // does, before any of its columns: the recipient is not read.
        recipient: register.kind === 'officine' ? recipient(row) : { kind: 'anonymous' },
        prescriber: { name: row.cell('prescriber'), address: row.cell('prescriberAddress') },
        ordonnancierNumber: row.cell('ordonnancierNumber'),
        ...bearer(row),
      },
    ];
  },
};

export const ADMINISTRATION_ROW: RowKind = {
  names: ['administration'],
  produces: ['vet.administration'],
  steps(input) {
    return [{ type: 'vet.administration', ...animalMovement(input) }];
  },
};

export const VET_DISPENSING_ROW: RowKind = {
  names: ['délivrance'],
  produces: ['vet.dispensing'],
  steps(input) {
    const days = input.row.cell('prescribedDays');
    // A number the rules check (art. R. 5132-30); anything else reaches them as not a number, to be refused in their words.
    const prescribedDays = days === '' ? {} : { prescribedDays: /^\d{1,6}$/.test(days) ? Number(days) : Number.NaN };
    return [{ type: 'vet.dispensing', ...animalMovement(input), prescriptionRef: input.row.cell('prescriptionRef'), ...prescribedDays }];
  },
};

export const PREPARATION_ROW: RowKind = {
  names: ['préparation'],
  produces: ['preparation.use'],
  steps(input) {
    const { row } = input;
    return [
      { type: 'preparation.use', productId: productIdCell(input), quantity: quantityCell(row, 'quantity'), preparationNumber: row.cell('preparationNumber') },
    ];
  },
};

export const SUPPLIER_RETURN_ROW: RowKind = {
  names: ['retour fournisseur'],
  produces: ['supplier.return'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'supplier.return',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        compartment: compartmentCell(row),
        supplier: { name: row.cell('supplier'), address: row.cell('supplierAddress') },
        reason: row.cell('reason'),
        ...optional('returnRef', row.cell('returnRef')),
        // A return that leaves France, under its ANSM authorisation (AES or AEP).
        ...authorisationCells<ExportAuthorisationKind>(row),
      },
    ];
  },
};

/** Theft or diversion (art. R. 5132-80): dated the day it was found, with the complaint and both declarations. */
export const THEFT_ROW: RowKind = {
  names: ['vol', 'détournement'],
  produces: ['theft'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'theft',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        compartment: compartmentCell(row),
        circumstances: row.cell('circumstances'),
        policeReportRef: row.cell('policeReportRef'),
        policeReportDate: dayCell(row, 'policeReportDate', 'policeReportDate'),
        regionalDeclarationRef: row.cell('regionalDeclarationRef'),
        regionalDeclarationDate: dayCell(row, 'regionalDeclarationDate', 'regionalDeclarationDate'),
        agencyDeclarationRef: row.cell('agencyDeclarationRef'),
        agencyDeclarationDate: dayCell(row, 'agencyDeclarationDate', 'agencyDeclarationDate'),
      },
    ];
  },
};

function recipient(row: ImportRow): Recipient {
  const kind = choiceCell(row, 'recipient', 'bénéficiaire inconnu', RECIPIENTS);
  if (kind !== 'anonymous') return { kind, name: row.cell('recipientName'), address: row.cell('recipientAddress') };
  // L. 3414-1: nothing identifies a patient who asked for anonymity, not even by mistake.
  for (const key of ['recipientName', 'recipientAddress'] as const) {
    if (row.cell(key) !== '') {
      refuse(row.line, key, 'une dispensation anonyme (art. L. 3414-1) n’enregistre ni le nom ni l’adresse du patient : laissez cette colonne vide.');
    }
  }
  return { kind };
}

/** « porteur connu » says the pharmacy knew the bearer, so no identity document was noted (art. R. 5132-35). */
const KNOWN: Readonly<Record<string, boolean>> = { oui: true, non: false };

/** The bearer only when one of its columns is filled; validation then wants name, address and document or « connu ». */
function bearer(row: ImportRow): { bearer?: Bearer } {
  const [name, address, idReference] = [row.cell('bearer'), row.cell('bearerAddress'), row.cell('bearerId')];
  const known = choiceCell(row, 'bearerKnown', 'valeur inconnue', KNOWN, false);
  if (name === '' && address === '' && idReference === '' && !known) return {};
  return { bearer: { name, address, ...(idReference === '' ? {} : { idReference }), ...(known ? { known: true as const } : {}) } };
}

function animalMovement(input: RowInput) {
  const { row } = input;
  return {
    productId: productIdCell(input),
    quantity: quantityCell(row, 'quantity'),
    animal: { identification: row.cell('animal'), species: row.cell('species') },
    owner: { name: row.cell('owner'), address: row.cell('ownerAddress') },
  };
}

// Exits: a dispensation in an officine (to a patient, anonymously or for a practitioner's
// professional use), and the veterinarian's administration or dispensing to an owner.
import type { Bearer, Recipient } from '../../shared/register/events';
import { refuse } from './import-problem';
import { productIdCell, type RowInput, type RowKind } from './import-row-kind';
import type { ImportRow } from './import-table';
import { choiceCell, quantityCell } from './import-values';

type RecipientKind = Recipient['kind'];

const RECIPIENTS: Readonly<Record<string, RecipientKind>> = { patient: 'patient', anonyme: 'anonymous', 'usage professionnel': 'professional' };

export const DISPENSATION_ROW: RowKind = {
  names: ['sortie', 'dispensation'],
  draft(input) {
    const { row, register } = input;
    return {
      type: 'dispensation',
      productId: productIdCell(input),
      quantity: quantityCell(row, 'quantity'),
      // Outside an opened officine, validation refuses the row for what it is, as the app
      // does, before any of its columns: the recipient is not read.
      recipient: register.kind === 'officine' ? recipient(row) : { kind: 'anonymous' },
      prescriber: { name: row.cell('prescriber'), address: row.cell('prescriberAddress') },
      ordonnancierNumber: row.cell('ordonnancierNumber'),
      ...bearer(row),
    };
  },
};

export const ADMINISTRATION_ROW: RowKind = {
  names: ['administration'],
  draft(input) {
    return { type: 'vet.administration', ...animalMovement(input) };
  },
};

export const VET_DISPENSING_ROW: RowKind = {
  names: ['délivrance'],
  draft(input) {
    return { type: 'vet.dispensing', ...animalMovement(input), prescriptionRef: input.row.cell('prescriptionRef') };
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

/** The bearer only when one of its two columns is filled; validation then wants both. */
function bearer(row: ImportRow): { bearer?: Bearer } {
  const name = row.cell('bearer');
  const idReference = row.cell('bearerId');
  return name === '' && idReference === '' ? {} : { bearer: { name, idReference } };
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

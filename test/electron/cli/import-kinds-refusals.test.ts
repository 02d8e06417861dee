// Each kind of row refuses bad input with the line and column to fix and the app's own
// French wording, and nothing is written: the first refusal stops the whole import.
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, type ColumnKey } from '../../../electron/cli/commands/import/import-columns';
import { buildJournal } from '../../../electron/cli/commands/import/import-rows';
import { NOW, TODAY } from './import-files';

type Row = Partial<Record<ColumnKey, string>>;
const KEYS = Object.keys(IMPORT_COLUMNS) as ColumnKey[];

function csv(rows: readonly Row[]): string {
  const line = (row: Row) => KEYS.map((key) => row[key] ?? '').join(';');
  return [KEYS.map((key) => IMPORT_COLUMNS[key]).join(';'), ...rows.map(line)].join('\n');
}

const DOCUMENT = { fileName: 'inventaire-cession.pdf', sha256: 'a'.repeat(64), size: 1000 };

function refusal(rows: readonly Row[]) {
  const built = buildJournal(csv(rows), { registerId: 'R', today: TODAY, recordedAt: NOW, readDocument: () => DOCUMENT });
  return built.ok ? 'importé' : built.problem;
}

/** Lines 2 to 6: an officine, one product with 28 gélules, 2 of them brought back (quarantine). */
const BASE: Row[] = [
  {
    type: 'ouverture',
    date: '01/09/2026',
    establishment: 'Pharmacie du Port',
    address: '1 quai des Indes',
    kind: 'officine',
    holder: 'Claire Martin',
    orderNumber: '100',
  },
  { type: 'produit', date: '01/09/2026', ref: 'SK', designation: 'Skenan LP 10 mg', form: 'gélule', strength: '10 mg', unit: 'gélule', perBox: '14' },
  {
    type: 'entrée',
    date: '02/09/2026',
    ref: 'SK',
    quantity: '28',
    supplier: 'Répartiteur',
    supplierProfession: 'Grossiste',
    supplierAddress: 'ZI',
    deliveryRef: 'BL1',
    lot: 'S1',
    expiry: '12/2027',
  },
  { type: 'retour patient', date: '03/09/2026', ref: 'SK', quantity: '2', returnedBy: 'le patient' },
  { type: 'habilitation', date: '03/09/2026', person: 'Marc Le Roux', personNumber: '200', role: 'Pharmacien adjoint' },
];
const WITNESS: Row = { plannedDate: '15/10/2026', witness: 'Dr Morvan', witnessNumber: '300', witnessCouncil: 'CROP Bretagne', inspector: 'ARS Bretagne' };
const NOTICE: Row[] = [
  { type: 'avis de destruction', date: '04/09/2026', ...WITNESS },
  { type: 'à détruire', ref: 'SK', quantity: '2' },
];
const INVENTORY: Row[] = [
  { type: 'inventaire', date: '05/09/2026', countedBy: 'Claire Martin' },
  { type: 'ligne d’inventaire', ref: 'SK', quantity: '28' },
  { type: 'ligne d’inventaire', ref: 'SK', compartment: 'quarantaine', quantity: '2' },
];

const cases: [string, Row[], { line: number; column?: string; message: string }][] = [
  [
    'an authorisation without its role',
    [{ type: 'habilitation', date: '04/09/2026', person: 'Léa', personNumber: '201' }],
    { line: 7, column: 'fonction', message: 'fonction' },
  ],
  [
    'the revocation of someone not authorised',
    [{ type: 'fin d’habilitation', date: '04/09/2026', personNumber: '999' }],
    { line: 7, column: 'n° RPPS/Ordre personne', message: '999' },
  ],
  [
    'a row validated by someone not authorised',
    [{ type: 'retour patient', date: '04/09/2026', ref: 'SK', quantity: '1', returnedBy: 'X', validatedBy: '999' }],
    { line: 7, column: 'validé par', message: '999' },
  ],
  [
    'a substance amount without its unit',
    [
      {
        type: 'produit',
        date: '04/09/2026',
        ref: 'M',
        designation: 'M',
        form: 'f',
        strength: 's',
        unit: 'mL',
        perBox: '1',
        substance: 'méthadone',
        substanceForm: 'base',
        substancePerUnit: '5',
      },
    ],
    { line: 7, column: 'substance par unité', message: 'mg ou µg' },
  ],
  [
    'a salt without its name',
    [
      {
        type: 'produit',
        date: '04/09/2026',
        ref: 'M',
        designation: 'M',
        form: 'f',
        strength: 's',
        unit: 'mL',
        perBox: '1',
        substance: 'méthadone',
        substanceForm: 'sel',
        substancePerUnit: '5 mg',
      },
    ],
    { line: 7, column: 'sel', message: 'nom du sel' },
  ],
  [
    'the change of a product never defined',
    [{ type: 'modification produit', date: '04/09/2026', ref: 'XX', designation: 'Autre' }],
    { line: 7, column: 'produit', message: 'XX' },
  ],
  [
    'an establishment change without its address',
    [{ type: 'changement d’établissement', date: '04/09/2026', establishment: 'Pharmacie' }],
    { line: 7, column: 'adresse', message: 'adresse' },
  ],
  [
    'a preparation without its number',
    [{ type: 'préparation', date: '04/09/2026', ref: 'SK', quantity: '1' }],
    { line: 7, column: 'n° préparation', message: 'préparations' },
  ],
  [
    'a supplier return beyond the quarantine',
    [
      {
        type: 'retour fournisseur',
        date: '04/09/2026',
        ref: 'SK',
        quantity: '3',
        compartment: 'quarantaine',
        supplier: 'R',
        supplierAddress: 'ZI',
        reason: 'erreur',
      },
    ],
    { line: 7, column: 'quantité', message: 'quarantaine' },
  ],
  [
    'a theft declared before it was found',
    [
      {
        type: 'vol',
        date: '04/09/2026',
        ref: 'SK',
        quantity: '1',
        circumstances: 'effraction',
        policeReportRef: 'P1',
        policeReportDate: '04/09/2026',
        regionalDeclarationRef: 'A1',
        regionalDeclarationDate: '01/09/2026',
        agencyDeclarationRef: 'N1',
        agencyDeclarationDate: '04/09/2026',
      },
    ],
    { line: 7, column: 'date déclaration ARS/DDPP', message: '04/09/2026' },
  ],
  [
    'a quarantine move of a lot never received',
    [{ type: 'mise en quarantaine', date: '04/09/2026', ref: 'SK', quantity: '1', lot: 'ZZ', reason: 'périmé' }],
    { line: 7, column: 'lot', message: 'ZZ' },
  ],
  [
    'a quarantine move without a known reason',
    [{ type: 'mise en quarantaine', date: '04/09/2026', ref: 'SK', quantity: '1', reason: 'cassé' }],
    { line: 7, column: 'motif', message: 'périmé, altéré ou autre' },
  ],
  [
    'a correction of a later line',
    [{ type: 'contre-passation', date: '04/09/2026', reference: '9', reason: 'doublon', comment: 'x' }],
    { line: 7, column: 'ligne visée', message: 'ne précède pas' },
  ],
  [
    'a correction of a product definition',
    [{ type: 'contre-passation', date: '04/09/2026', reference: '3', reason: 'doublon', comment: 'x' }],
    { line: 7, column: 'ligne visée', message: 'La ligne 3 du fichier est le n° d’ordre 2 du registre' },
  ],
  [
    'a correction of a blank or missing line',
    [{ type: 'contre-passation', date: '04/09/2026', reference: '1', reason: 'doublon', comment: 'x' }],
    { line: 7, column: 'ligne visée', message: 'n’inscrit aucune opération' },
  ],
  ['an inventory that leaves out the quarantine', INVENTORY.slice(0, 2), { line: 7, column: 'type', message: 'Quarantaine' }],
  [
    'an inventory line whose variance has no reason',
    [INVENTORY[0]!, { ...INVENTORY[1]!, quantity: '27' }, INVENTORY[2]!],
    { line: 8, column: 'motif', message: 'indiquez-en le motif' },
  ],
  ['an inventory line with no inventory above it', [INVENTORY[1]!], { line: 7, column: 'type', message: 'qu’elle suit directement' }],
  [
    'an inventory line dated another day',
    [INVENTORY[0]!, { ...INVENTORY[1]!, date: '06/09/2026' }],
    { line: 8, column: 'date', message: 'complète la ligne 7' },
  ],
  [
    'a notice to destroy more than the quarantine holds',
    [NOTICE[0]!, { ...NOTICE[1]!, quantity: '3' }],
    { line: 8, column: 'quantité', message: 'quarantaine' },
  ],
  ['a notice with nothing to destroy', [NOTICE[0]!], { line: 7, column: 'type', message: 'au moins un produit en quarantaine' }],
  [
    'a PV that names a receipt',
    [...NOTICE, { type: 'PV de destruction', date: '15/10/2026', reference: '4', denaturation: 'gélifiant' }],
    { line: 9, column: 'ligne visée', message: 'n’est pas l’avis de destruction du dossier' },
  ],
  [
    'a PV on another day without the reason',
    [...NOTICE, { type: 'PV de destruction', date: '16/10/2026', reference: '7', denaturation: 'gélifiant' }],
    { line: 9, column: 'motif', message: '15/10/2026' },
  ],
  [
    'a copy sent before the PV',
    [...NOTICE, { type: 'copie du PV envoyée', date: '05/09/2026', reference: '7' }],
    { line: 9, column: 'ligne visée', message: 'PV-2026-001' },
  ],
  [
    'a cancellation without its reason',
    [...NOTICE, { type: 'annulation de destruction', date: '05/09/2026', reference: '7' }],
    { line: 9, column: 'motif', message: 'motif' },
  ],
  ['a month closed on another day than its last', [{ type: 'clôture du mois', date: '29/09/2026' }], { line: 7, column: 'date', message: '30/09/2026' }],
  [
    'a cession on an inventory the buyer did not attend',
    [...INVENTORY, { type: 'changement de titulaire', date: '06/09/2026', holder: 'Hugo', orderNumber: '400', reference: '7', document: 'inventaire.pdf' }],
    { line: 10, column: 'ligne visée', message: 'en présence du repreneur n° 400' },
  ],
  [
    'a cession without the countersigned inventory',
    [...INVENTORY, { type: 'changement de titulaire', date: '06/09/2026', holder: 'Hugo', orderNumber: '400', reference: '7' }],
    { line: 10, column: 'document', message: 'document' },
  ],
  [
    'a cessation while stock remains',
    [{ type: 'cessation d’activité', date: '04/09/2026', reason: 'retraite', deposit: 'ARS Bretagne' }],
    { line: 7, column: 'type', message: 'Skenan LP 10 mg' },
  ],
];

describe('refusals of each kind of row', () => {
  it('imports the base the cases start from', () => {
    expect(refusal([...BASE, ...NOTICE, ...INVENTORY.map((row) => ({ ...row, date: row.date && '04/09/2026' }))])).toBe('importé');
  });

  for (const [what, rows, expected] of cases) {
    it(`refuses ${what}`, () => {
      const problem = refusal([...BASE, ...rows]);
      expect(problem).toMatchObject({ line: expected.line, ...(expected.column === undefined ? {} : { column: expected.column }) });
      expect(typeof problem === 'string' ? problem : problem.message).toContain(expected.message);
    });
  }
});

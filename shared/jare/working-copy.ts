// The working copy of the annual declaration, laid out like ANSM's JARE workbook (sheets
// D, S and P) for a person to copy into the real file. Pure: it says what each sheet
// holds, cell by cell; the workbook writer (electron/annual/working-copy-workbook.ts, exceljs)
// only renders it. Column letters are those of the guide where it confirms them (S-A…F,
// S-M, P-H, P-O; decision 0007); every other header is marked as
// reconstructed or unknown, and the columns the register adds come after ANSM's.
import type { EstablishmentDetails } from '../register/events';
import type { ChainHead } from '../register/chain-head';
import { type AnnualStatement, type Flows } from './annual';
import { JARE_ENTRY_LABELS, JARE_EXIT_LABELS, type JareEntryKind, type JareExitKind } from './categories';
import { exactDecimal, milliDecimal } from './units';

export const WORKING_COPY_TITLE = 'Copie de travail — à reporter dans le fichier JARE de l’ANSM';

/** How far a header is known: quoted from the guide, reconstructed from the regulation, unknown, or the register's own. */
export type ColumnStatus = 'confirmed' | 'reconstructed' | 'unknown' | 'register';

export const COLUMN_STATUS_LABELS: Record<ColumnStatus, string> = {
  confirmed: 'confirmée (guide ANSM)',
  reconstructed: 'reconstituée, non confirmée',
  unknown: 'colonne de l’ANSM inconnue',
  register: 'ajoutée par le registre (hors JARE)',
};

export interface WorkingColumn {
  letter: string;
  header: string;
  status: ColumnStatus;
  width: number;
}

/** A figure is an exact decimal string ("12.5"); text is anything else; null leaves the cell empty. */
export type WorkingCell = { text: string } | { figure: string } | null;

export interface WorkingSheet {
  name: 'D' | 'S' | 'P';
  /** What the sheet is, under the title. */
  description: string;
  columns: WorkingColumn[];
  rows: WorkingCell[][];
  /** Lines printed under the table (products left out, notes). */
  notes: string[];
}

export interface WorkingCopy {
  title: string;
  sheets: WorkingSheet[];
}

export interface WorkingCopyContext {
  establishment: EstablishmentDetails;
  registerId: string;
  head: ChainHead;
  /** "23/11/2026 à 17:40": when it was made, already worded. */
  editedAt: string;
}

const letter = (index: number): string => String.fromCharCode(65 + index);

type FlowColumn =
  | { flow: 'opening' | 'closing' | 'explained' | 'unexplained' }
  | { flow: 'entry'; kind: JareEntryKind }
  | { flow: 'exit'; kind: JareExitKind }
  | { flow: 'blank' };

/** The flow columns, from "Stock au 1er janvier" on: the same order in S and P (P is S shifted by two). */
const FLOW_COLUMNS: { header: string; status: ColumnStatus; column: FlowColumn }[] = [
  { header: 'Stock au 1er janvier', status: 'confirmed', column: { flow: 'opening' } },
  { header: JARE_ENTRY_LABELS.manufacture, status: 'reconstructed', column: { flow: 'entry', kind: 'manufacture' } },
  { header: JARE_ENTRY_LABELS.acquisition, status: 'reconstructed', column: { flow: 'entry', kind: 'acquisition' } },
  { header: JARE_ENTRY_LABELS.import, status: 'reconstructed', column: { flow: 'entry', kind: 'import' } },
  { header: JARE_EXIT_LABELS.manufactureUse, status: 'reconstructed', column: { flow: 'exit', kind: 'manufactureUse' } },
  { header: '(en-tête inconnu)', status: 'unknown', column: { flow: 'blank' } },
  { header: JARE_EXIT_LABELS.wholesale, status: 'reconstructed', column: { flow: 'exit', kind: 'wholesale' } },
  { header: JARE_EXIT_LABELS.retail, status: 'confirmed', column: { flow: 'exit', kind: 'retail' } },
  { header: JARE_EXIT_LABELS.export, status: 'reconstructed', column: { flow: 'exit', kind: 'export' } },
  { header: JARE_EXIT_LABELS.destruction, status: 'reconstructed', column: { flow: 'exit', kind: 'destruction' } },
  { header: JARE_EXIT_LABELS.lossTheft, status: 'reconstructed', column: { flow: 'exit', kind: 'lossTheft' } },
  { header: 'Stock au 31 décembre', status: 'reconstructed', column: { flow: 'closing' } },
  { header: 'Écarts expliqués (inventaire, contre-passations, retours de patients…)', status: 'register', column: { flow: 'explained' } },
  { header: 'Écart non expliqué (doit être 0)', status: 'register', column: { flow: 'unexplained' } },
];

function flowCells<T>(flows: Flows<T>, write: (value: T) => string): WorkingCell[] {
  return FLOW_COLUMNS.map(({ column }) => {
    switch (column.flow) {
      case 'blank':
        return null;
      case 'entry':
        return { figure: write(flows.entries[column.kind]) };
      case 'exit':
        return { figure: write(flows.exits[column.kind]) };
      default:
        return { figure: write(flows[column.flow]) };
    }
  });
}

function columns(identification: { header: string; status: ColumnStatus; width: number }[]): WorkingColumn[] {
  const all = [...identification, ...FLOW_COLUMNS.map(({ header, status }) => ({ header, status, width: 16 }))];
  return all.map((column, index) => ({ ...column, letter: letter(index) }));
}

export function workingCopy(statement: AnnualStatement, context: WorkingCopyContext): WorkingCopy {
  const { establishment, registerId, head, editedAt } = context;
  const year = String(statement.year);
  const declarant: WorkingSheet = {
    name: 'D',
    description: 'Déclarant. Les colonnes de la feuille D de l’ANSM ne sont pas connues : ces lignes sont à reporter là où le fichier de l’ANSM les demande.',
    columns: [
      { letter: 'A', header: 'Rubrique', status: 'register', width: 34 },
      { letter: 'B', header: 'Valeur', status: 'register', width: 70 },
    ],
    rows: [
      [{ text: 'Établissement' }, { text: establishment.name }],
      [{ text: 'Adresse' }, { text: establishment.address }],
      [{ text: 'Année déclarée' }, { text: year }],
      [{ text: 'Période' }, { text: `du 01/01/${year} au 31/12/${year}` }],
      [{ text: 'Registre' }, { text: registerId }],
      [{ text: 'Tête de chaîne à l’édition' }, { text: `n° ${head.seq} — ${head.hash}` }],
      [{ text: 'Édité le' }, { text: editedAt }],
      [{ text: 'Mois pris dans leur clôture scellée' }, { text: statement.closedMonths.join(', ') || 'aucun (tout est recalculé depuis le journal)' }],
    ],
    notes: [],
  };

  const substances: WorkingSheet = {
    name: 'S',
    description:
      'Substances : une ligne par substance sous la forme détenue (un sel n’est pas déclaré en base). Quantités exactes dans l’unité de la colonne E, sans arrondi ; l’ANSM fixe l’unité de chaque ligne dans son fichier (mg par défaut ici).',
    columns: columns([
      { header: 'Nom de la substance', status: 'confirmed', width: 30 },
      { header: 'Numéro NDS', status: 'confirmed', width: 12 },
      { header: 'code GTIN', status: 'confirmed', width: 14 },
      { header: 'Numéro CAS', status: 'confirmed', width: 12 },
      { header: 'Unité', status: 'confirmed', width: 7 },
    ]),
    rows: statement.substances.map((substance) => [
      { text: substance.key },
      null,
      null,
      null,
      { text: substance.unit },
      ...flowCells(substance.flows, (nanograms) => exactDecimal(nanograms, substance.unit)),
    ]),
    notes:
      statement.withoutSubstance.length === 0 ? [] : [`Produits sans substance déclarée, absents de cette feuille : ${statement.withoutSubstance.join(', ')}.`],
  };

  const preparations: WorkingSheet = {
    name: 'P',
    description: 'Préparations (spécialités) : une ligne par produit du registre, en unités de prise (à confirmer : l’unité de la feuille P n’est pas connue).',
    columns: columns([
      { header: 'Nom de la préparation', status: 'reconstructed', width: 30 },
      { header: 'Numéro NDS', status: 'reconstructed', width: 12 },
      { header: 'Code GTIN / CIP', status: 'reconstructed', width: 15 },
      { header: 'Substance contenue', status: 'reconstructed', width: 20 },
      { header: 'Quantité de substance par unité', status: 'reconstructed', width: 12 },
      { header: 'Unité de cette quantité', status: 'reconstructed', width: 9 },
      { header: 'Unité de compte', status: 'reconstructed', width: 12 },
    ]),
    rows: statement.products.map((product) => {
      const { definition } = product;
      const substance = definition.substance;
      return [
        { text: `${definition.designation} (${product.productId})` },
        null,
        definition.cip13 ? { text: definition.cip13 } : null,
        substance
          ? { text: substance.form === 'sel' ? `${substance.name} (${substance.saltName ?? 'sel'})` : `${substance.name} (base)` }
          : { text: 'non déclarée' },
        substance ? { figure: String(substance.perUnit) } : null,
        substance ? { text: 'µg' } : null,
        { text: definition.unit },
        ...flowCells(product.flows, milliDecimal),
      ];
    }),
    notes: [],
  };

  return { title: WORKING_COPY_TITLE, sheets: [declarant, substances, preparations] };
}

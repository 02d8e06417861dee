// Turns the rows of an import file into sealed events, each through the same validation
// as the app (prepareEvent over a DraftContext gathered here in memory instead of from
// IndexedDB). Pure: no file, no clock; the first refused row stops everything.
import { appError, describeError, type AppError } from '../../shared/errors';
import { frenchTypography } from '../../shared/french';
import type { EstablishmentKind, Practitioner, RegisterEvent } from '../../shared/register/events';
import { isMovement } from '../../shared/register/events';
import { prepareEvent, type ChainHead } from '../../shared/register/prepare';
import { addMilli, parseQuantity, subtractMilli, toMilli, type Milli } from '../../shared/register/quantity';
import type { Draft, DraftBody, DraftContext } from '../../shared/register/validate';
import { stockDelta } from '../../shared/stock/movements';
import { parseCsv, type CsvRecord } from './import-csv';

/** The columns of the import file, by key, with the header a person writes. */
export const IMPORT_COLUMNS = {
  type: 'type',
  date: 'date',
  establishment: 'établissement',
  address: 'adresse',
  kind: 'nature',
  holder: 'titulaire',
  orderNumber: 'n° RPPS/Ordre',
  ref: 'produit',
  designation: 'désignation',
  form: 'forme',
  strength: 'dosage',
  unit: 'unité',
  perBox: 'unités par boîte',
  cip13: 'CIP13',
  quantity: 'quantité',
  supplier: 'fournisseur',
  supplierAddress: 'adresse fournisseur',
  deliveryRef: 'bon de livraison',
  patient: 'patient',
  patientAddress: 'adresse patient',
  prescriber: 'prescripteur',
  prescriberAddress: 'adresse prescripteur',
  ordonnancierNumber: 'n° ordonnancier',
} as const;

export type ColumnKey = keyof typeof IMPORT_COLUMNS;

/** Where validation names a field, the column that holds it. */
const COLUMN_OF_FIELD: Readonly<Record<string, ColumnKey>> = {
  operationDate: 'date',
  'establishment.name': 'establishment',
  'establishment.address': 'address',
  'holder.name': 'holder',
  'holder.orderNumber': 'orderNumber',
  productId: 'ref',
  designation: 'designation',
  form: 'form',
  strength: 'strength',
  unit: 'unit',
  perBox: 'perBox',
  cip13: 'cip13',
  quantity: 'quantity',
  'supplier.name': 'supplier',
  'supplier.address': 'supplierAddress',
  deliveryRef: 'deliveryRef',
  'patient.name': 'patient',
  'patient.address': 'patientAddress',
  'prescriber.name': 'prescriber',
  'prescriber.address': 'prescriberAddress',
  ordonnancierNumber: 'ordonnancierNumber',
};

/** A refused import: the physical line, the column header when one is at fault, and why. */
export interface ImportProblem {
  line: number;
  column?: string;
  message: string;
}

export interface ImportedJournal {
  events: RegisterEvent[];
  /** Data rows read (blank rows excepted). */
  rows: number;
  products: number;
  movements: number;
}

export interface ImportSettings {
  registerId: string;
  /** Local day of the import: no operation may be dated after it. */
  today: string;
  /** The machine clock at import time, recorded on every event. */
  recordedAt: Date;
}

type RowType = 'ouverture' | 'produit' | 'entree' | 'sortie';

/** Headers and values compare without case, accents or extra spaces: "Quantite" is "quantité". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

const KEY_OF_HEADER = new Map<string, ColumnKey>(
  (Object.entries(IMPORT_COLUMNS) as [ColumnKey, string][]).map(([key, header]) => [normalizeLabel(header), key]),
);

const ROW_TYPES = new Map<string, RowType>([
  ['ouverture', 'ouverture'],
  ['produit', 'produit'],
  ['entree', 'entree'],
  ['sortie', 'sortie'],
]);

class Refused {
  constructor(readonly problem: ImportProblem) {}
}

function refuse(line: number, column: ColumnKey | undefined, message: string): never {
  throw new Refused({ line, ...(column === undefined ? {} : { column: IMPORT_COLUMNS[column] }), message: frenchTypography(message) });
}

function refuseError(line: number, error: AppError, fallback: ColumnKey | undefined): never {
  const column = (error.field !== undefined ? COLUMN_OF_FIELD[error.field] : undefined) ?? fallback;
  refuse(line, column, describeError(error));
}

/** JJ/MM/AAAA (day and month may have one digit) into YYYY-MM-DD; validation checks the day exists. */
export function parseFrenchDay(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function buildJournal(text: string, settings: ImportSettings): { ok: true; value: ImportedJournal } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: build(text, settings) };
  } catch (thrown) {
    if (thrown instanceof Refused) return { ok: false, problem: thrown.problem };
    throw thrown;
  }
}

function build(text: string, settings: ImportSettings): ImportedJournal {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    refuse(
      parsed.line,
      undefined,
      parsed.reason === 'unclosedQuote'
        ? 'un champ ouvert par un guillemet " n’est jamais refermé.'
        : 'guillemet " inattendu : un champ qui contient un guillemet doit être entièrement entre guillemets, le guillemet doublé ("").',
    );
  }
  const records = parsed.records.filter((record) => record.fields.some((field) => field.trim() !== ''));
  const header = records.shift();
  if (header === undefined) refuse(1, undefined, 'le fichier est vide : la première ligne doit donner les en-têtes des colonnes.');
  const columns = readHeader(header);

  const events: RegisterEvent[] = [];
  let head: ChainHead | null = null;
  let holder: Practitioner | null = null;
  const products = new Map<string, string>(); // reference → P<seq>
  const definitions = new Map<string, RegisterEvent & { type: 'product.defined' }>();
  const stock = new Map<string, Milli>();
  const cip13Owners = new Map<string, string>();
  let movements = 0;

  for (const record of records) {
    const { line } = record;
    if (record.fields.length > columns.length && record.fields.slice(columns.length).some((field) => field.trim() !== '')) {
      refuse(line, undefined, `la ligne a ${record.fields.length} colonnes alors que l’en-tête en déclare ${columns.length}.`);
    }
    const cell = (key: ColumnKey): string => {
      const index = columns.indexOf(key);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };

    const typeText = cell('type');
    const type = ROW_TYPES.get(normalizeLabel(typeText));
    if (type === undefined) {
      refuse(line, 'type', `type d’opération inconnu « ${typeText} » : indiquez ouverture, produit, entrée ou sortie.`);
    }
    const operationDate = parseFrenchDay(cell('date'));
    if (operationDate === null) refuseError(line, appError('date.malformed', 'operationDate'), 'date');

    const context: DraftContext = { registerOpened: events.length > 0, today: settings.today };
    let body: DraftBody;
    let ref = '';
    switch (type) {
      case 'ouverture':
        body = {
          type: 'register.opened',
          registerId: settings.registerId,
          establishment: { name: cell('establishment'), address: cell('address'), kind: readKind(line, cell('kind'), context) },
          holder: { name: cell('holder'), orderNumber: cell('orderNumber') },
        };
        break;
      case 'produit': {
        ref = requiredCell(line, 'ref', cell('ref'));
        if (products.has(normalizeLabel(ref))) {
          refuse(line, 'ref', `la référence « ${ref} » est déjà définie par une ligne produit précédente.`);
        }
        const cip13 = cell('cip13');
        const owner = cip13Owners.get(cip13);
        if (owner !== undefined) context.cip13Owner = owner;
        body = {
          type: 'product.defined',
          product: {
            designation: cell('designation'),
            form: cell('form'),
            strength: cell('strength'),
            unit: cell('unit'),
            perBox: readQuantity(line, 'perBox', cell('perBox')),
            ...(cip13 === '' ? {} : { cip13 }),
          },
        };
        break;
      }
      case 'entree':
      case 'sortie': {
        ref = requiredCell(line, 'ref', cell('ref'));
        const productId = products.get(normalizeLabel(ref)) ?? '';
        const definition = definitions.get(productId);
        if (definition) {
          context.product = definition.product;
          context.available = stock.get(productId) ?? toMilli(0);
        }
        const quantity = readQuantity(line, 'quantity', cell('quantity'));
        body =
          type === 'entree'
            ? {
                type: 'receipt',
                productId,
                quantity,
                supplier: { name: cell('supplier'), address: cell('supplierAddress') },
                ...(cell('deliveryRef') === '' ? {} : { deliveryRef: cell('deliveryRef') }),
              }
            : {
                type: 'dispensation',
                productId,
                quantity,
                patient: { name: cell('patient'), address: cell('patientAddress') },
                prescriber: { name: cell('prescriber'), address: cell('prescriberAddress') },
                ordonnancierNumber: cell('ordonnancierNumber'),
              };
        break;
      }
      default:
        throw new Error(`Type de ligne non prévu : ${String(type)}`);
    }

    const draft: Draft = { operationDate, body };
    const prepared = prepareEvent(draft, context, {
      head,
      recordedAt: settings.recordedAt,
      validatedBy: holder ?? { name: '', orderNumber: '' },
    });
    if (!prepared.ok) {
      const error = prepared.error;
      if (error.code === 'product.unknown') {
        refuse(line, 'ref', `${describeError(error)} La référence « ${ref} » n’est définie par aucune ligne produit plus haut dans le fichier.`);
      }
      // Opening problems without a field (missing or repeated opening) are about the row's type.
      refuseError(line, error, 'type');
    }
    const event = prepared.value;
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
    if (event.type === 'register.opened') holder = event.holder;
    if (event.type === 'product.defined') {
      products.set(normalizeLabel(ref), event.productId);
      definitions.set(event.productId, event);
      if (event.product.cip13 !== undefined) cip13Owners.set(event.product.cip13, event.product.designation);
    }
    if (isMovement(event)) {
      movements += 1;
      const delta = stockDelta(event);
      stock.set(event.productId, subtractMilli(addMilli(stock.get(event.productId) ?? toMilli(0), delta.entries), delta.exits));
    }
  }
  if (events.length === 0) refuse(header.line, undefined, 'aucune opération à importer : le fichier ne contient que la ligne d’en-tête.');
  return { events, rows: records.length, products: definitions.size, movements };
}

function readHeader(header: CsvRecord): ColumnKey[] {
  const keys: ColumnKey[] = [];
  header.fields.forEach((raw, index) => {
    const label = raw.trim();
    // Spreadsheets may leave empty trailing header cells; an empty header in the middle is an error.
    if (label === '' && header.fields.slice(index).every((field) => field.trim() === '')) return;
    const key = KEY_OF_HEADER.get(normalizeLabel(label));
    if (key === undefined) {
      refuse(header.line, undefined, `colonne inconnue « ${label} » (colonne ${index + 1} de l’en-tête). Colonnes possibles : ${Object.values(IMPORT_COLUMNS).join(', ')}.`);
    }
    if (keys.includes(key)) refuse(header.line, key, 'cette colonne apparaît deux fois dans l’en-tête.');
    keys.push(key);
  });
  for (const key of ['type', 'date'] as const) {
    if (!keys.includes(key)) refuse(header.line, key, 'cette colonne obligatoire manque dans l’en-tête.');
  }
  return keys;
}

function requiredCell(line: number, key: ColumnKey, value: string): string {
  if (value === '') refuseError(line, appError('field.required', undefined, { label: IMPORT_COLUMNS[key] }), key);
  return value;
}

function readKind(line: number, value: string, context: DraftContext): EstablishmentKind {
  // A repeated opening is refused as such by validation, whatever its nature column says.
  if (context.registerOpened) return 'officine';
  const kind = normalizeLabel(value);
  if (kind === 'officine') return 'officine';
  if (kind === 'veterinaire') return 'veterinaire';
  if (kind === '') requiredCell(line, 'kind', value);
  return refuse(line, 'kind', `nature inconnue « ${value} » : indiquez officine ou vétérinaire.`);
}

/** Quantities in units of intake with a decimal comma ("12,5"); the unit's thousandths are kept exactly. */
function readQuantity(line: number, key: 'quantity' | 'perBox', value: string): Milli {
  if (value === '') requiredCell(line, key, value);
  const parsed = parseQuantity(value);
  if (!parsed.ok) refuseError(line, { ...parsed.error, field: key }, key);
  return parsed.value;
}

/** « Ligne 7, colonne « quantité » : … » — what the person must fix, and where. */
export function describeImportProblem(problem: ImportProblem): string {
  const where = problem.column === undefined ? `Ligne ${problem.line}` : `Ligne ${problem.line}, colonne « ${problem.column} »`;
  const message = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return frenchTypography(`${where} : ${message}`);
}

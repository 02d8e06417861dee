// The import and export authorisations used in a year, from the register: every receipt
// made under an AIS or AIP and every supplier return made under an AES or AEP, in
// register order, with the product, the quantity, the counterparty, and whether the
// movement was later reversed (contre-passé). ANSM asks for this list with the annual
// declaration (ANSM's guide; decision 0007). Pure.
import { formatDay } from '../register/dates';
import type { MovementEvent, ProductDefinition, RegisterEvent, TradeAuthorisation } from '../register/events';
import { isMovement } from '../register/events';
import { formatQuantity, type Milli } from '../register/quantity';
import { milliDecimal } from './units';
import { neutraliseFormula } from '../spreadsheet-text';

export interface AuthorisationUse {
  seq: number;
  operationDate: string;
  direction: 'import' | 'export';
  authorisation: TradeAuthorisation<'AIS' | 'AIP' | 'AES' | 'AEP'>;
  productId: string;
  designation: string;
  quantity: Milli;
  unit: string;
  /** The supplier it came from or went back to. */
  counterparty: string;
  /** The order number of the correction that reversed it, if any. */
  reversedBy?: number;
}

export function authorisationsUsed(events: readonly RegisterEvent[], year: number): AuthorisationUse[] {
  const definitions = new Map<string, ProductDefinition>();
  const reversed = new Map<number, number>();
  const traded: Extract<MovementEvent, { type: 'receipt' | 'supplier.return' }>[] = [];
  for (const event of events) {
    if (event.type === 'product.defined' || event.type === 'product.changed') definitions.set(event.productId, event.product);
    if (!isMovement(event)) continue;
    if (event.type === 'correction') reversed.set(event.corrects, event.seq);
    if ((event.type === 'receipt' || event.type === 'supplier.return') && event.authorisation && event.operationDate.startsWith(`${year}-`)) traded.push(event);
  }
  return traded
    .sort((a, b) => a.seq - b.seq)
    .map((event) => {
      const definition = definitions.get(event.productId);
      const reversedBy = reversed.get(event.seq);
      return {
        seq: event.seq,
        operationDate: event.operationDate,
        direction: event.type === 'receipt' ? 'import' : 'export',
        authorisation: event.authorisation!,
        productId: event.productId,
        designation: definition?.designation ?? event.productId,
        quantity: event.quantity,
        unit: definition?.unit ?? '',
        counterparty: `${event.supplier.name}, ${event.supplier.address}`,
        ...(reversedBy === undefined ? {} : { reversedBy }),
      };
    });
}

export const AUTHORISATION_HEADERS = [
  'N° d’ordre',
  'Date',
  'Opération',
  'Autorisation',
  'N° de l’autorisation',
  'Produit',
  'Quantité',
  'Unité',
  'Fournisseur',
  'Observation',
];

/** One row of the list, as the PDF and the CSV print it (the CSV writes the quantity as a plain decimal). */
export function authorisationCells(use: AuthorisationUse, quantity: (value: Milli) => string = formatQuantity): string[] {
  return [
    String(use.seq),
    formatDay(use.operationDate),
    use.direction === 'import' ? 'Importation' : 'Exportation',
    use.authorisation.kind,
    use.authorisation.number,
    `${use.designation} (${use.productId})`,
    quantity(use.quantity),
    use.unit,
    use.counterparty,
    use.reversedBy === undefined ? '' : `contre-passé par le n° ${use.reversedBy}`,
  ];
}

/**
 * The list as CSV for a spreadsheet: ';' between fields (French Excel), every field quoted,
 * CRLF, a BOM so that Excel reads UTF-8, and no field a spreadsheet would take for a formula.
 */
export function authorisationsCsv(uses: readonly AuthorisationUse[]): string {
  const quote = (field: string) => `"${neutraliseFormula(field).replace(/"/g, '""')}"`;
  const lines = [AUTHORISATION_HEADERS, ...uses.map((use) => authorisationCells(use, (value) => milliDecimal(value).replace('.', ',')))].map((cells) =>
    cells.map(quote).join(';'),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

// The steps of the stock's life that are not movements, or not only movements: each
// inventory, each step of a destruction dossier (notice, PV, copy sent) and each theft
// with its declarations. The register's movement lines already carry their quantities;
// these lines carry the references an inspector asks for (R. 5132-36, R. 5132-80), so
// that the editions and the Registre tab show every step of a cycle with its references.
import { formatDay } from '../register/dates';
import type { DestructionItem, InventoryLine, RegisterEvent } from '../register/events';
import { COMPARTMENT_LABELS, datedReference } from '../register/labels';
import { formatQuantity, toMilli, type Milli } from '../register/quantity';
import { isWithin, type Period } from './period';
import { productLabel, productsOf, type EditionProduct } from './products';

export interface LifecycleStep {
  seq: number;
  operationDate: string;
  /** What happened: "Inventaire n° 12", "PV de destruction PV-2026-001"… */
  step: string;
  /** The products concerned and their quantities, one per line. */
  products: string[];
  /** Who, what and the references: witness, inspector, declarations, method… */
  references: string;
}

/** The events these steps are read from, with the products they name: a screen fetches only these. */
export const LIFECYCLE_EVENT_TYPES = [
  'product.defined',
  'product.changed',
  'inventory.taken',
  'destruction.planned',
  'destruction.certified',
  'destruction.copySent',
  'destruction.cancelled',
  'theft',
] as const;

/**
 * The steps dated within the period, in register order. With `onlyProduct`, only those
 * that concern it, each saying only that product's lines; a PV or a copy sent concerns the
 * products of its dossier.
 */
export function lifecycleSteps(events: readonly RegisterEvent[], period: Period, onlyProduct?: string): LifecycleStep[] {
  const products = productsOf(events);
  const dossiers = new Map<string, DestructionItem[]>();
  const steps: LifecycleStep[] = [];
  const concerns = (productIds: readonly string[]) => onlyProduct === undefined || productIds.includes(onlyProduct);
  const mine = <T extends { productId: string }>(items: readonly T[]) =>
    onlyProduct === undefined ? items : items.filter((item) => item.productId === onlyProduct);
  const push = (event: RegisterEvent, step: string, lines: string[], references: string) => {
    if (isWithin(event.operationDate, period)) steps.push({ seq: event.seq, operationDate: event.operationDate, step, products: lines, references });
  };

  for (const event of events) {
    switch (event.type) {
      case 'inventory.taken': {
        if (!concerns(event.lines.map((line) => line.productId))) break;
        const lines = mine(event.lines);
        const variances = lines.filter((line) => line.counted !== line.expected).length;
        push(
          event,
          `Inventaire n° ${event.seq}`,
          lines.map((line) => inventoryLine(line, products)),
          `Compté par ${event.countedBy} ; ${variances === 0 ? 'aucun écart' : variances === 1 ? 'un écart, inscrit en écart d’inventaire' : `${variances} écarts, inscrits en écarts d’inventaire`}`,
        );
        break;
      }
      case 'destruction.planned': {
        dossiers.set(event.dossier, event.items);
        if (!concerns(event.items.map((item) => item.productId))) break;
        const { witness } = event;
        push(
          event,
          `Avis de destruction, dossier ${event.dossier}`,
          mine(event.items).map((item) => itemLine(item, products)),
          `Avis à ${event.inspector} ; destruction prévue le ${formatDay(event.plannedDate)} devant ${witness.name} (n° ${witness.orderNumber} ; ${witness.council})`,
        );
        break;
      }
      case 'destruction.certified': {
        const items = dossiers.get(event.dossier) ?? [];
        if (!concerns(items.map((item) => item.productId))) break;
        const references = [
          `Dénaturation : ${event.method}`,
          event.disposal && `élimination : ${event.disposal}`,
          event.dateChange && `date changée : ${event.dateChange}`,
        ];
        push(
          event,
          `PV de destruction ${event.dossier}`,
          mine(items).map((item) => itemLine(item, products)),
          references.filter(Boolean).join(' ; '),
        );
        break;
      }
      case 'destruction.copySent': {
        const items = dossiers.get(event.dossier) ?? [];
        if (!concerns(items.map((item) => item.productId))) break;
        push(event, `Copie du PV ${event.dossier} envoyée`, [], 'Copie du procès-verbal adressée à l’inspecteur');
        break;
      }
      case 'destruction.cancelled': {
        const items = dossiers.get(event.dossier) ?? [];
        if (!concerns(items.map((item) => item.productId))) break;
        push(
          event,
          `Dossier ${event.dossier} annulé`,
          mine(items).map((item) => itemLine(item, products)),
          `Motif : ${event.reason}`,
        );
        break;
      }
      case 'theft': {
        if (!concerns([event.productId])) break;
        push(
          event,
          `Vol ou détournement n° ${event.seq}`,
          [quantityLine(event.productId, event.quantity, products, COMPARTMENT_LABELS[event.compartment])],
          [
            `Plainte ${datedReference(event.policeReportRef, event.policeReportDate)}`,
            `déclaration ${datedReference(event.regionalDeclarationRef, event.regionalDeclarationDate)}`,
            `déclaration ${datedReference(event.agencyDeclarationRef, event.agencyDeclarationDate)}`,
          ].join(' ; '),
        );
        break;
      }
      default:
        break;
    }
  }
  return steps;
}

function quantityLine(productId: string, quantity: Milli, products: ReadonlyMap<string, EditionProduct>, detail?: string): string {
  return `${productLabel(products.get(productId), productId)} : ${formatQuantity(quantity)}${detail ? ` (${detail})` : ''}`;
}

function itemLine(item: DestructionItem, products: ReadonlyMap<string, EditionProduct>): string {
  return quantityLine(item.productId, item.quantity, products, item.lot && `lot ${item.lot}`);
}

function inventoryLine(line: InventoryLine, products: ReadonlyMap<string, EditionProduct>): string {
  const label = productLabel(products.get(line.productId), line.productId);
  const where = line.compartment === 'quarantine' ? ', quarantaine' : '';
  const method = line.method === 'weight' ? 'pesé' : 'compté';
  const variance = line.counted - line.expected;
  const found = `${label}${where} : attendu ${formatQuantity(line.expected)}, ${method} ${formatQuantity(line.counted)}`;
  if (variance === 0) return found;
  return `${found}, écart ${variance > 0 ? '+' : '−'}${formatQuantity(toMilli(Math.abs(variance)))} — motif : ${line.reason ?? ''}`;
}

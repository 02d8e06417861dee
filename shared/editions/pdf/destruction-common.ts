// What the notice and the PV of a destruction dossier share: the dossier read from the
// register's events, who it is addressed to, and the items as the law asks them named
// (name, nature, form, packaging, quantity).
import { countOf } from '../../format/plural';
import { boxOf, quantityWithUnit } from '../../format/quantity-with-unit';
import type { EstablishmentKind, Practitioner, RegisterEvent } from '../../register/events';
import { formatQuantity, type Milli } from '../../register/quantity';
import { foldEvents } from '../../register/fold';
import type { DossierFacts } from '../../register/validate-destruction';
import { holderAt } from '../../register/holder';
import { productsOf, type EditionProduct } from '../products';

/** Who receives the notice and the copy of the PV, by kind of establishment. */
export const DESTRUCTION_AUTHORITIES: Record<EstablishmentKind, { short: string; addressee: string; signer: string; signerTitle: string; returnedBy: string }> =
  {
    officine: {
      short: 'l’ARS',
      addressee: 'Madame ou Monsieur le pharmacien inspecteur de santé publique',
      signer: 'du pharmacien titulaire',
      signerTitle: 'Le pharmacien titulaire',
      returnedBy: 'rapportés par des patients',
    },
    veterinaire: {
      short: 'la DDPP',
      addressee: 'Madame ou Monsieur le directeur départemental de la protection des populations',
      signer: 'du vétérinaire',
      signerTitle: 'Le vétérinaire',
      returnedBy: 'rapportés par les détenteurs des animaux',
    },
  };

export interface DossierForEdition {
  facts: DossierFacts;
  holder: Practitioner | null;
  products: Map<string, EditionProduct>;
}

/** The dossier and what its editions name; throws when the register does not hold it. */
export function dossierForEdition(events: readonly RegisterEvent[], dossier: string): DossierForEdition {
  // The one fold of the register (evolve.ts) keeps every dossier as its acts leave it.
  const facts = foldEvents(events).dossiers.get(dossier);
  if (!facts) throw new Error(`Dossier de destruction ${dossier} introuvable dans le registre.`);
  // The holder when the dossier was last acted on: after a cession, the buyer signs.
  const last = facts.certified ?? facts.planned;
  return { facts, holder: holderAt(events, last.seq), products: productsOf(events) };
}

/** "28 gélules, soit 2 boîtes de 14": boxes when the quantity is a whole number of them. */
export function destroyedQuantity(quantity: Milli, product: EditionProduct | undefined): string {
  if (!product) return formatQuantity(quantity);
  const { unit, perBox } = product.definition;
  const boxes = perBox > 0 && quantity % perBox === 0 ? quantity / perBox : null;
  const inBoxes = boxes === null ? '' : `\nsoit ${countOf(boxes, 'boîte', 'boîtes')} de ${formatQuantity(perBox)}`;
  return `${quantityWithUnit(quantity, unit)}${inBoxes}`;
}

/** Designation, form and strength, packaging: one row of the items table, before lot and quantity. */
export function itemCells(product: EditionProduct | undefined, productId: string): [string, string, string] {
  if (!product) return [`Produit ${productId}`, '', ''];
  const { designation, form, strength, unit, perBox, cip13 } = product.definition;
  return [[designation, cip13 ? `CIP ${cip13}` : ''].filter(Boolean).join('\n'), `${form}, ${strength}`, boxOf(perBox, unit)];
}

export function practitionerLine(person: Practitioner | null): string {
  return person ? `${person.name} (n° RPPS ou Ordre ${person.orderNumber})` : '';
}

// The columns of the import file: the header a person writes for each, and the column
// that holds each field validation may name.

/** The columns of the import file, by key, with the header a person writes. */
export const IMPORT_COLUMNS = {
  type: 'type',
  date: 'date',
  // The opening
  establishment: 'établissement',
  address: 'adresse',
  kind: 'nature',
  holder: 'titulaire',
  orderNumber: 'n° RPPS/Ordre',
  // Products
  ref: 'produit',
  designation: 'désignation',
  form: 'forme',
  strength: 'dosage',
  unit: 'unité',
  perBox: 'unités par boîte',
  cip13: 'CIP13',
  // Every movement
  quantity: 'quantité',
  // Opening balance
  compartment: 'stock concerné',
  source: 'origine',
  // Receipts
  supplier: 'fournisseur',
  supplierProfession: 'qualité fournisseur',
  supplierAddress: 'adresse fournisseur',
  deliveryRef: 'bon de livraison',
  lot: 'lot',
  expiry: 'péremption',
  orderBookRef: 'carnet à souches',
  // Patient returns
  returnedBy: 'rapporté par',
  comment: 'commentaire',
  // Dispensations
  recipient: 'bénéficiaire',
  recipientName: 'nom bénéficiaire',
  recipientAddress: 'adresse bénéficiaire',
  prescriber: 'prescripteur',
  prescriberAddress: 'adresse prescripteur',
  ordonnancierNumber: 'n° ordonnancier',
  bearer: 'porteur',
  bearerId: 'pièce d’identité porteur',
  // Veterinary administration and dispensing
  animal: 'animal',
  species: 'espèce',
  owner: 'détenteur',
  ownerAddress: 'adresse détenteur',
  prescriptionRef: 'référence ordonnance',
  // Every row
  observation: 'observation',
} as const;

export type ColumnKey = keyof typeof IMPORT_COLUMNS;

/** Where validation names a field, the column that holds it. */
export const COLUMN_OF_FIELD: Readonly<Record<string, ColumnKey>> = {
  type: 'type',
  operationDate: 'date',
  'establishment.name': 'establishment',
  'establishment.address': 'address',
  'establishment.kind': 'kind',
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
  compartment: 'compartment',
  source: 'source',
  'supplier.name': 'supplier',
  'supplier.profession': 'supplierProfession',
  'supplier.address': 'supplierAddress',
  deliveryRef: 'deliveryRef',
  lot: 'lot',
  expiry: 'expiry',
  orderBookRef: 'orderBookRef',
  returnedBy: 'returnedBy',
  comment: 'comment',
  'recipient.kind': 'recipient',
  'recipient.name': 'recipientName',
  'recipient.address': 'recipientAddress',
  'prescriber.name': 'prescriber',
  'prescriber.address': 'prescriberAddress',
  ordonnancierNumber: 'ordonnancierNumber',
  'bearer.name': 'bearer',
  'bearer.idReference': 'bearerId',
  'animal.identification': 'animal',
  'animal.species': 'species',
  'owner.name': 'owner',
  'owner.address': 'ownerAddress',
  prescriptionRef: 'prescriptionRef',
  observation: 'observation',
};

/**
 * Headers and values compare without case, accents, kind of apostrophe or extra spaces:
 * "Quantite" is "quantité", "piece d'identite porteur" is "pièce d’identité porteur".
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

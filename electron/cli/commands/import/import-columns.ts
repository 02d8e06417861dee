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
  bearerAddress: 'adresse porteur',
  bearerKnown: 'porteur connu',
  bearerId: 'pièce d’identité porteur',
  // Veterinary administration and dispensing
  animal: 'animal',
  species: 'espèce',
  owner: 'détenteur',
  ownerAddress: 'adresse détenteur',
  prescriptionRef: 'référence ordonnance',
  prescribedDays: 'durée du traitement',
  // Products: the substance the annual declaration counts, and a product's change
  substance: 'substance',
  substanceForm: 'forme substance',
  saltName: 'sel',
  substancePerUnit: 'substance par unité',
  active: 'actif',
  // Who may validate, and who validated a row
  person: 'personne',
  personNumber: 'n° RPPS/Ordre personne',
  role: 'fonction',
  validatedBy: 'validé par',
  // Imports and exports (receipts and supplier returns)
  authorisation: 'autorisation',
  authorisationNumber: 'n° autorisation',
  // Other exits
  preparationNumber: 'n° préparation',
  reason: 'motif',
  returnRef: 'bon de retour',
  circumstances: 'circonstances',
  policeReportRef: 'plainte',
  policeReportDate: 'date plainte',
  regionalDeclarationRef: 'déclaration ARS/DDPP',
  regionalDeclarationDate: 'date déclaration ARS/DDPP',
  agencyDeclarationRef: 'déclaration ANSM/ANSES',
  agencyDeclarationDate: 'date déclaration ANSM/ANSES',
  // A row that names an earlier one, by its line in this file
  reference: 'ligne visée',
  // Inventories
  countedBy: 'compté par',
  counterParty: 'repreneur',
  counterPartyNumber: 'n° RPPS/Ordre repreneur',
  method: 'méthode',
  // Destruction
  plannedDate: 'date prévue',
  witness: 'témoin',
  witnessNumber: 'n° RPPS/Ordre témoin',
  witnessCouncil: 'conseil témoin',
  inspector: 'inspecteur',
  denaturation: 'dénaturation',
  disposal: 'élimination',
  // Cession and cessation
  document: 'document',
  deposit: 'dépôt',
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
  'bearer.address': 'bearerAddress',
  'bearer.idReference': 'bearerId',
  'animal.identification': 'animal',
  'animal.species': 'species',
  'owner.name': 'owner',
  'owner.address': 'ownerAddress',
  prescriptionRef: 'prescriptionRef',
  prescribedDays: 'prescribedDays',
  observation: 'observation',
  validatedBy: 'validatedBy',
  'substance.name': 'substance',
  'substance.form': 'substanceForm',
  'substance.saltName': 'saltName',
  'substance.perUnit': 'substancePerUnit',
  active: 'active',
  'person.name': 'person',
  'person.orderNumber': 'personNumber',
  'person.role': 'role',
  'authorisation.kind': 'authorisation',
  'authorisation.number': 'authorisationNumber',
  preparationNumber: 'preparationNumber',
  reason: 'reason',
  returnRef: 'returnRef',
  circumstances: 'circumstances',
  policeReportRef: 'policeReportRef',
  policeReportDate: 'policeReportDate',
  regionalDeclarationRef: 'regionalDeclarationRef',
  regionalDeclarationDate: 'regionalDeclarationDate',
  agencyDeclarationRef: 'agencyDeclarationRef',
  agencyDeclarationDate: 'agencyDeclarationDate',
  corrects: 'reference',
  inventory: 'reference',
  dossier: 'reference',
  countedBy: 'countedBy',
  'counterParty.name': 'counterParty',
  'counterParty.orderNumber': 'counterPartyNumber',
  plannedDate: 'plannedDate',
  'witness.name': 'witness',
  'witness.orderNumber': 'witnessNumber',
  'witness.council': 'witnessCouncil',
  inspector: 'inspector',
  method: 'denaturation',
  disposal: 'disposal',
  dateChange: 'reason',
  month: 'date',
  'depositedWith.address': 'deposit',
  fileName: 'document',
  sha256: 'document',
};

/**
 * Where validation names a field of one line of an inventory (`lines.2.counted`) or one
 * item of a destruction notice (`items.0.lot`), the column of that line's own row.
 */
export const COLUMN_OF_LINE_FIELD: Readonly<Record<string, ColumnKey>> = {
  productId: 'ref',
  compartment: 'compartment',
  counted: 'quantity',
  quantity: 'quantity',
  method: 'method',
  reason: 'reason',
  lot: 'lot',
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

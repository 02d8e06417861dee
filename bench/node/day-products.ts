// The scripted day's shelf: forty narcotic presentations as an officine holds them, the
// ten returning patients, their prescribers and the wholesaler. Only the boxes scanned
// carry a CIP13 (a valid EAN-13, the register checks its key).

export interface DayProduct {
  designation: string;
  form: string;
  strength: string;
  unit: string;
  perBox: number;
  cip13?: string;
}

/** The label the product picker shows (renderer/components/product-search.ts). */
export const labelOf = (product: DayProduct) => `${product.designation} — ${product.form} ${product.strength}`;

/** The EAN-13 check digit of the first twelve digits. */
function withKey(twelve: string): string {
  const sum = [...twelve].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

const RANGES: { designation: string; form: string; unit: string; perBox: number; strengths: string[] }[] = [
  { designation: 'Skenan LP', form: 'gélule LP', unit: 'gélule', perBox: 14, strengths: ['10 mg', '30 mg', '60 mg', '100 mg', '200 mg'] },
  { designation: 'Moscontin LP', form: 'comprimé LP', unit: 'comprimé', perBox: 14, strengths: ['10 mg', '30 mg', '60 mg', '100 mg'] },
  { designation: 'Actiskenan', form: 'gélule', unit: 'gélule', perBox: 14, strengths: ['5 mg', '10 mg', '20 mg', '30 mg'] },
  { designation: 'Oxycontin LP', form: 'comprimé LP', unit: 'comprimé', perBox: 28, strengths: ['5 mg', '10 mg', '20 mg', '40 mg', '80 mg'] },
  { designation: 'Oxynorm', form: 'gélule', unit: 'gélule', perBox: 14, strengths: ['5 mg', '10 mg', '20 mg'] },
  {
    designation: 'Durogesic',
    form: 'dispositif transdermique',
    unit: 'dispositif',
    perBox: 5,
    strengths: ['12 µg/h', '25 µg/h', '50 µg/h', '75 µg/h', '100 µg/h'],
  },
  { designation: 'Sophidone LP', form: 'gélule LP', unit: 'gélule', perBox: 14, strengths: ['4 mg', '8 mg', '16 mg', '24 mg'] },
  { designation: 'Méthadone AP-HP', form: 'gélule', unit: 'gélule', perBox: 7, strengths: ['1 mg', '5 mg', '10 mg', '20 mg', '40 mg'] },
  { designation: 'Ritaline LP', form: 'gélule LP', unit: 'gélule', perBox: 30, strengths: ['10 mg', '20 mg', '30 mg', '40 mg'] },
  { designation: 'Abstral', form: 'comprimé sublingual', unit: 'comprimé', perBox: 10, strengths: ['100 µg'] },
];

export const DAY_PRODUCTS: DayProduct[] = RANGES.flatMap((range) =>
  range.strengths.map((strength) => ({ designation: range.designation, form: range.form, strength, unit: range.unit, perBox: range.perBox })),
);

/** The five boxes the wholesaler delivers in the morning, read by the scanner. */
export const SCANNED = [1, 12, 17, 25, 36] as const;
for (const [index, productIndex] of SCANNED.entries()) {
  const product = DAY_PRODUCTS[productIndex];
  if (product) product.cip13 = withKey(`34009${String(3_000_001 + index * 7).padStart(7, '0')}`);
}

/** The products the day's dispensations draw on (held in stock the day before). */
export const DISPENSED = [1, 2, 6, 7, 12, 13, 17, 20, 25, 28, 31, 36] as const;

export interface DayPerson {
  name: string;
  address: string;
  /** What a person types to find them: the surname, as far as needed. */
  search: string;
}

export const PATIENTS: DayPerson[] = [
  { name: 'Jean Martin', address: '3 rue des Lilas, 69003 Lyon', search: 'martin' },
  { name: 'Marie Bernard', address: '14 quai Perrache, 69002 Lyon', search: 'bernard' },
  { name: 'Paul Dubois', address: '7 rue Garibaldi, 69006 Lyon', search: 'dubois' },
  { name: 'Lucie Moreau', address: '22 cours Vitton, 69006 Lyon', search: 'moreau' },
  { name: 'Henri Laurent', address: '5 place Bellecour, 69002 Lyon', search: 'laurent' },
  { name: 'Odette Simon', address: '41 rue Duguesclin, 69006 Lyon', search: 'simon' },
  { name: 'Marcel Michel', address: '9 rue de Créqui, 69003 Lyon', search: 'michel' },
  { name: 'Suzanne Lefèvre', address: '18 rue Paul Bert, 69003 Lyon', search: 'lefevre' },
  { name: 'André Leroy', address: '2 montée de la Grande-Côte, 69001 Lyon', search: 'leroy' },
  { name: 'Jeanne Roux', address: '30 avenue Berthelot, 69007 Lyon', search: 'roux' },
];

export const PRESCRIBERS: DayPerson[] = [
  { name: 'Dr Claire Petit', address: '8 avenue Foch, 69006 Lyon', search: 'petit' },
  { name: 'Dr Antoine Garnier', address: '11 rue Servient, 69003 Lyon', search: 'garnier' },
  { name: 'Dr Sophie Faure', address: '6 rue Vendôme, 69006 Lyon', search: 'faure' },
];

export const SUPPLIER = { name: 'OCP Répartition', profession: 'Grossiste-répartiteur', address: 'ZI Sud, 69800 Saint-Priest', search: 'ocp' };

/** The number printed, with its barcode, on the morning's delivery note. */
export const DELIVERY_NOTE = 'BL-2026-1205';

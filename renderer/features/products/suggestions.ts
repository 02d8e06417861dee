// What the product fields suggest; any other wording is accepted.
export const FORMS = [
  'comprimé',
  'comprimé LP',
  'gélule',
  'gélule LP',
  'dispositif transdermique',
  'solution injectable',
  'solution buvable',
  'sirop',
  'poudre',
];
export const UNITS = ['comprimé', 'gélule', 'patch', 'ampoule', 'flacon', 'sachet', 'mL', 'mg', 'g'];

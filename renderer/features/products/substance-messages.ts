// The words of the product's substance (annual declaration); the rest of the product
// screen's words are in messages/fr.ts.
import { typeset } from '../../messages/typeset';

export const substanceWords = typeset({
  legend: 'Substance contrôlée (déclaration annuelle, facultatif)',
  hint: 'La substance telle que détenue, et sa quantité dans une unité de prise : la déclaration annuelle (JARE) compte les stocks et les mouvements en masse de substance. Un sel et sa base sont deux lignes distinctes à l’ANSM : déclarez la forme inscrite sur la boîte (par exemple sulfate de morphine, 30 mg par gélule).',
  name: 'Substance',
  form: 'Base ou sel',
  chooseForm: '— base ou sel —',
  forms: { base: 'base', sel: 'sel' },
  saltName: 'Nom du sel',
  perUnit: (unit: string) => `Quantité de substance par ${unit || 'unité'}`,
  amountUnit: 'Unité de la quantité',
  column: 'Substance (JARE)',
  none: '—',
});

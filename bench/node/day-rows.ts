// The scripted day's figures as rows of the bench table, each target beside its figure:
// a dispensation to a known patient in at most 30 keys; a receipt by scan in at most 3
// keys besides its quantity; a correction in at most 10 keys besides the values changed
// (the explanation the reversal asks for is counted with them, and shown apart).
import { pluralForm } from '../../shared/format/plural';
import type { DayFigures, DayTask, DayTaskFigures } from './day-bench';
import { DELIVERY_NOTE } from './day-products';

/** The unit beside a count, singular or plural as French wants it (1 frappe, 0 clic, 2 clics). */
const keysUnit = (count: number) => pluralForm(count, 'frappe', 'frappes');
const clicksUnit = (count: number) => pluralForm(count, 'clic', 'clics');

interface DayRow {
  measure: string;
  value: number;
  unit: string;
  target: string;
  met?: boolean;
  key: string;
}

const TASK_NAMES: Record<DayTask, string> = {
  'receipt.first': 'réception par lecture, 1re boîte du bon (n° du bon lu sur son code-barres, fournisseur repris du registre)',
  receipt: 'réception par lecture, boîtes suivantes du même bon',
  'dispensation.first': 'dispensation à un patient connu (1re ligne de l’ordonnance)',
  'dispensation.next': 'dispensation, ligne suivante de la même ordonnance',
  correction: 'correction depuis la ligne (contre-passation puis mouvement corrigé)',
};

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const most = (values: number[]) => Math.max(...values);

function taskRows(task: DayTask, done: DayTaskFigures[]): DayRow[] {
  if (done.length === 0) return [];
  const name = `${TASK_NAMES[task]} (${done.length})`;
  const keys = done.map((one) => one.keys);
  const besideValues = done.map((one) => one.keys - one.valueKeys);
  const rows: DayRow[] = [
    { measure: name, value: NaN, unit: '', target: '', key: `journée ${task}` },
    { measure: '  frappes, la plus longue', value: most(keys), unit: keysUnit(most(keys)), target: '', key: `journée ${task} frappes max` },
    { measure: '  frappes, en moyenne', value: mean(keys), unit: keysUnit(mean(keys)), target: '', key: `journée ${task} frappes moyenne` },
    {
      measure: '  dont valeurs tapées (quantité, n°, explication), la plus longue',
      value: most(done.map((one) => one.valueKeys)),
      unit: keysUnit(most(done.map((one) => one.valueKeys))),
      target: '',
      key: `journée ${task} valeurs max`,
    },
    {
      measure: '  frappes hors valeurs tapées, la plus longue',
      value: most(besideValues),
      unit: keysUnit(most(besideValues)),
      target: '',
      key: `journée ${task} hors valeurs max`,
    },
    {
      measure: '  clics, en tout',
      value: done.reduce((sum, one) => sum + one.clicks, 0),
      unit: clicksUnit(done.reduce((sum, one) => sum + one.clicks, 0)),
      target: '',
      key: `journée ${task} clics`,
    },
    {
      measure: '  lectures au scanner (boîtes, bon de livraison), en tout',
      value: done.reduce((sum, one) => sum + one.scans, 0),
      unit: '',
      target: '',
      key: `journée ${task} lectures`,
    },
    { measure: '  secondes, en moyenne', value: mean(done.map((one) => one.seconds)), unit: 's', target: '', key: `journée ${task} secondes` },
  ];
  // The target beside the figure it is about.
  const target = (index: number, text: string, met: boolean) => {
    const row = rows[index];
    if (row) Object.assign(row, { target: text, met });
  };
  if (task === 'dispensation.first' || task === 'dispensation.next') target(1, '≤ 30 frappes', most(keys) <= 30);
  // The delivery note's number is read by the scanner at the delivery's first box: no key.
  if (task === 'receipt' || task === 'receipt.first') target(4, '≤ 3 frappes + la quantité', most(besideValues) <= 3);
  if (task === 'receipt.first') {
    // Not measured: the same box with the note's number typed by hand instead of read,
    // which costs its characters (a delivery note without a barcode, or a scanner that fails).
    const typed = most(keys) + [...DELIVERY_NOTE].length;
    rows.push({
      measure: `  si le n° du bon est tapé au lieu d’être lu (+ ses ${[...DELIVERY_NOTE].length} caractères, calculé)`,
      value: typed,
      unit: keysUnit(typed),
      target: '',
      key: `journée ${task} n° tapé frappes`,
    });
  }
  if (task === 'correction') target(4, '≤ 10 frappes + les valeurs changées', most(besideValues) <= 10);
  return rows;
}

export function dayRows(day: DayFigures): DayRow[] {
  const of = (task: DayTask) => day.tasks.filter((one) => one.task === task);
  return [
    {
      measure: `— une journée au comptoir : ${day.products} produits, ${day.patients} patients connus —`,
      value: NaN,
      unit: '',
      target: '',
      key: 'journée titre',
    },
    ...taskRows('receipt.first', of('receipt.first')),
    ...taskRows('receipt', of('receipt')),
    ...taskRows('dispensation.first', of('dispensation.first')),
    ...taskRows('dispensation.next', of('dispensation.next')),
    ...taskRows('correction', of('correction')),
    { measure: 'durée de la section, veille comprise', value: day.seconds, unit: 's', target: '≤ 120 s', met: day.seconds <= 120, key: 'journée durée' },
  ];
}

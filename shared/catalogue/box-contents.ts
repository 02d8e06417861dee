// How many units of intake a box holds, read from the label of its presentation in the
// catalogue (CIS_CIP_bdpm.txt): « plaquette(s) thermoformée(s) PVC aluminium de 14
// gélule(s) », « 2 plaquette(s) … de 7 comprimé(s) », « 10 ampoule(s) en verre de 1 ml »,
// « 1 flacon(s) … de 40 ml ». The labels are free text: what this cannot read is left to
// the pharmacist, who confirms the figure in every case.
import { searchKey } from './narcotic-substances';

export interface BoxContents {
  /** The unit of intake, as the product form suggests it (comprimé, gélule, patch, ampoule, mL…). */
  unit: string;
  /** Units of intake per box, a whole number. */
  perBox: number;
}

/** Units counted one by one, by the word of the label (without accents) → the register's word. */
const COUNTED: Readonly<Record<string, string>> = {
  gelule: 'gélule',
  comprime: 'comprimé',
  capsule: 'capsule',
  sachet: 'sachet',
  suppositoire: 'suppositoire',
  film: 'film',
  lyophilisat: 'lyophilisat',
  dispositif: 'patch',
  ampoule: 'ampoule',
  seringue: 'seringue',
  'stylo prerempli': 'stylo',
  flacon: 'flacon',
};

/** The word of a count ("14 gélule(s)", "2 plaquette(s) thermoformée(s)"). */
const COUNT = /(\d+)\s+([a-z]+(?:\s+prerempli)?)(?:\(s\)|s)?/g;

export function boxContents(label: string): BoxContents | null {
  const text = searchKey(label);
  const counts = [...text.matchAll(COUNT)].map((match) => ({ count: Number(match[1]), word: match[2] ?? '', index: match.index }));
  // « de 14 gélule(s) »: the inner count; the first count of the label, when another, holds them.
  const inner = [...counts].reverse().find((candidate) => candidate.word in COUNTED || candidate.word === 'ml');
  if (!inner || inner.count === 0) return null;
  const outer = counts[0] !== undefined && counts[0] !== inner ? counts[0].count : 1;
  if (inner.word !== 'ml') return { unit: COUNTED[inner.word] ?? inner.word, perBox: outer * inner.count };
  // Millilitres: « 10 ampoule(s) de 1 ml » counts ampoules; « 1 flacon(s) de 40 ml » counts mL.
  const container = counts.find((candidate) => candidate !== inner && candidate.word in COUNTED);
  if (container && container.count > 1) return { unit: COUNTED[container.word] ?? container.word, perBox: container.count };
  return { unit: 'mL', perBox: (container?.count ?? 1) * inner.count };
}

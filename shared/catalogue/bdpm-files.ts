// The four files of the public medicines catalogue (base de données publique des
// médicaments, BDPM) the register reads, and how many columns each line has. The layout
// is the one the public site documents; docs/catalogue.md says which columns are read.

export const BDPM_FILES = {
  /** One line per medicine (CIS): its name, its form, its routes, its status. */
  specialities: { name: 'CIS_bdpm.txt', columns: 12 },
  /** One line per presentation (box): its label, its CIP13. */
  presentations: { name: 'CIS_CIP_bdpm.txt', columns: 13 },
  /** The substances of each medicine, with their dosage. */
  compositions: { name: 'CIS_COMPO_bdpm.txt', columns: 8 },
  /** The prescribing and dispensing conditions of each medicine, one per line. */
  conditions: { name: 'CIS_CPD_bdpm.txt', columns: 2 },
} as const;

export type BdpmFile = keyof typeof BDPM_FILES;

/** Which of the four files a chosen file is, by its name (as the public site names them); null for another. */
export function bdpmFileOf(fileName: string): BdpmFile | null {
  const base = fileName.split(/[\\/]/).pop()?.toUpperCase() ?? '';
  const found = (Object.keys(BDPM_FILES) as BdpmFile[]).find((file) => BDPM_FILES[file].name.toUpperCase() === base);
  return found ?? null;
}

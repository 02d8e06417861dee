// Which years are due for their automatic archive: every year whose December is closed
// and that has no archive written under its automatic name yet. Archives asked for on
// demand carry their time in their name and do not count.
import type { YearlyArchive } from '../../../shared/ipc/contract';

export function automaticName(registerId: string, year: number): string {
  return `${year}_archive-annuelle_${registerId}.zip`;
}

export function yearsDue(closedMonths: readonly string[], archives: readonly YearlyArchive[], registerId: string): number[] {
  const written = new Set(archives.map((archive) => archive.fileName));
  return closedMonths
    .filter((month) => month.endsWith('-12'))
    .map((month) => Number(month.slice(0, 4)))
    .filter((year) => !written.has(automaticName(registerId, year)))
    .sort((a, b) => a - b);
}

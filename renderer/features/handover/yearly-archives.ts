// Which years are due for their automatic archive: every year whose December is closed
// and that has no archive written under its automatic name yet. Archives asked for on
// demand carry their time in their name and do not count.

export function automaticName(registerId: string, year: number): string {
  return `${year}_archive-annuelle_${registerId}.zip`;
}

export function yearsDue(closedMonths: readonly string[], archiveNames: readonly string[], registerId: string): number[] {
  const written = new Set(archiveNames);
  return closedMonths
    .filter((month) => month.endsWith('-12'))
    .map((month) => Number(month.slice(0, 4)))
    .filter((year) => !written.has(automaticName(registerId, year)))
    .sort((a, b) => a - b);
}

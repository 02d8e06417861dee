// French typography and number display, in one place for the UI, PDFs and the CLI.

/** Narrow no-break spaces before « ; : ! ? » and inside guillemets, as French typesetting wants. */
export function frenchTypography(text: string): string {
  return text.replace(/ ([;:!?»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** Groups the digits of a non-negative integer the French way (1 234 567). */
export function formatInteger(value: number | bigint): string {
  return integerFormat.format(value);
}

// Text the app writes into a CSV or a workbook must stay text: a spreadsheet evaluates a
// cell that begins with = + - @ (or a tab or carriage return before one), so a
// designation or a supplier typed as =HYPERLINK(…) would become a live formula in the
// pharmacist's spreadsheet. OWASP's guidance on CSV injection: prefix such text with an
// apostrophe. A number (-12,5) is left as it is: it is data, not a formula.

const FORMULA_LEAD = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?$/;

export function neutraliseFormula(text: string): string {
  if (!FORMULA_LEAD.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

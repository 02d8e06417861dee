// exceljs 4.4.0 reads an XML boolean attribute only as "1" or "0", but the schema allows
// "true" and "false" too, and LibreOffice writes those: read as is, a sheet protected with
// sheet="true" would lose its protection in the copy, and a cell unlocked with
// locked="false" would come back locked. Before exceljs reads the sheets, the workbook
// and the styles, such attribute values are rewritten as "1" and "0" — the same meaning.
import { strFromU8, strToU8 } from 'fflate';

const PARTS = /^xl\/(workbook\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;

export function hasBooleanWords(name: string): boolean {
  return PARTS.test(name);
}

export function normaliseBooleans(xml: Uint8Array): Uint8Array<ArrayBuffer> {
  const text = strFromU8(xml);
  if (!/="(true|false)"/.test(text)) return new Uint8Array(xml);
  return strToU8(
    text.replace(/<[^<>!?][^<>]*>/g, (tag) =>
      tag.replace(/(\s[\w:]+)="(true|false)"/g, (_, name: string, value: string) => `${name}="${value === 'true' ? '1' : '0'}"`),
    ),
  );
}

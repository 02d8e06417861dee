// The types of the GS1 parser (the package ships none): only what gs1.ts reads.
declare module 'gs1-barcode-parser-mod' {
  export interface ParsedElement {
    ai: string;
    dataTitle: string;
    data: string | number | Date;
    unit: string;
    /** The untouched characters the element was read from. */
    raw: string;
    /** For a date element, its day as YYYY-MM-DD; empty otherwise. */
    isoDate: string;
  }
  export interface ParsedBarcode {
    codeName: string;
    parsedCodeItems: ParsedElement[];
  }
  /** Throws a string (not an Error) when the code cannot be read. */
  export function parseBarcode(barcode: string): ParsedBarcode;
  const library: { parseBarcode: typeof parseBarcode };
  export default library;
}

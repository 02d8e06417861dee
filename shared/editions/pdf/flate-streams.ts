// jsPDF compresses every stream of an edition (each page's content, each embedded font)
// with fflate, then turns the compressed bytes back into a "binary string" one byte at a
// time (`reduce` appending one character per byte): millions of intermediate strings per
// document, a large share of the drawing's garbage collection. The filter put in its
// place, for a chain of FlateEncode alone (the only one the editions ask for: `compress:
// true`), calls the same fflate function on the same bytes and builds the same string by
// slices. Any other chain goes to jsPDF's own function. The PDF's bytes are the same
// either way: an edition's hash must not depend on this.
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';

type Filters = (this: unknown, data: string, chain: unknown) => { data: string; reverseChain: string };

const api = jsPDF.API as unknown as { processDataByFilters: Filters & { original?: Filters } };
/** jsPDF's own function (kept once, should this module be evaluated twice). */
const original: Filters = api.processDataByFilters.original ?? api.processDataByFilters;

/** The chain is FlateEncode alone, as jsPDF writes it for `compress: true`. */
function flateOnly(chain: unknown): boolean {
  const only = typeof chain === 'string' ? chain : Array.isArray(chain) && chain.length === 1 ? (chain[0] as unknown) : null;
  return only === 'FlateEncode' || only === '/FlateEncode';
}

/** Each character's low byte, as jsPDF's Uint8Array assignment keeps it. */
function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** One character per byte, built by slices small enough for `fromCharCode`'s arguments. */
function binaryString(bytes: Uint8Array): string {
  const slices: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 0x8000) slices.push(String.fromCharCode(...bytes.subarray(offset, offset + 0x8000)));
  return slices.join('');
}

/** A TrueType program (version 1.0, or "true"): the subset of an edition font jsPDF embeds. */
function isFontProgram(data: string): boolean {
  return data.startsWith('\0\x01\0\0') || data.startsWith('true');
}

// The documents of one command embed the same two fonts, often with the same characters
// (fifty product registers): the same subset, compressed again for each. The last few
// compressed programs are kept, by their exact uncompressed text; the result of the
// same function on the same text is the same.
const RECENT_FONT_PROGRAMS = 8;
const fontPrograms = new Map<string, string>();

function compressed(data: string): string {
  const font = isFontProgram(data);
  const known = font ? fontPrograms.get(data) : undefined;
  if (known !== undefined) return known;
  const result = binaryString(zlibSync(bytesOf(data)));
  if (font) {
    if (fontPrograms.size >= RECENT_FONT_PROGRAMS) fontPrograms.delete(fontPrograms.keys().next().value!);
    fontPrograms.set(data, result);
  }
  return result;
}

api.processDataByFilters = Object.assign(
  function (this: unknown, data: string, chain: unknown) {
    if (!flateOnly(chain)) return original.call(this, data, chain);
    return { data: compressed(data || ''), reverseChain: '/FlateDecode' };
  },
  { original },
);

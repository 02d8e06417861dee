// jsPDF compresses every stream of an edition (each page's content, each embedded font)
// with fflate, then turns the compressed bytes back into a "binary string" one byte at a
// time (`reduce` appending one character per byte): millions of intermediate strings per
// document, a large share of the drawing's garbage collection. The filter put in its
// place, for a chain of FlateEncode alone (the only one the editions ask for: `compress:
// true`), compresses the same bytes into the same format and builds the string by slices.
// Any other chain goes to jsPDF's own function.
//
// Where the program has Node's zlib (the command line, the main process), it compresses:
// native code, in under half of fflate's time, and a few per cent smaller. The window and
// the verifier page keep fflate, whose bytes are jsPDF's own. Either way the same program
// gives the same bytes for the same document: an edition's hash is that of the file
// written, recorded as it is made, and nothing draws a recorded edition again.
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';
import { binaryString } from './binary-string';

type Filters = (this: unknown, data: string, chain: unknown) => { data: string; reverseChain: string };

const api = jsPDF.API as unknown as { processDataByFilters: Filters & { original?: Filters } };
/** jsPDF's own function (kept once, should this module be evaluated twice). */
const original: Filters = api.processDataByFilters.original ?? api.processDataByFilters;

/** A zlib stream (RFC 1950) of the bytes given, at the default level. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

interface NodeZlib {
  deflateSync(bytes: Uint8Array): Uint8Array;
}

interface Host {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

/** Node's zlib when the program running has it, fflate otherwise. */
export function platformDeflate(host: Host = globalThis as Host): Deflate {
  const zlib = host.process?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  return zlib ? (bytes) => zlib.deflateSync(bytes) : (bytes) => zlibSync(bytes);
}

const deflate = platformDeflate();

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
  const result = binaryString(deflate(bytesOf(data)));
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

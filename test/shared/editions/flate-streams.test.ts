import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { unzlibSync, zlibSync } from 'fflate';
import { deflateSync } from 'node:zlib';
import { platformDeflate } from '../../../shared/editions/pdf/flate-streams';

type Filters = (data: string, chain: unknown) => { data: string; reverseChain: string };
const api = jsPDF.API as unknown as { processDataByFilters: Filters & { original: Filters } };
const original = api.processDataByFilters.original;

/** A document of a few pages, with an embedded standard font and text, as jsPDF compresses it. */
function document(): string {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  for (let page = 0; page < 3; page += 1) {
    if (page > 0) doc.addPage();
    for (let line = 0; line < 40; line += 1) doc.text(`Page ${page + 1}, ligne ${line} : délivrance n° ${page * 40 + line}`, 10, 10 + line * 6);
  }
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  return doc.output();
}

/** Each character's low byte, as jsPDF keeps it. */
function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}

/** What a reader of the PDF gets back from a compressed stream. */
function inflated(data: string): Uint8Array {
  return unzlibSync(bytesOf(data));
}

/** Every stream of a PDF, as a reader inflates it. */
function streamsOf(pdf: string): Uint8Array[] {
  return [...pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((match) => inflated(match[1]!));
}

/** Every byte value, a long run of varied text, and characters past one byte, which jsPDF cuts to their low byte. */
const samples = [
  '',
  'BT /F1 12 Tf 10 20 Td (Registre) Tj ET',
  Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join(''),
  Array.from({ length: 100_000 }, (_, index) => String.fromCharCode((index * 7919) % 251)).join(''),
  'é€ — ﻻ',
];

describe('jsPDF’s stream compression, built by slices', () => {
  it('is installed in jsPDF’s place', () => {
    expect(api.processDataByFilters).not.toBe(original);
  });

  it.each(['FlateEncode', '/FlateEncode', ['FlateEncode']])('gives for the chain %j a zlib stream of what jsPDF would compress', (chain) => {
    for (const data of samples) {
      const result = api.processDataByFilters(data, chain);
      expect(result.reverseChain).toBe(original(data, chain).reverseChain);
      expect(inflated(result.data)).toEqual(bytesOf(data));
    }
  });

  it('compresses with Node’s zlib here, where the command line and the main process draw', () => {
    for (const data of samples) {
      expect(api.processDataByFilters(data, ['FlateEncode']).data).toBe(String.fromCharCode(...deflateSync(bytesOf(data))));
    }
  });

  it('gives a font program, kept once compressed, what compressing it again gives', () => {
    const programs = Array.from({ length: 12 }, (_, index) => `${index % 2 === 0 ? '\0\x01\0\0' : 'true'}${'glyphes '.repeat(500)}${index % 5}`);
    // Twice over more programs than are kept: some come from the kept ones, some are compressed again.
    for (const data of [...programs, ...programs.slice().reverse(), ...programs]) {
      expect(api.processDataByFilters(data, ['FlateEncode']).data).toBe(String.fromCharCode(...deflateSync(bytesOf(data))));
    }
  });

  it('hands any other chain to jsPDF', () => {
    for (const chain of [['ASCIIHexEncode'], ['ASCIIHexEncode', 'FlateEncode'], []]) {
      expect(api.processDataByFilters('abc', chain)).toEqual(original('abc', chain));
    }
  });

  it('gives a document the content jsPDF gives it, and the same bytes each time', () => {
    const patched = api.processDataByFilters;
    const withNodeZlib = document();
    api.processDataByFilters = original as Filters & { original: Filters };
    let withFflate: string;
    try {
      withFflate = document();
    } finally {
      api.processDataByFilters = patched;
    }
    expect(streamsOf(withNodeZlib)).toHaveLength(3);
    expect(streamsOf(withNodeZlib)).toEqual(streamsOf(withFflate));
    expect(withNodeZlib).not.toBe(withFflate);
    expect(document()).toBe(withNodeZlib);
  });
});

describe('the compression a program has', () => {
  const bytes = bytesOf(samples[3]!);

  it('is fflate’s, jsPDF’s own bytes, where there is no Node (the window, the verifier page)', () => {
    expect(platformDeflate({})(bytes)).toEqual(zlibSync(bytes));
    expect(platformDeflate({ process: {} })(bytes)).toEqual(zlibSync(bytes));
  });

  it('is Node’s zlib where the program has it', () => {
    const host = { process: { getBuiltinModule: (id: string) => (id === 'node:zlib' ? { deflateSync } : undefined) } };
    expect(Buffer.from(platformDeflate(host)(bytes)).equals(deflateSync(bytes))).toBe(true);
    expect(platformDeflate(host)(bytes)).not.toEqual(zlibSync(bytes));
  });
});

import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import '../../../shared/editions/pdf/flate-streams';

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

  it.each(['FlateEncode', '/FlateEncode', ['FlateEncode']])('gives what jsPDF gives for the chain %j', (chain) => {
    for (const data of samples) expect(api.processDataByFilters(data, chain)).toEqual(original(data, chain));
  });

  it('gives a font program, kept once compressed, what jsPDF gives each time', () => {
    const programs = Array.from({ length: 12 }, (_, index) => `${index % 2 === 0 ? '\0\x01\0\0' : 'true'}${'glyphes '.repeat(500)}${index % 5}`);
    // Twice over more programs than are kept: some come from the kept ones, some again from fflate.
    for (const data of [...programs, ...programs.slice().reverse(), ...programs]) {
      expect(api.processDataByFilters(data, ['FlateEncode'])).toEqual(original(data, ['FlateEncode']));
    }
  });

  it('hands any other chain to jsPDF', () => {
    for (const chain of [['ASCIIHexEncode'], ['ASCIIHexEncode', 'FlateEncode'], []]) {
      expect(api.processDataByFilters('abc', chain)).toEqual(original('abc', chain));
    }
  });

  it('gives a document the bytes jsPDF gives it', () => {
    const patched = api.processDataByFilters;
    const withSlices = document();
    api.processDataByFilters = original as Filters & { original: Filters };
    try {
      expect(withSlices).toBe(document());
    } finally {
      api.processDataByFilters = patched;
    }
  });
});

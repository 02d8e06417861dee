import { describe, expect, it } from 'vitest';
import { classifyBurst, isBoxCode } from '../../../shared/scan/delivery-note-scan';

const CIP = '3400930039946';
const GS = '\u001d';

describe('classifyBurst, while the receipt form waits for its delivery note', () => {
  it('takes a Code 128 number for the note, its AIM prefix dropped', () => {
    expect(classifyBurst(']C0BL-2026-1205')).toEqual({ kind: 'deliveryNote', note: 'BL-2026-1205' });
    expect(classifyBurst(']A0LIV20261205')).toEqual({ kind: 'deliveryNote', note: 'LIV20261205' });
    expect(classifyBurst('BL-2026-1205')).toEqual({ kind: 'deliveryNote', note: 'BL-2026-1205' });
  });

  it('never lets a control character or the GS separator into the note', () => {
    expect(classifyBurst(`${GS}BL${GS}2026\u00041205\r\n`)).toEqual({ kind: 'deliveryNote', note: 'BL20261205' });
  });

  it('says there is nothing when the burst held only controls', () => {
    expect(classifyBurst(`]C0${GS}${GS}`)).toEqual({ kind: 'nothing' });
  });

  it('leaves a box code to the box: an EAN-13 of a CIP13, a DataMatrix with or without its prefix', () => {
    expect(classifyBurst(CIP)).toEqual({ kind: 'boxCode' });
    expect(classifyBurst(`]d201${'0' + CIP}172806001012AB${GS}21SN1`)).toEqual({ kind: 'boxCode' });
    expect(classifyBurst(`01${'0' + CIP}17280600` + `10L1${GS}21SN1`)).toEqual({ kind: 'boxCode' });
    // The lot first, the GTIN after: still a box.
    expect(classifyBurst(`10L1${GS}01${'0' + CIP}`)).toEqual({ kind: 'boxCode' });
  });

  it('takes thirteen digits whose EAN check digit is wrong for a note: a scanner checks it before typing an EAN-13', () => {
    expect(isBoxCode('3400930039947')).toBe(false);
    expect(classifyBurst('3400930039947')).toEqual({ kind: 'deliveryNote', note: '3400930039947' });
  });

  it('takes a number of digits that a GS1 reading could parse, without a GTIN, for a note', () => {
    expect(classifyBurst('202612050001')).toEqual({ kind: 'deliveryNote', note: '202612050001' });
  });
});

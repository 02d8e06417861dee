// The Éditions tab's filters: kind, month covered, product.
import { describe, expect, it } from 'vitest';
import type { RecordedEdition } from '../../../../renderer/features/editions/edition-events';
import { coveredMonths, editionMatches, EVERY_EDITION } from '../../../../renderer/features/editions/edition-filter';

function edition(seq: number, kind: RecordedEdition['edition'], from: string, to: string, productId?: string): RecordedEdition {
  return {
    format: 1,
    seq,
    prevHash: '0'.repeat(64),
    recordedAt: `${to}T18:00:00.000Z`,
    operationDate: to,
    validatedBy: { name: 'Hélène Durand', orderNumber: '10101234567' },
    hash: 'f'.repeat(64),
    type: 'edition.produced',
    edition: kind,
    from,
    to,
    ...(productId ? { productId } : {}),
    fileName: `edition-${seq}.pdf`,
    sha256: 'a'.repeat(64),
    size: 1000,
  } as RecordedEdition;
}

const march = edition(10, 'product-register', '2026-03-01', '2026-03-31', 'P2');
const quarter = edition(11, 'dispensations', '2026-02-15', '2026-04-10');
const integrity = edition(12, 'integrity', '2026-01-01', '2026-05-02');

describe('editionMatches', () => {
  it('keeps every edition without a filter', () => {
    expect([march, quarter, integrity].filter((one) => editionMatches(one, EVERY_EDITION))).toHaveLength(3);
  });

  it('keeps the editions of a kind, covering a month, about a product', () => {
    expect(editionMatches(march, { ...EVERY_EDITION, kind: 'product-register' })).toBe(true);
    expect(editionMatches(quarter, { ...EVERY_EDITION, kind: 'product-register' })).toBe(false);
    expect(editionMatches(quarter, { ...EVERY_EDITION, month: '2026-04' })).toBe(true);
    expect(editionMatches(march, { ...EVERY_EDITION, month: '2026-04' })).toBe(false);
    expect(editionMatches(march, { ...EVERY_EDITION, productId: 'P2' })).toBe(true);
    // An edition of all products is about no product in particular.
    expect(editionMatches(quarter, { ...EVERY_EDITION, productId: 'P2' })).toBe(false);
  });
});

describe('coveredMonths', () => {
  it('lists each month an edition covers, newest first; the integrity report by its day only', () => {
    expect(coveredMonths([march, quarter, integrity])).toEqual(['2026-05', '2026-04', '2026-03', '2026-02']);
  });

  it('crosses a year', () => {
    expect(coveredMonths([edition(1, 'dispensations', '2025-12-20', '2026-01-05')])).toEqual(['2026-01', '2025-12']);
  });
});

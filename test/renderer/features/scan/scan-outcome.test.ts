import { describe, expect, it } from 'vitest';
import { scanOutcome } from '../../../../renderer/features/scan/use-box-scan';
import { productSummary, SKENAN_CIP } from '../../../fixtures/product-summary';

const CIP = SKENAN_CIP;
const product = productSummary;

describe('scanOutcome', () => {
  it('chooses the product whose CIP13 the box carries, with the code read', () => {
    const skenan = product();
    const other = product({ productId: 'p2', designation: 'Oxynorm', cip13: '3400934988035' });
    expect(scanOutcome(`010${CIP}10L1\u001d17280331`, [other, skenan])).toEqual({
      kind: 'read',
      product: skenan,
      code: { cip13: CIP, lot: 'L1', expiry: '2028-03-31' },
    });
  });

  it('says a code of no product of the register is unknown', () => {
    expect(scanOutcome(CIP, [product({ cip13: '3400934988035' })])).toEqual({ kind: 'unknown', code: { cip13: CIP } });
  });

  it('refuses the box of a deactivated product, naming it', () => {
    expect(scanOutcome(CIP, [product({ active: false })])).toMatchObject({
      kind: 'refused',
      error: { code: 'product.inactive', params: { designation: 'Skenan LP' } },
    });
  });

  it('refuses what is not a box code', () => {
    expect(scanOutcome('1234567890123', [product()])).toMatchObject({ kind: 'refused', error: { code: 'scan.checkDigit' } });
  });
});

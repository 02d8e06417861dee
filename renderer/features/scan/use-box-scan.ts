// What a scanned box does on the entry and exit screens: it chooses the product whose
// CIP13 it carries and hands on its lot and expiry; a code the register does not know is
// said, with the product to create when the imported catalogue has it.
import { useState } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { readBoxCode, type BoxCode } from '../../../shared/scan/box-code';
import type { ProductSummary } from '../../db/register-store';
import { useWedgeScanner } from './use-wedge-scanner';

export type ScanNotice = { kind: 'read'; product: ProductSummary; code: BoxCode } | { kind: 'unknown'; code: BoxCode } | { kind: 'refused'; error: AppError };

interface BoxScanOptions {
  products: readonly ProductSummary[];
  /** The product is chosen; the form takes what it uses of the code (lot, expiry). */
  onProduct: (productId: string, code: BoxCode) => void;
  /** The box is of no product the form can take: what an earlier scan chose must not stay chosen. */
  onNoProduct: () => void;
}

/** What a scan says, as the form shows it. Pure, so that the screens and the tests agree. */
export function scanOutcome(typed: string, products: readonly ProductSummary[]): ScanNotice {
  const code = readBoxCode(typed);
  if (!code.ok) return { kind: 'refused', error: code.error };
  const product = products.find((candidate) => candidate.cip13 === code.value.cip13);
  if (!product) return { kind: 'unknown', code: code.value };
  if (!product.active) return { kind: 'refused', error: appError('product.inactive', 'productId', { designation: product.designation }) };
  return { kind: 'read', product, code: code.value };
}

export function useBoxScan({ products, onProduct, onNoProduct }: BoxScanOptions) {
  const [notice, setNotice] = useState<ScanNotice | null>(null);
  useWedgeScanner((typed) => {
    const outcome = scanOutcome(typed, products);
    setNotice(outcome);
    if (outcome.kind === 'read') onProduct(outcome.product.productId, outcome.code);
    else onNoProduct();
  });
  /** The product just created for the unknown box: chosen as if the box had been read. */
  const adopt = (productId: string) => {
    if (notice?.kind === 'unknown') onProduct(productId, notice.code);
  };
  return { notice, dismiss: () => setNotice(null), adopt };
}

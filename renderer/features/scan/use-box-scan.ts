// What a scanned box does on the entry and exit screens: it chooses the product whose
// CIP13 it carries and hands on its lot and expiry; a code the register does not know is
// said, with the product to create when the imported catalogue has it. A form that waits
// for a delivery note's number takes a scanned code that is no box as that number.
import { useEffect, useRef, useState } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { readBoxCode, type BoxCode } from '../../../shared/scan/box-code';
import type { ProductSummary } from '../../db/register-store';
import { classifyBurst, MIN_NOTE_SCAN_LENGTH } from '../../../shared/scan/delivery-note-scan';
import { MIN_SCAN_LENGTH } from '../../../shared/scan/wedge-burst';
import { useHeldScan } from './held-scan-context';
import { useWedgeScanner } from './use-wedge-scanner';

export type ScanNotice =
  | { kind: 'read'; product: ProductSummary; code: BoxCode }
  | { kind: 'unknown'; code: BoxCode }
  | { kind: 'refused'; error: AppError }
  | { kind: 'deliveryNote'; note: string };

/** A form that records a delivery note's number: when it waits for it, and what it does with a scanned one. */
export interface DeliveryNoteScan {
  awaited: () => boolean;
  onNote: (note: string) => void;
}

interface BoxScanOptions {
  products: readonly ProductSummary[];
  /**
   * Whether the products have been read: before, a box would be said unknown, so its scan
   * is held and taken once they are (shared/scan/held-scan.ts), as is one scanned while
   * the screen was loading.
   */
  ready: boolean;
  /** The product is chosen; the form takes what it uses of the code (lot, expiry). */
  onProduct: (productId: string, code: BoxCode) => void;
  /** The box is of no product the form can take: what an earlier scan chose must not stay chosen. */
  onNoProduct: () => void;
  deliveryNote?: DeliveryNoteScan | undefined;
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

export function useBoxScan({ products, ready, onProduct, onNoProduct, deliveryNote }: BoxScanOptions) {
  const [notice, setNotice] = useState<ScanNotice | null>(null);
  const held = useHeldScan();
  const read = (typed: string) => {
    const burst = deliveryNote?.awaited() ? classifyBurst(typed) : null;
    if (burst?.kind === 'deliveryNote') {
      // The note's number, not a box: what the last scan chose stays chosen.
      setNotice(burst);
      deliveryNote?.onNote(burst.note);
      return;
    }
    const outcome = scanOutcome(typed, products);
    setNotice(outcome);
    if (outcome.kind === 'read') onProduct(outcome.product.productId, outcome.code);
    else onNoProduct();
  };
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
  });
  useWedgeScanner((typed) => (ready ? read(typed) : held.hold(typed)), {
    shortest: () => (deliveryNote?.awaited() ? MIN_NOTE_SCAN_LENGTH : MIN_SCAN_LENGTH),
  });
  // Once the form can read a box, it reads the one scanned while it could not, once.
  useEffect(() => {
    if (!ready) return;
    const typed = held.take();
    if (typed !== null) latestRead.current(typed);
  }, [ready, held]);
  /** The product just created for the unknown box: chosen as if the box had been read. */
  const adopt = (productId: string) => {
    if (notice?.kind === 'unknown') onProduct(productId, notice.code);
  };
  return { notice, dismiss: () => setNotice(null), adopt };
}

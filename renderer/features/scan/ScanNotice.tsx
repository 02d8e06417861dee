// What the last scan did, above the form: the box read, or why it was not.
import { CatalogueOffer } from '../catalogue/CatalogueOffer';
import { describeError } from '../../../shared/errors';
import { expiryField } from '../../../shared/scan/box-code';
import { scanWords } from './messages';
import type { ScanNotice as Notice } from './use-box-scan';

interface ScanNoticeProps {
  notice: Notice | null;
  onDismiss: () => void;
  /** A product created from the catalogue for the unknown box: the form chooses it. */
  onCreated: (productId: string) => void;
}

export function ScanNotice({ notice, onDismiss, onCreated }: ScanNoticeProps) {
  if (!notice) return null;
  const close = (
    <button type="button" className="link scan-notice__close" onClick={onDismiss}>
      {scanWords.dismiss}
    </button>
  );
  if (notice.kind === 'refused') {
    return (
      <div className="outcome outcome--error scan-notice" role="alert">
        {describeError(notice.error)} {close}
      </div>
    );
  }
  if (notice.kind === 'unknown') {
    return (
      <div className="outcome outcome--error scan-notice" role="alert">
        <p>{scanWords.unknown(notice.code.cip13)}</p>
        <CatalogueOffer cip13={notice.code.cip13} onCreated={onCreated} />
        {close}
      </div>
    );
  }
  if (notice.kind === 'deliveryNote') {
    return (
      <p className="outcome outcome--success scan-notice" role="status">
        {scanWords.deliveryNote(notice.note)}
      </p>
    );
  }
  const { code, product } = notice;
  return (
    <p className="outcome outcome--success scan-notice" role="status">
      {scanWords.read(product.designation)}
      {code.lot ? scanWords.lot(code.lot) : ''}
      {code.expiry ? scanWords.expiry(expiryField(code.expiry)) : ''}
    </p>
  );
}

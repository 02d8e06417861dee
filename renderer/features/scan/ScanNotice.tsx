// What the last scan did, above the form: the box read, or why it was not.
import type { ReactNode } from 'react';
import { describeError } from '../../../shared/errors';
import { expiryField } from '../../../shared/scan/box-code';
import { scanWords } from './messages';
import type { ScanNotice as Notice } from './use-box-scan';

interface ScanNoticeProps {
  notice: Notice | null;
  onDismiss: () => void;
  /** What to offer for a code the register does not know (the catalogue's presentation). */
  unknownOffer?: (cip13: string) => ReactNode;
}

export function ScanNotice({ notice, onDismiss, unknownOffer }: ScanNoticeProps) {
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
        {unknownOffer ? unknownOffer(notice.code.cip13) : <p>{scanWords.createHint}</p>}
        {close}
      </div>
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

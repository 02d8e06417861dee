// On the Stock tab: the lots still dispensable that are expired or expire within 60 days,
// each with the one action that sets it aside in quarantine (after a confirmation), and
// the form to set aside any other stock (altered, broken…).
import { useState } from 'react';
import { quantityWithUnit, unitFor } from '../../../shared/format/quantity-with-unit';
import { formatDay, formatMonth, localDay } from '../../../shared/register/dates';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { EXPIRY_WINDOW_DAYS, expiringLots, type ExpiringLot } from '../../../shared/stock/lots';
import { dispensable, EMPTY_STOCK } from '../../../shared/stock/movements';
import { FormOutcome } from '../../components/FormOutcome';
import type { ProductSummary } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { QuarantineForm } from './QuarantineForm';
import './quarantine.css';

const t = fr.quarantine;

function statusText(lot: ExpiringLot): string {
  return t.statuses[lot.status](formatDay(lot.usableUntil));
}

export function QuarantineSection() {
  const products = useRegisterQuery((store) => store.products()) ?? [];
  const lots = useRegisterQuery((store) => store.lots());
  const stock = useRegisterQuery((store) => store.stock());
  const recorder = useRecord();
  const [confirming, setConfirming] = useState<ExpiringLot | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = localDay(new Date());
  const listed = lots ? expiringLots(lots, today) : undefined;
  const productOf = (productId: string) => products.find((product) => product.productId === productId);
  // What can still be set aside of a lot: its estimate, never more than the product's dispensable stock.
  const movable = (lot: ExpiringLot): Milli => {
    const held = dispensable(stock?.get(lot.productId) ?? EMPTY_STOCK);
    return (lot.dispensable < held ? lot.dispensable : held) as Milli;
  };

  const confirm = async (lot: ExpiringLot) => {
    setDone(null);
    const saved = await recorder.record({
      operationDate: today,
      body: {
        type: 'quarantine.moved',
        productId: lot.productId,
        quantity: movable(lot),
        lot: lot.lot,
        reason: lot.status === 'expired' ? 'expired' : 'other',
        ...(lot.status === 'expired' ? {} : { comment: t.nearExpiry(formatMonth(lot.expiry)) }),
      },
    });
    setConfirming(null);
    if (saved) setDone(t.done(saved.seq, lot.lot));
  };

  return (
    <section className="quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t.title}</h2>
      <p className="lead">{t.intro(EXPIRY_WINDOW_DAYS)}</p>
      <FormOutcome error={recorder.error} success={done} />
      {listed === undefined ? null : listed.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <>
          <table className="table expiring-table" aria-label={t.tableLabel}>
            <thead>
              <tr>
                <th>{t.product}</th>
                <th>{t.lot}</th>
                <th>{t.expiry}</th>
                <th>{t.status}</th>
                <th className="number">{t.available}</th>
                <th className="number">{t.inQuarantine}</th>
                <th className="row-action" />
              </tr>
            </thead>
            <tbody>
              {listed.map((lot) => {
                const product = productOf(lot.productId);
                return (
                  <tr key={`${lot.productId}|${lot.lot}`} className={`expiry--${lot.status}`}>
                    <td>{product ? product.designation : lot.productId}</td>
                    <td className="strong">{lot.lot}</td>
                    <td>{formatMonth(lot.expiry)}</td>
                    <td className="expiry-status">{statusText(lot)}</td>
                    <td className="number">
                      {formatQuantity(lot.dispensable)} <span className="muted">{unitFor(lot.dispensable, product?.unit ?? '')}</span>
                    </td>
                    <td className="number">{lot.quarantine > 0 ? formatQuantity(lot.quarantine) : '—'}</td>
                    <td className="row-action">
                      <button
                        type="button"
                        className={lot.status === 'soon' ? 'secondary' : 'primary'}
                        aria-label={t.moveLabel(lot.lot)}
                        disabled={recorder.saving || movable(lot) <= 0}
                        onClick={() => {
                          setDone(null);
                          setConfirming(lot);
                        }}
                      >
                        {t.move}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="field__hint">{t.estimate}</p>
        </>
      )}
      {confirming ? (
        <Confirmation
          lot={confirming}
          product={productOf(confirming.productId)}
          quantity={movable(confirming)}
          saving={recorder.saving}
          onConfirm={() => void confirm(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      <details className="quarantine-other">
        <summary>{t.formOpen}</summary>
        <QuarantineForm lots={lots ?? []} />
      </details>
    </section>
  );
}

function Confirmation({
  lot,
  product,
  quantity,
  saving,
  onConfirm,
  onCancel,
}: {
  lot: ExpiringLot;
  product: ProductSummary | undefined;
  quantity: Milli;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="card quarantine-confirm" role="alertdialog" aria-labelledby="quarantine-confirm-title" aria-describedby="quarantine-confirm-text">
      <h3 id="quarantine-confirm-title">{t.confirmTitle}</h3>
      <p id="quarantine-confirm-text">{t.confirmText(quantityWithUnit(quantity, product?.unit ?? ''), lot.lot, product?.designation ?? lot.productId)}</p>
      <div className="quarantine-confirm__buttons">
        <button type="button" className="primary" onClick={onConfirm} disabled={saving} autoFocus>
          {t.confirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={saving}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

// The monthly balances sealed in the register (R. 5132-36): one closure per ended month,
// each product's opening stock, entries and exits by kind, closing stock.
import { useState } from 'react';
import { formatMonth, localDay, monthOf } from '../../../shared/register/dates';
import type { MovementType, ProductMonthBalance } from '../../../shared/register/events';
import { MOVEMENT_LABELS } from '../../../shared/register/labels';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { FormOutcome } from '../../components/FormOutcome';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import '../editions/editions.css';
import { ClosureEditionsStatus } from './ClosureEditionsStatus';
import type { MonthlyClosureState } from './use-monthly-closure';

export function MonthlyBalances({ closure: closureState }: { closure: MonthlyClosureState }) {
  const closures = useRegisterQuery((store) => store.closures()) ?? [];
  const printer = usePrint();
  const currentMonth = monthOf(localDay(new Date()));
  const products = useRegisterQuery((store) => store.products()) ?? [];
  const [chosen, choose] = useState<string | null>(null);
  const closure = closures.find((candidate) => candidate.month === chosen) ?? closures.at(-1);
  const designation = (productId: string) => products.find((product) => product.productId === productId)?.designation ?? productId;
  // The month under way is not sealed yet: its balance is computed at the edition, and the page says so.
  const currentButton = (
    <PrintButton
      printer={printer}
      name="current"
      label={fr.editions.print.currentMonthBalance(formatMonth(currentMonth))}
      onClick={() => void printer.print('current', { kind: 'month-balance', month: currentMonth })}
    />
  );

  return (
    <section className="screen" aria-labelledby="balances-title">
      <h1 id="balances-title">{fr.balances.title}</h1>
      <p className="muted">{fr.balances.intro}</p>
      <FormOutcome error={closureState.error} success={null} />
      <ClosureEditionsStatus closure={closureState} />
      {closure ? (
        <>
          <div className="toolbar toolbar--wide">
            <label className="inline-label">
              {fr.balances.month}{' '}
              <select value={closure.month} onChange={(event) => choose(event.target.value)}>
                {closures.map((candidate) => (
                  <option key={candidate.month} value={candidate.month}>
                    {formatMonth(candidate.month)}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted">{fr.balances.sealed(closure.seq, closure.head.seq, closure.head.hash.slice(0, 16))}</span>
          </div>
          <div className="print-inline">
            <PrintButton
              printer={printer}
              name="closed"
              className="primary"
              label={fr.editions.print.monthBalance(formatMonth(closure.month))}
              onClick={() => void printer.print('closed', { kind: 'month-balance', month: closure.month })}
            />
            {currentButton}
          </div>
          <PrintOutcome printer={printer} />
          {closure.products.length > 0 ? (
            <table className="table" aria-label={fr.balances.tableLabel(formatMonth(closure.month))}>
              <thead>
                <tr>
                  <th>{fr.stock.designation}</th>
                  <th className="number">{fr.balances.opening}</th>
                  <th className="number">{fr.balances.entries}</th>
                  <th className="number">{fr.balances.exits}</th>
                  <th className="number">{fr.balances.closing}</th>
                  <th className="number">{fr.balances.quarantine}</th>
                </tr>
              </thead>
              <tbody>
                {closure.products.map((line) => (
                  <tr key={line.productId}>
                    <td>{designation(line.productId)}</td>
                    <td className="number">{formatQuantity(line.opening)}</td>
                    <td className="number">
                      {formatQuantity(line.entries)}
                      <KindDetail byKind={line.entriesByKind} />
                    </td>
                    <td className="number">
                      {formatQuantity(line.exits)}
                      <KindDetail byKind={line.exitsByKind} />
                    </td>
                    <td className="number strong">{formatQuantity(line.closing)}</td>
                    <td className="number">{line.closingQuarantine > 0 ? formatQuantity(line.closingQuarantine) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="empty">{fr.balances.noProduct}</p>
          )}
        </>
      ) : (
        <>
          <p className="empty">{fr.balances.none}</p>
          <div className="print-inline">{currentButton}</div>
          <PrintOutcome printer={printer} />
        </>
      )}
    </section>
  );
}

function KindDetail({ byKind }: { byKind: ProductMonthBalance['entriesByKind'] }) {
  const kinds = Object.entries(byKind) as [MovementType, Milli][];
  if (kinds.length === 0) return null;
  return <span className="kind-detail">{kinds.map(([kind, quantity]) => `${MOVEMENT_LABELS[kind]} ${formatQuantity(quantity)}`).join(' · ')}</span>;
}

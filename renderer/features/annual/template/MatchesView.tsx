// The matches of the year's lines to the workbook's rows: those found (by NDS number,
// GTIN/CIP or a confirmation remembered, which can be forgotten), the proposals to confirm
// once or leave unmatched, and the lines without a row.
import { useState } from 'react';
import type { MatchItem } from '../../../../shared/jare/matching';
import type { MatchesView as View, ProposalLine } from './matches-view';
import { t } from './messages';

interface MatchesViewProps {
  view: View;
  confirm: (item: MatchItem, rowKey: string, text: string) => unknown;
  forget: (item: MatchItem, text: string) => unknown;
  leave: (item: MatchItem) => void;
}

function ProposalForm({ line, confirm, leave }: { line: ProposalLine } & Pick<MatchesViewProps, 'confirm' | 'leave'>) {
  const [rowKey, setRowKey] = useState(line.options[0]?.rowKey ?? '');
  const { item } = line.proposal;
  return (
    <li className="jare-proposal">
      <strong>{line.label}</strong> <span className="muted">({line.reasonText})</span>
      <div className="jare-proposal__choice">
        <select aria-label={t.chooseRow(line.label)} value={rowKey} onChange={(event) => setRowKey(event.target.value)}>
          {line.options.map((option) => (
            <option key={option.rowKey} value={option.rowKey}>
              {option.text}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => void confirm(item, rowKey, t.confirmed(line.label))}>
          {t.confirm}
        </button>
        <button type="button" className="link" onClick={() => leave(item)}>
          {t.leave}
        </button>
      </div>
    </li>
  );
}

export function MatchesView({ view, confirm, forget, leave }: MatchesViewProps) {
  return (
    <section className="jare-matches" aria-label={t.matchesTitle}>
      <h3>{t.matchesTitle}</h3>
      {view.matched.length === 0 ? (
        <p className="muted">{t.noneMatched}</p>
      ) : (
        <table className="table annual-table" aria-label={t.matchedCaption}>
          <thead>
            <tr>
              <th scope="col">{t.columns.sheet}</th>
              <th scope="col">{t.columns.item}</th>
              <th scope="col">{t.columns.row}</th>
              <th scope="col">{t.columns.unit}</th>
              <th scope="col">{t.columns.by}</th>
              <th scope="col">{t.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {view.matched.map((line) => (
              <tr key={line.id}>
                <td>{line.sheet}</td>
                <td>{line.label}</td>
                <td>
                  {line.row} — {line.rowName}
                </td>
                <td>{line.unit}</td>
                <td>{line.byText}</td>
                <td>
                  {line.by === 'confirmed' ? (
                    <button type="button" className="link" aria-label={t.forget(line.label)} onClick={() => void forget(line.item, t.forgotten(line.label))}>
                      {t.forgetShort}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.toConfirm.length > 0 ? (
        <>
          <h4>{t.toConfirmTitle}</h4>
          <ul className="jare-proposals" aria-label={t.toConfirmTitle}>
            {view.toConfirm.map((line) => (
              <ProposalForm key={line.id} line={line} confirm={confirm} leave={leave} />
            ))}
          </ul>
        </>
      ) : null}
      {view.withoutRow.length > 0 ? (
        <>
          <h4>{t.withoutRowTitle}</h4>
          <ul aria-label={t.withoutRowTitle}>
            {view.withoutRow.map((line) => (
              <li key={line.id}>
                {line.label} ({line.sheetText})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted">{t.remembered}</p>
    </section>
  );
}

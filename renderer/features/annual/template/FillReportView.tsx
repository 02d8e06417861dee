// The filling report on screen: where the copy was saved, the totals, every cell written
// (row, column, value, unit) and what needs attention, in the very sentences of the PDF.
import { attentionSentences, totalsSentence } from '../../../../shared/jare/fill-report-wording';
import { frenchDecimal } from '../../../../shared/jare/units';
import { t } from './messages';
import type { FilledCopy } from './use-jare-template';

export function FillReportView({ filled }: { filled: FilledCopy }) {
  const { report, saved } = filled;
  const attention = attentionSentences(report);
  const columns = t.filledColumns;
  return (
    <section className="jare-report" aria-label={t.reportTitle}>
      <h3>{t.reportTitle}</h3>
      <p className="outcome outcome--success" role="status">
        {t.saved(saved.path, saved.sha256)}
      </p>
      <p className="annual-check">{totalsSentence(report)}</p>
      {report.filled.length === 0 ? (
        <p>{t.noneFilled}</p>
      ) : (
        <table className="table annual-table" aria-label={t.filledCaption}>
          <thead>
            <tr>
              {[columns.sheet, columns.row, columns.column, columns.header, columns.item].map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col" className="number">
                {columns.value}
              </th>
              <th scope="col">{columns.unit}</th>
            </tr>
          </thead>
          <tbody>
            {report.filled.map((write) => (
              <tr key={`${write.sheet}!${write.letter}${write.row}`}>
                <td>{write.sheet}</td>
                <td className="number">{write.row}</td>
                <td>{write.letter}</td>
                <td>{write.header}</td>
                <td>{write.itemLabel}</td>
                <td className="number">{frenchDecimal(write.value)}</td>
                <td>{write.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t.attentionTitle}</h4>
      {attention.length === 0 ? (
        <p>{t.nothingToExamine}</p>
      ) : (
        <ul aria-label={t.attentionTitle}>
          {attention.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      <p className="muted">{t.reportPdf}</p>
    </section>
  );
}

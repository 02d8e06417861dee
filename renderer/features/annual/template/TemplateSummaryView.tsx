// What the chosen workbook holds, as read by the main process: its sheets, the pre-filled
// rows of S and P, the headers recognised and those left alone.
import type { TemplateSheet, TemplateSummary } from '../../../../shared/jare/template-model';
import { t } from './messages';

function SheetHeaders({ sheet }: { sheet: TemplateSheet }) {
  return (
    <li>
      {t.sheetRows(sheet.sheet, sheet.worksheet, sheet.rows.length, sheet.headerRow)}
      <dl className="jare-headers">
        <dt>{t.recognised}</dt>
        <dd>{sheet.columns.map((column) => `${column.letter} « ${column.header} »`).join(', ') || t.none}</dd>
        <dt>{t.unrecognised}</dt>
        <dd>{sheet.unrecognised.map((header) => `${header.letter} « ${header.header} »`).join(', ') || t.none}</dd>
      </dl>
    </li>
  );
}

export function TemplateSummaryView({ fileName, summary }: { fileName: string; summary: TemplateSummary }) {
  return (
    <section className="jare-summary" aria-label={t.templateTitle(fileName)}>
      <h3>{t.templateTitle(fileName)}</h3>
      <p>{t.sheetsFound(summary.sheetNames.join(', '))}</p>
      <ul>
        <SheetHeaders sheet={summary.S} />
        <SheetHeaders sheet={summary.P} />
      </ul>
      {summary.externalLinks > 0 ? <p className="annual-warning">{t.externalLinks(summary.externalLinks)}</p> : null}
    </section>
  );
}

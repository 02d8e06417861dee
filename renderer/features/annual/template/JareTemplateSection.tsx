// "Remplir le fichier JARE de l’ANSM" (decision 0012): choose ANSM's workbook, see what it
// holds, check and confirm the matches, then fill and save a copy; the report is shown
// here and archived as an edition (PDF), like every edition of the tab.
import { useId } from 'react';
import type { AnnualStatement } from '../../../../shared/jare/annual';
import { yearPeriod } from '../../editions/edition-spec';
import { PrintOutcome } from '../../editions/PrintOutcome';
import { usePrint } from '../../editions/use-print';
import { FillReportView } from './FillReportView';
import { MatchesView } from './MatchesView';
import { t } from './messages';
import { TemplateSummaryView } from './TemplateSummaryView';
import { useJareTemplate } from './use-jare-template';

interface JareTemplateSectionProps {
  registerId: string;
  year: number;
  statement: AnnualStatement | undefined;
}

export function JareTemplateSection({ registerId, year, statement }: JareTemplateSectionProps) {
  const id = useId();
  const jare = useJareTemplate(registerId, statement);
  const printer = usePrint();

  const fillAndReport = async () => {
    const copy = await jare.fill();
    if (copy)
      await printer.print('annual-jare-fill-report', {
        kind: 'annual-jare-fill-report',
        period: yearPeriod(year),
        report: copy.report,
        templateName: copy.templateName,
      });
  };

  return (
    <section className="card jare-template" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro(year)}</p>
      <div className="annual-actions">
        <button
          type="button"
          className={jare.chosen ? 'secondary' : 'primary'}
          onClick={() => void jare.choose()}
          disabled={jare.busy !== null || !jare.available}
        >
          {jare.busy === 'choosing' ? t.reading : jare.chosen ? t.chooseAnother : t.choose}
        </button>
      </div>
      {jare.refusal ? (
        <p className="outcome outcome--error" role="alert">
          {jare.refusal}
        </p>
      ) : null}

      {jare.chosen ? <TemplateSummaryView fileName={jare.chosen.fileName} summary={jare.chosen.summary} /> : null}
      {jare.view ? <MatchesView view={jare.view} confirm={jare.confirm} forget={jare.forget} leave={jare.leave} /> : null}
      {jare.notice ? (
        <p className={jare.notice.ok ? 'outcome outcome--success' : 'outcome outcome--error'} role={jare.notice.ok ? 'status' : 'alert'}>
          {jare.notice.text}
        </p>
      ) : null}

      {jare.view ? (
        <div className="annual-actions">
          <button type="button" className="primary" onClick={() => void fillAndReport()} disabled={jare.busy !== null || printer.busy !== null}>
            {jare.busy === 'filling' ? t.filling : t.fill}
          </button>
        </div>
      ) : null}
      {jare.filled ? <FillReportView filled={jare.filled} /> : null}
      <PrintOutcome printer={printer} />
    </section>
  );
}

// The Déclaration annuelle tab: the year chosen (last year until the deadline, then this
// year), whether the establishment files the JARE, the year's figures and their check,
// the working copy and the état annuel produced and archived like every edition, and
// the submission checklist.
import { useMemo, useState } from 'react';
import { annualStatement } from '../../../shared/jare/annual';
import { DEFAULT_DEADLINE, defaultDeclarationYear } from '../../../shared/jare/annual-settings';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { RegisterIdentity } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { yearPeriod } from '../editions/edition-spec';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import { declarableYears, yearEvents } from './annual-queries';
import { AnnualSettingsForm } from './AnnualSettingsForm';
import { AnnualStatementView } from './AnnualStatementView';
import { t } from './messages';
import { SubmissionChecklist } from './SubmissionChecklist';
import { JareTemplateSection } from './template/JareTemplateSection';
import { useAnnualSettings } from './use-annual-settings';
import './annual.css';

export function AnnualScreen({ identity }: { identity: RegisterIdentity }) {
  const { current, save } = useAnnualSettings(identity.registerId);
  const today = localDay(new Date());
  const deadline = current.state === 'loaded' ? current.settings.deadline : DEFAULT_DEADLINE;
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? defaultDeclarationYear(today, deadline);
  const years = [...new Set([...declarableYears(identity.openedOn, today), year])].sort((a, b) => b - a);
  const events = useRegisterQuery((store) => yearEvents(store, year), [year]);
  const statement = useMemo(() => (events ? annualStatement(events, year) : undefined), [events, year]);
  const printer = usePrint();
  const period = yearPeriod(year);

  return (
    <section className="screen annual" aria-labelledby="annual-title">
      <h1 id="annual-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <div className="annual-year">
        <div className="field">
          <label htmlFor="annual-year">{t.year}</label>
          <select id="annual-year" value={year} onChange={(event) => setChosen(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <p className="muted">{t.yearHint(formatDay(period.from), formatDay(period.to))}</p>
      </div>

      <section className="card" aria-labelledby="annual-editions-title">
        <h2 id="annual-editions-title">{t.editionsTitle}</h2>
        <p className="muted">{t.editionsExplain}</p>
        <div className="annual-actions">
          <PrintButton
            printer={printer}
            name="annual-working-copy"
            label={t.workingCopy}
            className="primary"
            onClick={() => void printer.print('annual-working-copy', { kind: 'annual-working-copy', period })}
          />
          <PrintButton
            printer={printer}
            name="annual-statement"
            label={t.statement}
            onClick={() => void printer.print('annual-statement', { kind: 'annual-statement', period })}
          />
        </div>
        <PrintOutcome printer={printer} />
      </section>

      {/* Next to the working copy it stands in for, before the checklist it feeds. */}
      <JareTemplateSection registerId={identity.registerId} year={year} statement={statement} />

      {statement ? <AnnualStatementView statement={statement} /> : <p className="muted">{t.loading}</p>}

      {events ? <SubmissionChecklist year={year} events={events} registerId={identity.registerId} printer={printer} /> : null}

      {current.state === 'loaded' ? (
        <AnnualSettingsForm settings={current.settings} save={save} />
      ) : current.state === 'none' ? (
        <p className="muted">{t.noMainProcess}</p>
      ) : null}
    </section>
  );
}

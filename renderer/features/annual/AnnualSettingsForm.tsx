// Whether the establishment files the JARE, and by when: kept by the main process for
// this register (decision 0011). Officines and veterinarians usually do not file: the
// box is unticked by default, with the reason in words.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import { deadlineText, parseDeadline, type AnnualSettings } from '../../../shared/jare/annual-settings';
import { t } from './messages';

interface AnnualSettingsFormProps {
  settings: AnnualSettings;
  save: (settings: AnnualSettings) => Promise<AppError | null>;
}

export function AnnualSettingsForm({ settings, save }: AnnualSettingsFormProps) {
  const id = useId();
  const [operator, setOperator] = useState(settings.operator);
  const [deadline, setDeadline] = useState(deadlineText(settings.deadline));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setOperator(settings.operator);
    setDeadline(deadlineText(settings.deadline));
  }, [settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const day = parseDeadline(deadline);
    if (day === null) return setOutcome({ ok: false, text: t.deadlineInvalid });
    const refused = await save({ operator, deadline: day });
    setOutcome(refused ? { ok: false, text: describeError(refused) } : { ok: true, text: t.settingsSaved });
  };

  return (
    <form className="card annual-settings" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.settingsTitle}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={operator} onChange={(event) => setOperator(event.target.checked)} aria-describedby={`${id}-operator`} />
        {t.operator}
      </label>
      <p className="field__hint" id={`${id}-operator`}>
        {t.operatorHint}
      </p>
      <div className={outcome && !outcome.ok ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-deadline`}>{t.deadline}</label>
        <input
          id={`${id}-deadline`}
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          inputMode="numeric"
          aria-invalid={(outcome && !outcome.ok) || undefined}
          aria-describedby={`${id}-deadline-hint`}
        />
      </div>
      <p className="field__hint" id={`${id}-deadline-hint`}>
        {t.deadlineHint} {t.settingsWhere}
      </p>
      {outcome ? (
        <p className={outcome.ok ? 'outcome outcome--success' : 'outcome outcome--error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="secondary">
          {t.saveSettings}
        </button>
      </div>
    </form>
  );
}

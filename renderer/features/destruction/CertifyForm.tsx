// The PV of destruction, established on the day: the method, how the remains were disposed
// of, and why the day differs from the one planned if it does. It posts one exit from
// quarantine per item of the dossier, in the same act.
import type { FormEvent } from 'react';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { DossierFacts } from '../../../shared/register/validate-destruction';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import type { Action } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { t } from './messages';
import { recordCertificate } from './record-destruction';

export interface CertifyValues {
  day: string;
  method: string;
  disposal: string;
  dateChange: string;
}

interface CertifyFormProps {
  dossier: DossierFacts;
  values: CertifyValues;
  onChange: (values: CertifyValues) => void;
  action: Action;
  /** Called with the day of the PV once it is recorded. */
  onCertified: (day: string) => void;
  onClose: () => void;
}

export function CertifyForm({ dossier, values, onChange, action, onCertified, onClose }: CertifyFormProps) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const { day, method, disposal, dateChange } = values;
  const number = dossier.planned.dossier;
  const moved = day !== dossier.planned.plannedDate;
  const set = (field: keyof CertifyValues) => (value: string) => onChange({ ...values, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      type: 'destruction.certified' as const,
      dossier: number,
      method,
      ...(disposal.trim() === '' ? {} : { disposal }),
      ...(moved && dateChange.trim() !== '' ? { dateChange } : {}),
    };
    await action.run(
      () => recordCertificate(store, dossier, { operationDate: day, body, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
      ([, ...exits]) => {
        onCertified(day);
        return t.certified(
          number,
          exits.map((exit) => exit.seq),
        );
      },
    );
  };

  return (
    <form className="dossier__certify" aria-label={t.certifyTitle(number)} onSubmit={(event) => void submit(event)} noValidate>
      <div className="destruction-fields">
        <TextField
          name="operationDate"
          label={t.destroyedOn}
          type="date"
          value={day}
          onChange={set('day')}
          error={action.error}
          max={localDay(new Date())}
          required
        />
        <TextField name="method" label={t.method} hint={t.methodHint} value={method} onChange={set('method')} error={action.error} required />
        <TextField name="disposal" label={t.disposal} hint={t.disposalHint} value={disposal} onChange={set('disposal')} error={action.error} />
        {moved ? (
          <TextField
            name="dateChange"
            label={t.dateChange}
            hint={t.dateChangeHint(formatDay(dossier.planned.plannedDate))}
            value={dateChange}
            onChange={set('dateChange')}
            error={action.error}
            required
          />
        ) : null}
      </div>
      <div className="dossier__buttons">
        <SubmitButton label={t.submitCertify} saving={action.saving} />
        <button type="button" className="secondary" onClick={onClose} disabled={action.saving}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

// Contre-passation of one line: a reason from the closed list and an explanation. The
// original line is never touched; the register adds the reversing line.
import { useId, type FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { CORRECTION_REASONS, type CorrectionReason, type CorrectableEvent } from '../../../shared/register/events';
import { CORRECTION_REASON_LABELS } from '../../../shared/register/labels';
import { FormOutcome } from '../../components/FormOutcome';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';

interface CorrectionFormProps {
  target: CorrectableEvent;
  onDone: (message: string, reason: CorrectionReason) => void;
  onCancel: () => void;
}

export function CorrectionForm({ target, onDone, onCancel }: CorrectionFormProps) {
  const id = useId();
  const { values, set } = useFormValues({ reason: '', comment: '' });
  const { record, error, saving } = useRecord();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await record({
      operationDate: localDay(new Date()),
      body: { type: 'correction', corrects: target.seq, reason: values.reason as CorrectionReason, comment: values.comment },
    });
    if (saved) onDone(fr.correction.done(saved.seq, target.seq), values.reason as CorrectionReason);
  };

  return (
    <form className="card correction" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{fr.correction.title(target.seq)}</h2>
      <p className="lead">{fr.correction.explain}</p>
      <div className="grid">
        <div className={error?.field === 'reason' ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-reason`}>{fr.correction.reason}</label>
          {/* The form opens under its line: the cursor is already where the work starts. */}
          <select id={`${id}-reason`} name="reason" autoFocus value={values.reason} onChange={(change) => set('reason')(change.target.value)}>
            <option value="">{fr.correction.chooseReason}</option>
            {CORRECTION_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {CORRECTION_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
        <TextField name="comment" label={fr.correction.comment} value={values.comment} onChange={set('comment')} error={error} required multiline />
      </div>
      <FormOutcome error={error} success={null} />
      <div className="actions">
        <SubmitButton label={fr.correction.submit} saving={saving} />
        <button type="button" className="secondary" onClick={onCancel}>
          {fr.correction.cancel}
        </button>
      </div>
    </form>
  );
}

// Abandoning a dossier before its PV (the witness could not come, the date fell through):
// one event with its reason; the dossier stays in the register, marked cancelled, and its
// items are free for a new dossier. Asked for in a small form so it is never a misclick.
import { useState, type FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { LabelledText } from '../../components/LabelledField';
import { useAction } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { t } from './messages';
import { recordCancellation } from './record-destruction';

export function CancelDossier({ dossier, onDone }: { dossier: string; onDone: (message: string) => void }) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { run, error, saving } = useAction();

  if (!open) {
    return (
      <button type="button" className="secondary" aria-label={t.cancelDossierLabel(dossier)} onClick={() => setOpen(true)}>
        {t.cancelDossier}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      () =>
        recordCancellation(store, dossier, { operationDate: localDay(new Date()), reason, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
      (cancelled) => {
        setOpen(false);
        onDone(t.cancelled(dossier, cancelled.seq));
      },
    );
  };

  return (
    <form className="dossier__cancel" aria-label={t.cancelTitle(dossier)} onSubmit={(event) => void submit(event)} noValidate>
      <p className="field__hint">{t.cancelExplain}</p>
      <FormOutcome error={error?.field === 'reason' ? null : error} success={null} />
      <LabelledText name="reason" label={t.cancelReason} value={reason} onChange={setReason} error={error} multiline required span="row" />
      <div className="dossier__buttons">
        <SubmitButton label={t.cancelSubmit} saving={saving} />
        <button type="button" className="secondary" onClick={() => setOpen(false)} disabled={saving}>
          {t.cancelKeep}
        </button>
      </div>
    </form>
  );
}

// After the PV, its copy goes to the inspector; the register notes the day it was sent,
// and shows it once noted.
import { useState, type FormEvent } from 'react';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import type { DossierFacts } from '../../../shared/register/validate-destruction';
import { DateInput } from '../../components/DateInput';
import { SubmitButton } from '../../components/SubmitButton';
import type { Action } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { t } from './messages';
import { recordCopySent } from './record-destruction';

interface CopySentFormProps {
  dossier: DossierFacts;
  kind: EstablishmentKind;
  action: Action;
}

export function CopySentForm({ dossier, kind, action }: CopySentFormProps) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const today = localDay(new Date());
  const [sentOn, setSentOn] = useState(today);
  const number = dossier.planned.dossier;

  if (dossier.copySent) return <p className="dossier__copy dossier__copy--sent">{t.copySent(t.authority[kind], formatDay(dossier.copySent.operationDate))}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(() => recordCopySent(store, number, { operationDate: sentOn, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }));
  };

  return (
    <form className="dossier__copy" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t.copyDue(t.authority[kind])}</p>
      <label>
        {t.copySentOn} <DateInput aria-label={t.copySentLabel(number)} value={sentOn} max={today} onChange={setSentOn} />
      </label>{' '}
      <SubmitButton label={t.recordCopy} saving={action.saving} />
    </form>
  );
}

// A change of name or address. The kind of establishment never changes: it decides which
// movements the register accepts. Pages already edited keep the old details.
import { useState, type FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import type { RegisterIdentity } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { fr } from '../../messages/fr';
import { establishmentChange } from './establishment-drafts';

export function EstablishmentForm({ identity }: { identity: RegisterIdentity }) {
  const { establishment } = identity;
  const { values, set } = useFormValues({ name: establishment.name, address: establishment.address });
  const { record, error, recorded, saving } = useRecord();
  const [unchanged, setUnchanged] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = establishmentChange(establishment, values, localDay(new Date()));
    setUnchanged(!change.ok);
    if (change.ok) await record(change.value);
  };

  const success = recorded?.type === 'establishment.changed' && !unchanged ? fr.establishment.changed(recorded.seq) : null;
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="establishment-change-title">
      <h2 id="establishment-change-title">{fr.establishment.changeTitle}</h2>
      <p className="lead lead--in-card">{fr.establishment.changeExplain}</p>
      <p className="fixed-detail">
        <strong>{fr.establishment.kindLine(fr.setup[establishment.kind])}</strong>
        <span className="muted"> — {fr.establishment.kindFixed}</span>
      </p>
      <div className="grid grid--two">
        <TextField name="establishment.name" label={fr.setup.name} value={values.name} onChange={set('name')} error={error} required />
        <TextField name="establishment.address" label={fr.setup.address} value={values.address} onChange={set('address')} error={error} required multiline />
      </div>
      {unchanged ? (
        <p className="outcome outcome--error" role="alert">
          {fr.establishment.unchanged}
        </p>
      ) : (
        <FormOutcome error={error} success={success} />
      )}
      <SubmitButton label={fr.establishment.changeSubmit} saving={saving} />
    </form>
  );
}

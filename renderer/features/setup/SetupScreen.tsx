// First launch: the register is opened by naming the establishment and its holder.
import type { FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { RestoreFromReserve } from '../restore/RestoreFromReserve';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';

const EMPTY = { name: '', address: '', kind: 'officine', holderName: '', orderNumber: '' };

export function SetupScreen() {
  const { values, set } = useFormValues(EMPTY);
  const { record, error, saving } = useRecord();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record({
      operationDate: localDay(new Date()),
      body: {
        type: 'register.opened',
        registerId: crypto.randomUUID(),
        establishment: { name: values.name, address: values.address, kind: values.kind as EstablishmentKind },
        holder: { name: values.holderName, orderNumber: values.orderNumber },
      },
    });
  };

  return (
    <main className="setup">
      <form className="card setup__card" onSubmit={submit} noValidate>
        <h1>{fr.setup.title}</h1>
        <p className="lead">{fr.setup.intro}</p>
        <fieldset>
          <legend>{fr.setup.establishment}</legend>
          <TextField name="establishment.name" label={fr.setup.name} value={values.name} onChange={set('name')} error={error} required />
          <TextField name="establishment.address" label={fr.setup.address} value={values.address} onChange={set('address')} error={error} required multiline />
          <div className="field">
            <span className="field__label">{fr.setup.kind}</span>
            <div className="choices" role="radiogroup" aria-label={fr.setup.kind}>
              {(['officine', 'veterinaire'] as const).map((kind) => (
                <label key={kind} className="choice">
                  <input type="radio" name="kind" value={kind} checked={values.kind === kind} onChange={() => set('kind')(kind)} />
                  {fr.setup[kind]}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{fr.setup.holder}</legend>
          <TextField name="holder.name" label={fr.setup.holderName} value={values.holderName} onChange={set('holderName')} error={error} required />
          <TextField name="holder.orderNumber" label={fr.setup.orderNumber} value={values.orderNumber} onChange={set('orderNumber')} error={error} required inputMode="numeric" />
        </fieldset>
        <FormOutcome error={error} success={null} />
        <SubmitButton label={fr.setup.submit} saving={saving} />
      </form>
      <RestoreFromReserve />
    </main>
  );
}

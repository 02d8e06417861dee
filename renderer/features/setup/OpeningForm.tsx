// First launch: the register is opened by naming the establishment and its holder, and
// by choosing the folder of its reserve copy on another medium, so that the very first
// event is already on two media. Opening without it is possible, said explicitly.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import { localDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import { decide } from '../../../shared/register/decide';
import { emptyState } from '../../../shared/register/register-state';
import type { Draft } from '../../../shared/register/validate';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { recordOne } from '../../db/record-act';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { ReserveChoiceLine } from './ReserveChoiceLine';
import { chooseReserveFolder, mayOpen, readReserveChoice, type ReserveChoice } from './reserve-choice';

const EMPTY = { name: '', address: '', kind: 'officine', holderName: '', orderNumber: '' };

export function OpeningForm() {
  const store = useStore();
  const { values, set } = useFormValues(EMPTY);
  // Drawn once, before opening: the reserve journal to come is named after it.
  const [registerId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const [choice, setChoice] = useState<ReserveChoice>({ kind: 'checking' });
  const [chooseError, setChooseError] = useState<AppError | null>(null);
  const [withoutReserve, setWithoutReserve] = useState(false);
  const [reserveMissing, setReserveMissing] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void readReserveChoice(mainProcess(), registerId).then(setChoice);
  }, [registerId]);

  const choose = async () => {
    const chosen = await chooseReserveFolder(mainProcess(), registerId);
    setChoice(chosen.choice);
    setChooseError(chosen.error);
    if (chosen.choice.kind === 'chosen') setReserveMissing(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setReserveMissing(false);
    const draft: Draft = {
      operationDate: localDay(new Date()),
      body: {
        type: 'register.opened',
        registerId,
        establishment: { name: values.name, address: values.address, kind: values.kind as EstablishmentKind },
        holder: { name: values.holderName, orderNumber: values.orderNumber },
      },
    };
    // The fields first, with the register's own rules, before anything is written.
    const checked = decide(emptyState(), {}, draft, draft.operationDate);
    if (!checked.ok) return setError(checked.error);
    // The folder may have been chosen, or unplugged, since this screen asked.
    const current = await readReserveChoice(mainProcess(), registerId);
    setChoice(current);
    if (!mayOpen(current, withoutReserve)) {
      setReserveMissing(true);
      chooseButton.current?.focus();
      return;
    }
    setSaving(true);
    const opened = await recordOne(store, draft);
    setSaving(false);
    // Once opened, the application shows the register by itself.
    if (!opened.ok) setError(opened.error);
  };

  return (
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
        <TextField
          name="holder.orderNumber"
          label={fr.setup.orderNumber}
          value={values.orderNumber}
          onChange={set('orderNumber')}
          error={error}
          required
          inputMode="numeric"
        />
      </fieldset>
      <fieldset className="setup__reserve" aria-describedby="setup-reserve-why">
        <legend>{fr.setup.reserve}</legend>
        <p className="field__hint setup__why" id="setup-reserve-why">
          {fr.setup.reserveWhy}
        </p>
        <ReserveChoiceLine choice={choice} />
        {chooseError ? <p className="outcome outcome--error">{describeError(chooseError)}</p> : null}
        <button ref={chooseButton} type="button" className="secondary" onClick={() => void choose()}>
          {choice.kind === 'chosen' ? fr.reserve.change : fr.reserve.choose}
        </button>
        {choice.kind === 'chosen' ? null : (
          <>
            <label className="choice setup__without">
              <input
                type="checkbox"
                checked={withoutReserve}
                onChange={(event) => {
                  setWithoutReserve(event.target.checked);
                  if (event.target.checked) setReserveMissing(false);
                }}
              />
              {fr.setup.withoutReserve}
            </label>
            {withoutReserve ? <p className="setup__warning">{fr.setup.withoutReserveWarning}</p> : null}
          </>
        )}
        {reserveMissing ? (
          <p className="outcome outcome--error" role="alert">
            {fr.setup.reserveMissing}
          </p>
        ) : null}
      </fieldset>
      <FormOutcome error={error} success={null} />
      <SubmitButton label={fr.setup.submit} saving={saving} />
    </form>
  );
}

// The holder, in their own session, erases the code of a person who forgot theirs, with
// their own code (docs/acces.md): that person chooses a new one at their next session.
// No one else sees this form, and no code is ever shown.
import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/errors';
import { FormOutcome } from '../../components/FormOutcome';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { useSession } from '../access/session-context';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { SecretField } from '../../components/SecretField';

const t = fr.access.reset;

export function ResetPersonCode({ registerId }: { registerId: string }) {
  const session = useSession();
  const { orderNumber, validators } = useCurrentValidator();
  const [person, setPerson] = useState('');
  const [holderCode, setHolderCode] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const personId = useId();
  const holder = session.status?.holder ?? null;
  if (!session.guarded || holder === null || orderNumber !== holder) return null;
  const withCode = validators.filter((candidate) => candidate.orderNumber !== holder && session.status?.withCode.includes(candidate.orderNumber));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = mainProcess();
    const chosen = withCode.find((candidate) => candidate.orderNumber === person);
    if (!api || !chosen) return;
    setBusy(true);
    try {
      const reset = await api['access:reset']({ registerId, holderCode, orderNumber: chosen.orderNumber });
      if (!reset.ok) return setError(reset.error);
      setError(null);
      setDone(t.done(chosen.name));
      setPerson('');
      session.refresh();
    } finally {
      setHolderCode('');
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="reset-title">
      <h2 id="reset-title">{t.title}</h2>
      <p className="lead lead--in-card">{t.explain}</p>
      {withCode.length === 0 ? (
        <p className="muted">{done ?? t.nobody}</p>
      ) : (
        <>
          <div className="grid">
            <div className="field">
              <label htmlFor={personId}>{t.person}</label>
              <select id={personId} name="person" value={person} onChange={(event) => setPerson(event.target.value)}>
                <option value="">{t.choose}</option>
                {withCode.map((candidate) => (
                  <option key={candidate.orderNumber} value={candidate.orderNumber}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <SecretField name="holderCode" label={t.holderCode} value={holderCode} onChange={setHolderCode} />
          </div>
          <FormOutcome error={error} success={done} />
          <button type="submit" className="primary" disabled={busy || person === ''}>
            {t.submit}
          </button>
        </>
      )}
    </form>
  );
}

// « Qui êtes-vous ? »: the person picks their name and types their code; a person newly
// authorised chooses theirs here, twice. Switching person at the counter is this screen
// again: the code only, nothing else to fill. The holder who lost their code recovers it
// here with the recovery sheet (HolderRecovery).
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, roleOf } from '../../../shared/access/roles';
import { appError, type AppError } from '../../../shared/errors';
import type { AccessStatus } from '../../../shared/ipc/contract';
import type { EstablishmentKind, Validator } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { HolderRecovery } from './HolderRecovery';
import { SecretField } from '../../components/SecretField';

interface WhoAreYouProps {
  registerId: string;
  kind: EstablishmentKind;
  status: AccessStatus | null;
  validators: readonly Validator[];
  onOpen: (orderNumber: string) => void;
  onCodeSet: () => void;
}

export function WhoAreYou({ registerId, kind, status, validators, onOpen, onCodeSet }: WhoAreYouProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const person = validators.find((candidate) => candidate.orderNumber === chosen);
  const firstCode = chosen !== null && !(status?.withCode ?? []).includes(chosen);
  const holderChosen = chosen !== null && chosen === status?.holder;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = mainProcess();
    if (!api || chosen === null) return;
    if (firstCode && code !== confirmation) {
      setError(appError('access.confirmationDiffers', 'confirmation'));
      return;
    }
    setBusy(true);
    try {
      if (firstCode) {
        const set = await api['access:setOwnCode']({ registerId, orderNumber: chosen, code });
        if (!set.ok) return setError(set.error);
        onCodeSet();
      }
      const opened = await api['access:open']({ registerId, orderNumber: chosen, code });
      if (!opened.ok) return setError(opened.error);
      onOpen(chosen);
    } finally {
      setCode('');
      setConfirmation('');
      setBusy(false);
    }
  };

  if (recovering && holderChosen) {
    return (
      <main className="screen who-are-you" aria-labelledby="who-title">
        <h1 id="who-title">{fr.access.whoTitle}</h1>
        <HolderRecovery registerId={registerId} onOpen={() => onOpen(chosen)} onCancel={() => setRecovering(false)} />
      </main>
    );
  }

  return (
    <main className="screen who-are-you" aria-labelledby="who-title">
      <h1 id="who-title">{fr.access.whoTitle}</h1>
      <form className="card" onSubmit={submit} noValidate aria-label={fr.access.whoTitle}>
        <fieldset className="kind-chooser">
          <legend>{fr.access.choosePerson}</legend>
          {validators.map((candidate) => (
            <label
              key={candidate.orderNumber}
              className={candidate.orderNumber === chosen ? 'kind-chooser__option kind-chooser__option--current' : 'kind-chooser__option'}
            >
              <input
                type="radio"
                name="person"
                value={candidate.orderNumber}
                checked={candidate.orderNumber === chosen}
                onChange={() => {
                  setChosen(candidate.orderNumber);
                  setError(null);
                }}
              />
              {fr.validators.option(candidate.name, ROLE_LABELS[roleOf(candidate, validators, kind)])}
            </label>
          ))}
        </fieldset>
        {person ? (
          <div className="grid">
            <SecretField name="code" label={firstCode ? fr.access.newCode : fr.access.code} value={code} onChange={setCode} autoFocus />
            {firstCode ? <SecretField name="confirmation" label={fr.access.confirmCode} value={confirmation} onChange={setConfirmation} /> : null}
          </div>
        ) : null}
        {firstCode ? <p className="lead lead--in-card">{fr.access.codeRule}</p> : null}
        <FormOutcome error={error} success={null} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || person === undefined}>
            {fr.access.openSession}
          </button>
          {holderChosen && !firstCode ? (
            <button type="button" className="secondary" onClick={() => setRecovering(true)}>
              {fr.access.forgotten}
            </button>
          ) : null}
        </div>
      </form>
    </main>
  );
}

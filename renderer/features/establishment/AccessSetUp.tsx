// The holder sets the personal codes up: their own code, typed twice, and the recovery
// sheet saved where they choose and opened to print (docs/acces.md). From then on the
// window opens on « Qui êtes-vous ? ».
import { useState, type FormEvent } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { FormOutcome } from '../../components/FormOutcome';
import { useStore } from '../../db/DatabaseContext';
import type { RegisterIdentity } from '../../db/register-store';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { useSession } from '../access/session-context';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { SecretField } from '../../components/SecretField';

export function AccessSetUp({ identity }: { identity: RegisterIdentity }) {
  const store = useStore();
  const session = useSession();
  const { orderNumber, validators } = useCurrentValidator();
  const [code, setCode] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session.guarded || mainProcess() === null) return null;
  const holderAtKeyboard = (orderNumber ?? validators[0]?.orderNumber) === identity.holder.orderNumber;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = mainProcess();
    const head = await store.lastEvent();
    if (!api || !head) return;
    if (code !== confirmation) return setError(appError('access.confirmationDiffers', 'confirmation'));
    setBusy(true);
    try {
      const answer = await api['access:setUpHolder']({
        registerId: identity.registerId,
        holder: identity.holder,
        establishment: identity.establishment,
        head: { seq: head.seq, hash: head.hash },
        ...(identity.signingKey ? { signingKey: identity.signingKey } : {}),
        code,
      });
      if (!answer.ok) return setError(answer.error);
      setError(null);
      setDone(answer.value.sheetPath);
      session.refresh();
    } finally {
      setCode('');
      setConfirmation('');
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="access-title">
      <h2 id="access-title">{fr.access.setUpTitle}</h2>
      <p className="lead lead--in-card">{fr.access.setUpExplain}</p>
      {holderAtKeyboard ? (
        <>
          <div className="grid">
            <SecretField name="code" label={fr.access.holderCode} value={code} onChange={setCode} />
            <SecretField name="confirmation" label={fr.access.confirmCode} value={confirmation} onChange={setConfirmation} />
          </div>
          <p className="lead lead--in-card">{fr.access.codeRule}</p>
          <FormOutcome error={error} success={done === null ? null : fr.access.setUpDone(done)} />
          <button type="submit" className="primary" disabled={busy}>
            {fr.access.setUpSubmit}
          </button>
        </>
      ) : (
        <p className="muted">{fr.access.holderOnly}</p>
      )}
    </form>
  );
}

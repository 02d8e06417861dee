// « Code oublié » on « Qui êtes-vous ? »: the holder replaces a lost code with the recovery
// code of the sheet printed at set-up. The main process records the use (docs/acces.md), a
// new code and a new sheet replace the old ones, and the holder's session opens.
import { useId, useState, type FormEvent } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { FormOutcome } from '../../components/FormOutcome';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { SecretField } from '../../components/SecretField';

interface HolderRecoveryProps {
  registerId: string;
  onOpen: () => void;
  onCancel: () => void;
}

const t = fr.access.recovery;

export function HolderRecovery({ registerId, onOpen, onCancel }: HolderRecoveryProps) {
  const store = useStore();
  const [recoveryCode, setRecoveryCode] = useState('');
  const [code, setCode] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const recoveryId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = mainProcess();
    if (!api) return;
    if (code !== confirmation) return setError(appError('access.confirmationDiffers', 'confirmation'));
    setBusy(true);
    try {
      const [identity, head] = await Promise.all([store.identity(), store.lastEvent()]);
      if (!identity || !head) return;
      const recovered = await api['access:recover']({
        registerId,
        holder: identity.holder,
        establishment: identity.establishment,
        head: { seq: head.seq, hash: head.hash },
        ...(identity.signingKey ? { signingKey: identity.signingKey } : {}),
        recoveryCode,
        newCode: code,
      });
      if (!recovered.ok) return setError(recovered.error);
      const opened = await api['access:open']({ registerId, orderNumber: identity.holder.orderNumber, code });
      if (!opened.ok) return setError(opened.error);
      onOpen();
    } finally {
      setCode('');
      setConfirmation('');
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="lead lead--in-card">{t.explain}</p>
      <div className="grid">
        <div className="field field--double">
          <label htmlFor={recoveryId}>{t.recoveryCode}</label>
          <input
            id={recoveryId}
            name="recoveryCode"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
          />
        </div>
        <SecretField name="code" label={fr.access.newCode} value={code} onChange={setCode} />
        <SecretField name="confirmation" label={fr.access.confirmCode} value={confirmation} onChange={setConfirmation} />
      </div>
      <p className="lead lead--in-card">{fr.access.codeRule}</p>
      <FormOutcome error={error} success={null} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t.submit}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

// The shared register's password typed again, when the system's store of secrets can no
// longer open the one kept on this PC (a keyring reset, a data folder from another
// session): the same set-up channel tries it before keeping it, protected again.
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/errors';
import type { ServerAddress } from '../../../shared/ipc/network';
import { FormOutcome } from '../../components/FormOutcome';
import { SecretField } from '../../components/SecretField';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

export function PasswordAgain({ server, onSaved }: { server: ServerAddress; onSaved: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = mainProcess();
    if (!api || busy) return;
    setBusy(true);
    const answer = await api['network:configure']({ server: { ...server, password } });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setPassword('');
    setError(null);
    onSaved();
  };
  return (
    <form className="network-banner__password" onSubmit={(event) => void submit(event)}>
      <SecretField name="password-again" label={fr.network.passwordAgain} value={password} onChange={setPassword} />
      <button type="submit" disabled={busy || password === ''}>
        {fr.network.passwordAgainSave}
      </button>
      <FormOutcome error={error} success={null} />
    </form>
  );
}

// « Installer le registre sur un serveur existant » (a NAS, a provider's machine): the
// account that owns the register's database is typed, the main process tries it, applies
// the app's migrations and makes the counters' role (network:installSchema). The counters'
// password, generated there, is shown once, to be written on the sheet kept with the
// establishment's documents; the counters then join with « Plusieurs postes ». Shown inside
// the set-up's form, it has a button of its own, never a submit.
import { useState } from 'react';
import { appError, describeError, type AppError } from '../../../shared/errors';
import { SecretField } from '../../components/SecretField';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

const DEFAULTS = { host: '', port: '5432', database: 'registre', user: 'registre_proprietaire', password: '', counterUser: 'registre_poste' };

interface Installed {
  version: number;
  applied: number[];
  counterUser: string;
  counterPassword: string | null;
}

export function InstallSchema() {
  const { values, set } = useFormValues(DEFAULTS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [installed, setInstalled] = useState<Installed | null>(null);
  const api = mainProcess();
  if (!api) return null;
  const t = fr.networkInstall;

  const submit = async () => {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      setError(appError('ipc.badRequest', 'port'));
      return;
    }
    setBusy(true);
    setError(null);
    setInstalled(null);
    try {
      const answer = await api['network:installSchema']({
        owner: { host: values.host.trim(), port, database: values.database.trim(), user: values.user.trim(), password: values.password },
        counterUser: values.counterUser.trim(),
      });
      if (answer.ok) setInstalled(answer.value);
      else setError(answer.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="network-install" role="group" aria-label={t.title}>
      <p className="field__hint">{t.hint}</p>
      <div className="network-choice__server">
        <TextField name="install-host" label={fr.network.host} value={values.host} onChange={set('host')} error={error} required />
        <TextField name="install-port" label={fr.network.port} value={values.port} onChange={set('port')} error={error} inputMode="numeric" required />
        <TextField name="install-database" label={fr.network.database} value={values.database} onChange={set('database')} error={error} required />
        <TextField name="install-user" label={t.owner} value={values.user} onChange={set('user')} error={error} required />
        <SecretField name="install-password" label={t.ownerPassword} value={values.password} onChange={set('password')} />
        <TextField name="install-counter" label={t.counterUser} value={values.counterUser} onChange={set('counterUser')} error={error} required />
      </div>
      {error ? (
        <p className="outcome outcome--error" role="alert">
          {error.field === 'port' ? fr.network.portInvalid : error.code === 'ipc.badRequest' ? t.counterUserInvalid : describeError(error)}
        </p>
      ) : null}
      {installed ? (
        <div role="status" className="outcome">
          <p>{installed.applied.length > 0 ? t.installed(installed.version) : t.upToDate(installed.version)}</p>
          <p>{installed.counterPassword ? t.counterMade(installed.counterUser, installed.counterPassword) : t.counterKept(installed.counterUser)}</p>
        </div>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
        {busy ? t.installing : t.install}
      </button>
    </div>
  );
}

// The set-up's first question: is the register kept on this PC alone (the default), or
// on a PostgreSQL server that every counter of the establishment writes to? The server's
// settings are tried by the main process before they are kept (network:configure); each
// failure is said in French (refused connection, wrong password, unknown base…).
import { useState, type FormEvent } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import { useFormValues } from '../../components/use-form-values';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { serverPlace } from './NetworkBanner';
import { useNetworkMode, useNetworkStatus } from '../../db/NetworkContext';
import './network.css';
import { HostSetUp } from './HostSetUp';
import { SERVER_DEFAULTS, ServerFields, serverSettings } from './ServerFields';
import { CounterSheet } from './CounterSheet';
import { InstallSchema } from './InstallSchema';
import { VerifyCertificate } from './VerifyCertificate';

export function NetworkChoice() {
  const { register, joined } = useNetworkMode();
  const status = useNetworkStatus();
  const [mode, setMode] = useState<'onePc' | 'shared' | 'host' | 'install'>('onePc');
  const shared = mode === 'shared';
  const { values, set } = useFormValues(SERVER_DEFAULTS);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const api = mainProcess();
  if (!api) return null;

  if (register && status) {
    return (
      <>
        <section className="card setup__card network-choice" aria-label={fr.network.title}>
          <h2>{fr.network.title}</h2>
          <p role="status">{fr.network.joined(serverPlace(status.server))}</p>
          {status.reachable && status.headSeq === 0 ? <p className="lead">{fr.network.waitingFirst}</p> : null}
          <CounterSheet />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void api['network:configure']({ server: null }).then((answer) => {
                if (answer.ok) joined(null);
              })
            }
          >
            {fr.network.leave}
          </button>
        </section>
        {/* Before the register is opened too: a counter joined without the fingerprint pins it without leaving. */}
        <VerifyCertificate className="card setup__card" />
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const server = serverSettings(values);
    if (!server.ok) return setError(server.error);
    setBusy(true);
    setError(null);
    try {
      const answer = await api['network:configure']({ server: server.value });
      if (answer.ok) joined(answer.value.server);
      else setError(answer.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card setup__card network-choice" onSubmit={(event) => void submit(event)} noValidate aria-label={fr.network.title}>
      <h2>{fr.network.title}</h2>
      <fieldset>
        <label className="choice">
          <input type="radio" name="network-mode" checked={mode === 'onePc'} onChange={() => setMode('onePc')} /> <strong>{fr.network.onePc}</strong>
          <span className="field__hint"> — {fr.network.onePcHint}</span>
        </label>
        <label className="choice">
          <input type="radio" name="network-mode" checked={shared} onChange={() => setMode('shared')} /> <strong>{fr.network.shared}</strong>
        </label>
        <label className="choice">
          <input type="radio" name="network-mode" checked={mode === 'host'} onChange={() => setMode('host')} /> <strong>{fr.networkHost.choice}</strong>
          <span className="field__hint"> — {fr.networkHost.choiceHint}</span>
        </label>
        <label className="choice">
          <input type="radio" name="network-mode" checked={mode === 'install'} onChange={() => setMode('install')} />{' '}
          <strong>{fr.networkInstall.choice}</strong>
        </label>
      </fieldset>
      {mode === 'host' ? <HostSetUp onJoined={joined} /> : null}
      {mode === 'install' ? <InstallSchema /> : null}
      {shared ? (
        <>
          <p className="field__hint">{fr.network.sharedHint}</p>
          <ServerFields values={values} set={set} error={error} />
          {error ? (
            <p className="outcome outcome--error" role="alert">
              {error.field === 'port' ? fr.network.portInvalid : describeError(error)}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? fr.network.connecting : fr.network.connect}
          </button>
        </>
      ) : null}
    </form>
  );
}

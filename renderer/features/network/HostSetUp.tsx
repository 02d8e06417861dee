// « Ce poste héberge le registre partagé »: the set-up choice of the back-office PC of a
// practice without IT staff. The main process starts the PostgreSQL carried by the app,
// with its data in the app's data folder, creates the register's database and the
// counters' password, and joins this PC to it like any counter (host:setUp).
import { useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import type { ServerAddress } from '../../../shared/ipc/network';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

export function HostSetUp({ onJoined }: { onJoined: (server: ServerAddress) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const api = mainProcess();
  if (!api) return null;
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api['host:setUp'](null);
      if (answer.ok) onJoined(answer.value.server);
      else setError(answer.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="network-host">
      <p className="field__hint">{fr.networkHost.hint}</p>
      <ul className="network-host__points">
        <li>{fr.networkHost.points.where}</li>
        <li>{fr.networkHost.points.password}</li>
        <li>{fr.networkHost.points.network}</li>
      </ul>
      {error ? (
        <p className="outcome outcome--error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
        {busy ? fr.networkHost.starting : fr.networkHost.start}
      </button>
    </div>
  );
}

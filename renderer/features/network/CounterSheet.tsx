// On the PC that hosts the shared register: where its server listens, and the sheet for
// adding a counter (host:printSheet), written where the person chooses and opened to print.
import { useEffect, useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import type { HostStatus } from '../../../shared/ipc/host';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

export function CounterSheet() {
  const [status, setStatus] = useState<HostStatus | null>(null);
  const [outcome, setOutcome] = useState<{ path: string } | { error: AppError } | null>(null);
  const [busy, setBusy] = useState(false);
  const api = mainProcess();
  useEffect(() => {
    void api?.['host:status'](null).then((answer) => setStatus(answer.ok ? answer.value : null));
  }, [api]);
  if (!api || !status?.hosting) return null;
  const print = async () => {
    setBusy(true);
    try {
      const answer = await api['host:printSheet'](null);
      setOutcome(answer.ok ? { path: answer.value.sheetPath } : { error: answer.error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="network-host">
      <p>{fr.networkHost.hosting(status.addresses.length ? status.addresses.join(fr.networkHost.or) : status.hostName, status.port ?? 0)}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void print()}>
        {fr.networkHost.printSheet}
      </button>
      {outcome && 'path' in outcome ? (
        <p className="outcome outcome--success" role="status">
          {fr.networkHost.sheetWritten(outcome.path)}
        </p>
      ) : null}
      {outcome && 'error' in outcome ? (
        <p className="outcome outcome--error" role="alert">
          {describeError(outcome.error)}
        </p>
      ) : null}
    </div>
  );
}

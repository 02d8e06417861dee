// Moving the register between the modes (docs/reseau.md § 8 bis), where the holder manages
// the establishment. On one PC: « Passer ce registre en réseau » sends the register, read
// from this PC's reserve journal and verified as it goes, to an empty server, and this PC
// becomes one of its counters. In network mode: « Reprendre le registre sur ce poste »
// writes the server's journal to a chosen folder, verified, takes it into this PC's own
// register and detaches this PC. Each step is said before it is confirmed; the progress of
// a long journal is asked of the main process while it runs.
import { useEffect, useState, type FormEvent } from 'react';
import { appError, describeError, type AppError } from '../../../shared/errors';
import type { MoveProgress } from '../../../shared/ipc/network';
import { useFormValues } from '../../components/use-form-values';
import { useStore } from '../../db/DatabaseContext';
import { ownRegister, useNetworkMode } from '../../db/NetworkContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { SERVER_DEFAULTS, ServerFields, serverSettings } from './ServerFields';
import { takeRegisterBack } from './take-register-back';
import './network.css';

const POLL_MS = 250;

/** The main process's progress while `active`, asked again every quarter of a second. */
function useMoveProgress(active: boolean): MoveProgress | null {
  const [progress, setProgress] = useState<MoveProgress | null>(null);
  const api = mainProcess();
  useEffect(() => {
    if (!active || !api) {
      setProgress(null);
      return;
    }
    const timer = setInterval(() => {
      void api['network:moveProgress'](null).then((answer) => {
        if (answer.ok && answer.value.phase !== 'idle') setProgress(answer.value);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, api]);
  return progress;
}

function Outcome({ error }: { error: AppError | null }) {
  return error ? (
    <p className="outcome outcome--error" role="alert">
      {error.field === 'port' ? fr.network.portInvalid : describeError(error)}
    </p>
  ) : null;
}

export function MoveRegister({ registerId, establishmentName }: { registerId: string; establishmentName: string }) {
  const shared = useNetworkMode().register !== null;
  if (!mainProcess()) return null;
  return shared ? <MoveBack establishmentName={establishmentName} /> : <MoveUp registerId={registerId} />;
}

function MoveUp({ registerId }: { registerId: string }) {
  const store = useStore();
  const { joined } = useNetworkMode();
  const { values, set } = useFormValues(SERVER_DEFAULTS);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [head, setHead] = useState<number | null>(null);
  const progress = useMoveProgress(busy);
  const api = mainProcess();
  useEffect(() => {
    void store.headSeq().then(setHead);
  }, [store]);
  if (!api) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const server = serverSettings(values);
    if (!server.ok) return setError(server.error);
    setBusy(true);
    setError(null);
    try {
      const seq = await store.headSeq();
      const last = await store.eventAt(seq);
      if (!last) return setError(appError('register.notOpened'));
      const answer = await api['network:moveUp']({ registerId, head: { seq, hash: last.hash }, server: server.value });
      // The window now follows the server: this PC is one of its counters.
      if (answer.ok) joined(answer.value.server);
      else setError(answer.error);
    } finally {
      setBusy(false);
    }
  };

  const t = fr.networkMove;
  return (
    <form className="card network-move" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="move-up-title">
      <h2 id="move-up-title">{t.upTitle}</h2>
      <p className="lead">{t.upLead}</p>
      <ol className="network-move__steps">
        <li>{t.upSteps.server}</li>
        <li>{t.upSteps.reserve}</li>
        <li>{t.upSteps.after}</li>
      </ol>
      <ServerFields values={values} set={set} error={error} />
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> {t.upConfirm}
      </label>
      {busy ? (
        <p role="status">
          <progress max={Math.max(progress?.total ?? 0, 1)} value={progress?.done ?? 0} />{' '}
          {progress ? t.upSending(progress.done, progress.total) : t.upStarting}
        </p>
      ) : null}
      <Outcome error={error} />
      <button type="submit" className="primary" disabled={busy || !confirmed || head === null || head === 0}>
        {t.upStart(head ?? 0)}
      </button>
    </form>
  );
}

function MoveBack({ establishmentName }: { establishmentName: string }) {
  const { joined } = useNetworkMode();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [imported, setImported] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const exporting = useMoveProgress(busy && imported === null);
  const api = mainProcess();
  if (!api) return null;
  const t = fr.networkMove;

  const start = async () => {
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      const taken = await takeRegisterBack(api, ownRegister(), establishmentName, (seq, total) => setImported({ done: seq, total }));
      if (!taken.ok) return setError(taken.error);
      setDone(t.backDone(taken.value.path, taken.value.head.seq));
      // The window now works on this PC's own register.
      joined(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card network-move" aria-labelledby="move-back-title">
      <h2 id="move-back-title">{t.backTitle}</h2>
      <p className="lead">{t.backLead}</p>
      <ol className="network-move__steps">
        <li>{t.backSteps.others}</li>
        <li>{t.backSteps.folder}</li>
        <li>{t.backSteps.after}</li>
      </ol>
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> {t.backConfirm}
      </label>
      {busy ? (
        <p role="status">
          {imported ? (
            <>
              <progress max={Math.max(imported.total, 1)} value={imported.done} /> {t.backImporting(imported.done, imported.total)}
            </>
          ) : (
            <>
              <progress max={Math.max(exporting?.total ?? 0, 1)} value={exporting?.done ?? 0} /> {t.backExporting(exporting?.done ?? 0, exporting?.total ?? 0)}
            </>
          )}
        </p>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      <Outcome error={error} />
      <button type="button" className="primary" disabled={busy || !confirmed} onClick={() => void start()}>
        {t.backStart}
      </button>
    </section>
  );
}

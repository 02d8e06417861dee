// While a restore runs, the set-up screen shows only this: how far it is, and about how
// long is left, measured on this run (a resumed restore starts its estimate afresh).
import { fr } from '../../messages/fr';
import { secondsLeft, type RestoreProgress } from './restore-run';

export function RestoreRunning({ progress }: { progress: RestoreProgress }) {
  // Until the first page is in, the journal is being verified whole: no rate yet.
  const checking = progress.from < 0;
  return (
    <section className="card setup__card restore-running" aria-labelledby="restore-running-title">
      <h1 id="restore-running-title">{fr.restore.runningTitle}</h1>
      <p className="lead">{fr.restore.runningLead}</p>
      <progress
        className="restore-running__bar"
        max={Math.max(progress.total, 1)}
        value={checking ? undefined : progress.done}
        aria-label={fr.restore.barLabel}
      />
      <p role="status">
        {checking
          ? fr.restore.checking(progress.total)
          : `${fr.restore.imported(progress.done, progress.total)} — ${fr.restore.timeLeft(secondsLeft(progress, performance.now()))}`}
      </p>
    </section>
  );
}

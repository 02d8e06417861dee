// On a fresh installation: find the register on its reserve medium and rebuild it.
import { useState } from 'react';
import { appError, describeError, type AppError } from '../../../shared/errors';
import type { ReserveJournal } from '../../../shared/ipc/contract';
import { useDatabase } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { restoreFromReserve } from './restore-from-reserve';

export function RestoreFromReserve() {
  const db = useDatabase();
  const [journals, setJournals] = useState<ReserveJournal[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const api = mainProcess();
  if (!api) return null;

  const chooseFolder = async () => {
    setError(null);
    const chosen = await api['reserve:chooseFolder'](null);
    if (!chosen.ok) return setError(chosen.error.code === 'reserve.cancelled' ? null : chosen.error);
    const listed = await api['reserve:listJournals'](null);
    if (listed.ok) setJournals(listed.value.journals);
    else setError(listed.error);
  };

  const restore = async (journal: ReserveJournal) => {
    setError(null);
    setProgress(fr.restore.progress(0, journal.lastSeq));
    const restored = await restoreFromReserve(db, api, journal.registerId, (done, total) => setProgress(fr.restore.progress(done, total)));
    setProgress(null);
    if (!restored.ok) setError(restored.error);
    // On success the register exists: the application opens it by itself.
  };

  return (
    <section className="card setup__card" aria-labelledby="restore-title">
      <h2 id="restore-title">{fr.restore.title}</h2>
      <p className="lead">{fr.restore.intro}</p>
      <button type="button" className="secondary" onClick={() => void chooseFolder()}>
        {fr.restore.choose}
      </button>
      {journals?.length === 0 ? <p className="empty">{fr.restore.none}</p> : null}
      {journals && journals.length > 0 ? (
        <ul className="journals">
          {journals.map((journal) => (
            <li key={journal.registerId}>
              <span>{fr.restore.journal(journal.establishmentName, journal.lastSeq)}</span>
              {/* A write cut short on the medium: only complete events are restored, and the reader says so. */}
              {journal.tornTailBytes > 0 ? (
                <span className="journals__torn">{describeError(appError('restore.tornTail', undefined, { seq: String(journal.lastSeq), bytes: String(journal.tornTailBytes) }))}</span>
              ) : null}
              <button type="button" className="primary" disabled={progress !== null} onClick={() => void restore(journal)}>
                {fr.restore.restore(journal.establishmentName)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {progress ? <p role="status">{progress}</p> : null}
      {error ? (
        <p className="outcome outcome--error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
    </section>
  );
}

// On a fresh installation: find the register on its reserve medium and rebuild it. The
// run itself, its progress and its outcome are the set-up screen's (restore-run.ts).
import { useState } from 'react';
import { appError, describeError, type AppError } from '../../../shared/errors';
import type { ReserveJournal } from '../../../shared/ipc/contract';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { restoreFromReserve } from './restore-from-reserve';
import { clearRestoreError, runRestore, useRestoreRun } from './restore-run';
import { FormOutcome } from '../../components/FormOutcome';

export function RestoreFromReserve() {
  const store = useStore();
  const [journals, setJournals] = useState<ReserveJournal[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // The reserve is encrypted and this PC has no key yet: the recovery sheet's code is asked.
  const [codeNeeded, setCodeNeeded] = useState(false);
  const [code, setCode] = useState('');
  const running = useRestoreRun().running !== null;
  const api = mainProcess();
  if (!api) return null;

  const chooseFolder = async () => {
    setError(null);
    clearRestoreError();
    const chosen = await api['reserve:chooseFolder'](null);
    if (!chosen.ok) return setError(chosen.error.code === 'reserve.cancelled' ? null : chosen.error);
    await list();
  };

  const list = async () => {
    const listed = await api['reserve:listJournals'](null);
    setCodeNeeded(!listed.ok && listed.error.code === 'sealing.keyNeeded');
    if (listed.ok) setJournals(listed.value.journals);
    else setError(listed.error);
  };

  const unlock = async () => {
    setError(null);
    // A wrong code is refused by the main process in French; nothing is opened or changed.
    const unlocked = await api['sealing:unlock']({ code });
    if (!unlocked.ok) return setError(unlocked.error);
    setCode('');
    await list();
  };

  const restore = (journal: ReserveJournal) => {
    setError(null);
    // On success the register is whole: the application opens it by itself.
    void runRestore(journal.lastSeq, (onProgress) => restoreFromReserve(store, api, journal, onProgress));
  };

  return (
    <section className="card setup__card" aria-labelledby="restore-title">
      <h2 id="restore-title">{fr.restore.title}</h2>
      <p className="lead">{fr.restore.intro}</p>
      <button type="button" className="secondary" onClick={() => void chooseFolder()}>
        {fr.restore.choose}
      </button>
      {codeNeeded ? (
        <form
          className="restore__code"
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <label>
            {fr.restore.codeLabel}
            <input value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" spellCheck={false} aria-describedby="restore-code-hint" />
          </label>
          <p id="restore-code-hint" className="hint">
            {fr.restore.codeHint}
          </p>
          <button type="submit" className="primary">
            {fr.restore.unlock}
          </button>
        </form>
      ) : null}
      {journals?.length === 0 ? <p className="empty">{fr.restore.none}</p> : null}
      {journals && journals.length > 0 ? (
        <ul className="journals">
          {journals.map((journal) => (
            <li key={journal.registerId}>
              <span>{fr.restore.journal(journal.establishmentName, journal.lastSeq)}</span>
              {/* A write cut short on the medium: only complete events are restored, and the reader says so. */}
              {journal.tornTailBytes > 0 ? (
                <span className="journals__torn">
                  {describeError(appError('restore.tornTail', undefined, { seq: String(journal.lastSeq), bytes: String(journal.tornTailBytes) }))}
                </span>
              ) : null}
              <button type="button" className="primary" disabled={running} onClick={() => restore(journal)}>
                {fr.restore.restore(journal.establishmentName)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FormOutcome error={error} success={null} />
    </section>
  );
}

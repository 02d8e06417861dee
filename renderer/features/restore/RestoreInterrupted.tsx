// At launch, a restore that a closed window or a crash interrupted: the register stays
// closed (the write doors refuse while the marker exists) until the restore is resumed
// and complete. A reserve restore resumes from the same journal in one click; a
// hand-over package must be opened again, its content being gone with the window.
import type { RestoreUnderway } from '../../db/register-store';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { restoreFromReserve } from './restore-from-reserve';
import { runRestore } from './restore-run';

export function RestoreInterrupted({ restore }: { restore: RestoreUnderway }) {
  const store = useStore();
  const api = mainProcess();
  const { marker, held } = restore;
  const resume = () => {
    if (api) void runRestore(marker.target.seq, (onProgress) => restoreFromReserve(store, api, marker, onProgress));
  };
  return (
    <section className="card setup__card" aria-labelledby="restore-interrupted-title">
      <h1 id="restore-interrupted-title">{fr.restore.underwayTitle}</h1>
      <p className="lead">{fr.restore.underway(marker.establishmentName, held, marker.target.seq)}</p>
      {marker.source === 'reserve' ? (
        <>
          <p>{fr.restore.resumeFromReserve}</p>
          {api ? (
            <button type="button" className="primary" onClick={resume}>
              {fr.restore.resume}
            </button>
          ) : null}
        </>
      ) : (
        <p>{fr.restore.resumeFromPackage}</p>
      )}
    </section>
  );
}

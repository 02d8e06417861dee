// The yearly archives, in the Éditions tab: each verified by the main process when listed
// (the same bytes once per session), with its fingerprint and whether the reserve holds it. A year whose December is
// closed is archived by itself (archive-due-years.ts, also after each monthly closure);
// any year can be archived again on demand (a new file).
import { useCallback, useEffect, useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import type { YearlyArchive } from '../../../shared/ipc/contract';
import { formatInteger } from '../../../shared/french';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { createArchive } from './create-archive';
import { archiveDueYears } from './archive-due-years';
import './handover.css';
import { FormOutcome } from '../../components/FormOutcome';

export function YearlyArchives({ registerId, openedOn }: { registerId: string; openedOn: string }) {
  const store = useStore();
  const api = mainProcess();
  const [archives, setArchives] = useState<YearlyArchive[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - Number(openedOn.slice(0, 4)) + 1 }, (_, index) => thisYear - index);
  const [year, setYear] = useState(years[0] ?? thisYear);

  const refresh = useCallback(async () => {
    if (!api) return;
    // Years whose December is closed and not archived yet are archived first.
    const failed = await archiveDueYears(store, api);
    if (failed) setError(failed);
    const listed = await api['archive:list']({ registerId });
    if (listed.ok) setArchives(listed.value.archives);
    else setError(listed.error);
  }, [api, store, registerId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!api) return null;

  const archiveNow = async () => {
    setWorking(true);
    setError(null);
    setMessage(null);
    try {
      const created = await createArchive(store, api, { registerId, year, automatic: false });
      if (created.ok) setMessage(fr.archives.created(created.value.fileName));
      else setError(created.error);
      await refresh();
    } finally {
      setWorking(false);
    }
  };

  const newestFirst = [...(archives ?? [])].reverse();
  return (
    <section className="yearly-archives" aria-labelledby="archives-title">
      <h2 id="archives-title">{fr.archives.title}</h2>
      <p className="lead">{fr.archives.intro}</p>
      <div className="yearly-archives__create">
        <label className="field">
          <span className="field__label">{fr.archives.chooseYear}</span>
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" disabled={working} onClick={() => void archiveNow()}>
          {fr.archives.create(year)}
        </button>
      </div>
      {working ? <p role="status">{fr.archives.working}</p> : null}
      {message ? (
        <p className="outcome outcome--success" role="status">
          {message}
        </p>
      ) : null}
      <FormOutcome error={error} success={null} />
      {archives === null ? null : newestFirst.length === 0 ? (
        <p className="empty">{fr.archives.none}</p>
      ) : (
        <table className="table" aria-label={fr.archives.tableLabel}>
          <thead>
            <tr>
              <th>{fr.archives.year}</th>
              <th>{fr.archives.file}</th>
              <th>{fr.archives.size}</th>
              <th>{fr.archives.fingerprint}</th>
              <th>{fr.archives.state}</th>
              <th>{fr.archives.reserve}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((archive) => (
              <tr key={archive.fileName}>
                <td>{archive.year ?? '—'}</td>
                <td className="file-name">{archive.fileName}</td>
                <td className="nowrap">{formatInteger(Math.ceil(archive.size / 1024))} Ko</td>
                <td className="hash" title={archive.fingerprint ?? ''}>
                  {archive.fingerprint?.slice(0, 16) ?? '—'}
                </td>
                <td className={archive.problem ? 'outcome--error' : undefined}>{archive.problem ? describeError(archive.problem) : fr.archives.intact}</td>
                <td>{archive.onReserve ? fr.archives.onReserve : fr.archives.notOnReserve}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

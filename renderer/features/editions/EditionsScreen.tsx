// Every edition ever produced, newest first, with its SHA-256 as the register recorded
// it: reopen one (the main process checks the file still has that hash before showing
// it) or save a copy elsewhere (a key for the inspector). On arrival, the archive is
// copied to the reserve medium where it lacks anything.
import { useEffect, useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import { describePeriod } from '../../../shared/editions/period';
import { formatDay, formatMonth, lastDayOf, monthOf } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import type { RegisterIdentity } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { mainProcess } from '../../main-process';
import { editionKindLabel } from '../../../shared/editions/kind-labels';
import { fr } from '../../messages/fr';
import { ClosureEditionsStatus } from '../closure/ClosureEditionsStatus';
import type { MonthlyClosureState } from '../closure/use-monthly-closure';
import { listEditions, type RecordedEdition } from './edition-events';
import { ArchivedFileActions, ArchivedFileOutcome } from './ArchivedFileActions';
import { useArchivedFile } from './use-archived-file';
import { YearlyArchives } from '../handover/YearlyArchives';
import './editions.css';
import '../register/register.css';
import { EditionFilters, editionFilterWords } from './EditionFilters';
import { coveredMonths, editionMatches, EVERY_EDITION, type EditionFilter } from './edition-filter';

type ReserveSync =
  { state: 'checking' } | { state: 'done'; copied: number; missing: number; conflicts: string[] } | { state: 'failed'; error: AppError } | { state: 'none' };

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** A whole month reads "03/2026"; any other span "du … au …"; an integrity report covers the whole register. */
function periodText(edition: RecordedEdition): string {
  if (edition.edition === 'integrity') return fr.editions.wholeRegister(formatDay(edition.to));
  const month = monthOf(edition.from);
  if (edition.from === `${month}-01` && edition.to === lastDayOf(month)) return formatMonth(month);
  return describePeriod({ from: edition.from, to: edition.to });
}

function kindText(edition: RecordedEdition, kind: EstablishmentKind): string {
  return editionKindLabel(edition.edition, kind);
}

export function EditionsScreen({ identity, closure }: { identity: RegisterIdentity; closure: MonthlyClosureState }) {
  const editions = useRegisterQuery(listEditions);
  const products = useRegisterQuery((store) => store.products()) ?? [];
  const [sync, setSync] = useState<ReserveSync>({ state: 'checking' });
  const [filter, setFilter] = useState<EditionFilter>(EVERY_EDITION);
  const { registerId } = identity;
  const { act, outcome, working } = useArchivedFile(registerId);

  useEffect(() => {
    const api = mainProcess();
    if (!api) {
      setSync({ state: 'none' });
      return;
    }
    let current = true;
    void api['edition:syncReserve']({ registerId }).then((answer) => {
      if (current) setSync(answer.ok ? { state: 'done', ...answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [registerId, editions?.length]);

  const designation = (edition: RecordedEdition) => {
    // The integrity report and the annual declaration's letter and lists are about no product in particular.
    if (
      edition.edition === 'integrity' ||
      edition.edition === 'annual-letter' ||
      edition.edition.startsWith('annual-authorisations') ||
      edition.edition === 'annual-jare-fill-report'
    )
      return '—';
    const { productId } = edition;
    return productId === undefined ? fr.editions.allProducts : (products.find((product) => product.productId === productId)?.designation ?? productId);
  };
  /**
   * After a sync, every archived edition is on the reserve but those it names as held there
   * with other bytes and those whose copy failed (counted, not named): a row is known to be
   * on the reserve when no copy failed and its name is not a conflict.
   */
  const reserveState = (fileName: string): string => {
    if (sync.state !== 'done') return '—';
    if (sync.conflicts.includes(fileName)) return fr.editions.conflictOnReserve;
    return sync.missing === sync.conflicts.length ? fr.editions.onReserve : fr.editions.reserveUnknown;
  };
  const all = editions ?? [];
  const newestFirst = all.filter((edition) => editionMatches(edition, filter)).reverse();
  // The filters offer only what the archive holds.
  const kinds = [...new Map(all.map((edition) => [edition.edition, kindText(edition, identity.establishment.kind)])).entries()].map(([kind, label]) => ({
    kind,
    label,
  }));
  const filteredProducts = products.filter((product) => all.some((edition) => edition.productId === product.productId));

  return (
    <section className="screen editions" aria-labelledby="editions-title">
      <h1 id="editions-title">{fr.editions.title}</h1>
      <p className="lead">{fr.editions.intro}</p>
      <ClosureEditionsStatus closure={closure} />
      <ReserveLine sync={sync} />
      <ArchivedFileOutcome outcome={outcome} />
      {all.length > 1 ? (
        <>
          <EditionFilters value={filter} onChange={setFilter} kinds={kinds} months={coveredMonths(all)} products={filteredProducts} />
          <p className="field__hint">{editionFilterWords.shown(newestFirst.length, all.length)}</p>
        </>
      ) : null}
      {editions === undefined ? null : newestFirst.length === 0 ? (
        <p className="empty">{all.length === 0 ? fr.editions.none : editionFilterWords.none}</p>
      ) : (
        <table className="table editions-table" aria-label={fr.editions.tableLabel}>
          <thead>
            <tr>
              <th>{fr.editions.producedAt}</th>
              <th>{fr.editions.kind}</th>
              <th>{fr.editions.period}</th>
              <th>{fr.editions.product}</th>
              <th>{fr.editions.file}</th>
              <th>{fr.editions.hash}</th>
              <th>{fr.editions.reserve}</th>
              <th className="row-action">{fr.editions.actions}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((edition) => (
              <tr key={edition.seq}>
                <td className="nowrap">{dateTime.format(new Date(edition.recordedAt))}</td>
                <td className="kind">
                  {kindText(edition, identity.establishment.kind)}
                  {edition.closureOf ? <span className="kind-detail">{fr.editions.closureOf}</span> : null}
                </td>
                <td>{periodText(edition)}</td>
                <td>{designation(edition)}</td>
                <td className="file-name">
                  <FileName name={edition.fileName} />
                </td>
                <td className="hash" title={edition.sha256}>
                  {edition.sha256.slice(0, 16)}
                </td>
                <td className="reserve-state">{reserveState(edition.fileName)}</td>
                <td className="row-action">
                  <ArchivedFileActions file={edition} working={working} onAct={(file, action) => void act(file, action)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <YearlyArchives registerId={registerId} openedOn={identity.openedOn} />
    </section>
  );
}

/** A long file name may break after each part (period, edition, product…), never inside one. */
function FileName({ name }: { name: string }) {
  const parts = name.split('_');
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              _<wbr />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}

function ReserveLine({ sync }: { sync: ReserveSync }) {
  switch (sync.state) {
    case 'checking':
      return <p className="muted">{fr.editions.reserveChecking}</p>;
    case 'none':
      return null;
    case 'failed':
      return <p className="reserve-line reserve-line--warning">{describeError(sync.error)}</p>;
    case 'done':
      return sync.missing === 0 ? (
        <p className="reserve-line reserve-line--ok">{fr.editions.reserveAll(sync.copied)}</p>
      ) : (
        <p className="reserve-line reserve-line--warning">{fr.editions.reserveMissing(sync.missing)}</p>
      );
  }
}

// On a fresh installation: take over a register from the seller's hand-over package.
// The file is verified whole before anything is written; what is wrong, if anything, is
// said exactly (the part, the journal's line). The buyer then chooses their own reserve
// medium, and the register is imported; the reserve receives the journal as soon as the
// register opens.
import { useEffect, useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import type { OpenedPackage } from '../../../shared/ipc/contract';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { chooseReserveFolder, readReserveChoice, type ReserveChoice } from '../setup/reserve-choice';
import { ReserveChoiceLine } from '../setup/ReserveChoiceLine';
import { clearRestoreError, runRestore, useRestoreRun } from '../restore/restore-run';
import { importPackage } from './import-package';
import './handover.css';
import { FormOutcome } from '../../components/FormOutcome';

export function ImportPackage() {
  const store = useStore();
  const api = mainProcess();
  const [opened, setOpened] = useState<OpenedPackage | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [choice, setChoice] = useState<ReserveChoice>({ kind: 'checking' });
  const running = useRestoreRun().running !== null;
  const [reserveMissing, setReserveMissing] = useState(false);
  // The sealed file chosen, waiting for its passphrase (the main process keeps it).
  const [sealedName, setSealedName] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');

  useEffect(() => {
    if (opened) void readReserveChoice(api, opened.registerId).then(setChoice);
  }, [api, opened]);
  if (!api) return null;

  const open = async (typed: string | null) => {
    setError(null);
    clearRestoreError();
    setOpened(null);
    const answer = await api['package:open'](typed === null ? null : { passphrase: typed });
    if (answer.ok) {
      setSealedName(null);
      setPassphrase('');
      setOpened(answer.value);
    } else if (answer.error.code === 'package.passphraseNeeded') {
      setSealedName(answer.error.params?.fileName ?? '');
      setPassphrase('');
    } else if (answer.error.code !== 'package.cancelled') setError(answer.error);
  };

  const chooseReserve = async () => {
    if (!opened) return;
    const chosen = await chooseReserveFolder(api, opened.registerId);
    setChoice(chosen.choice);
    setError(chosen.error);
    if (chosen.choice.kind === 'chosen') setReserveMissing(false);
  };

  const take = async () => {
    if (!opened) return;
    const current = await readReserveChoice(api, opened.registerId);
    setChoice(current);
    if (current.kind !== 'chosen') return setReserveMissing(true);
    setError(null);
    // The run, its progress and its outcome are the set-up screen's (restore-run.ts); on
    // success the register is whole and the application opens it by itself.
    await runRestore(opened.head.seq, (onProgress) => importPackage(store, api, opened, onProgress));
  };

  return (
    <section className="card setup__card package-import" aria-labelledby="package-import-title">
      <h2 id="package-import-title">{fr.handover.importTitle}</h2>
      <p className="lead">{fr.handover.importIntro}</p>
      <button type="button" className="secondary" onClick={() => void open(null)} disabled={running}>
        {fr.handover.choose}
      </button>
      {sealedName !== null ? (
        <form
          className="package-import__passphrase"
          onSubmit={(event) => {
            event.preventDefault();
            void open(passphrase);
          }}
        >
          <p>{describeError({ code: 'package.passphraseNeeded', params: { fileName: sealedName } })}</p>
          <label className="field">
            <span>{fr.handover.passphraseField}</span>
            <input value={passphrase} autoComplete="off" spellCheck={false} onChange={(event) => setPassphrase(event.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={running || passphrase.trim() === ''}>
            {fr.handover.openSealed}
          </button>
        </form>
      ) : null}
      <FormOutcome error={error} success={null} />
      {opened ? (
        <>
          <div className="package-import__summary" role="status">
            <p>
              <strong>{fr.handover.verified}</strong> {opened.fileName}
            </p>
            <p>{fr.handover.summary(opened.establishmentName, `${opened.holder.name} (n° ${opened.holder.orderNumber})`, opened.head.seq, opened.editions)}</p>
            <p>
              {fr.handover.compare} <code className="fingerprint">{opened.fingerprint}</code>
            </p>
          </div>
          <fieldset className="setup__reserve">
            <legend>{fr.handover.reserveStep}</legend>
            <p className="field__hint">{fr.handover.reserveWhy}</p>
            <ReserveChoiceLine choice={choice} />
            <button type="button" className="secondary" onClick={() => void chooseReserve()}>
              {choice.kind === 'chosen' ? fr.reserve.change : fr.reserve.choose}
            </button>
            {reserveMissing ? (
              <p className="outcome outcome--error" role="alert">
                {fr.handover.reserveFirst}
              </p>
            ) : null}
          </fieldset>
          <button type="button" className="primary" disabled={running} onClick={() => void take()}>
            {fr.handover.import(opened.establishmentName)}
          </button>
        </>
      ) : null}
    </section>
  );
}

// Turning on encryption of the reserve (decision 0041): the recovery code is shown once,
// the sheet is printed, and encryption starts only when the person types back the group
// asked for — proof that the code exists somewhere other than this screen.
import { useEffect, useState } from 'react';
import { type AppError } from '../../../shared/errors';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { FormOutcome } from '../../components/FormOutcome';

interface Drawn {
  recoveryCode: string;
  groupToTypeBack: number;
  recipient: string;
}

export function SealingSetUp({ registerId }: { registerId: string }) {
  const store = useStore();
  const api = mainProcess();
  const [active, setActive] = useState<boolean | null>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const [clearJournal, setClearJournal] = useState(false);
  const [migration, setMigration] = useState<'idle' | 'running' | number>('idle');

  const refresh = async () => {
    const status = await api?.['sealing:status']({ registerId });
    setActive(status?.ok === true && status.value.active);
    setClearJournal(status?.ok === true && status.value.clearJournal);
  };
  useEffect(() => {
    void refresh();
  }, [api, registerId]);
  if (!api || active === null) return null;

  const start = async () => {
    setError(null);
    const answer = await api['sealing:setUp'](null);
    if (answer.ok) setDrawn(answer.value);
    else setError(answer.error);
  };

  const print = async () => {
    if (!drawn) return;
    setError(null);
    // The PDF library and the fonts are loaded when a sheet is printed, not with the window:
    // evaluated at start they were a third of the window's first task.
    const [identity, head, { recoverySheetPdf }, fonts] = await Promise.all([
      store.identity(),
      store.lastEvent(),
      import('../../../shared/encryption/recovery-sheet-pdf'),
      import('../editions/edition-fonts').then(({ loadEditionFonts }) => loadEditionFonts()),
    ]);
    if (!identity || !head) return;
    const bytes = recoverySheetPdf(
      { recoveryCode: drawn.recoveryCode, recipient: drawn.recipient, registerId },
      { establishment: identity.establishment, head: { seq: head.seq, hash: head.hash }, editedAt: new Date(), fonts },
    );
    const opened = await api['sealing:openSheet']({ bytes });
    if (!opened.ok) setError(opened.error);
  };

  const confirm = async () => {
    setError(null);
    const answer = await api['sealing:confirm']({ typedGroup: typed });
    if (!answer.ok) return setError(answer.error);
    setDrawn(null);
    setDone(true);
    await refresh();
  };

  // The person's consent, given by this button whose words say the clear copy is removed.
  const migrate = async () => {
    setError(null);
    setMigration('running');
    const answer = await api['sealing:migrate']({ registerId, consent: 'removeClearCopy' });
    if (!answer.ok) {
      setMigration('idle');
      return setError(answer.error);
    }
    setMigration(answer.value.events);
    await refresh();
  };

  return (
    <section className="card sealing" aria-label={fr.sealing.title}>
      <h2>{fr.sealing.title}</h2>
      <p className="lead">{fr.sealing.intro}</p>
      {active && !done ? <p>{fr.sealing.active}</p> : null}
      {done ? <p role="status">{fr.sealing.done}</p> : null}
      {active && clearJournal ? (
        <div className="sealing__migration">
          <p>{fr.sealing.clearCopy}</p>
          <button type="button" className="primary" disabled={migration === 'running'} onClick={() => void migrate()}>
            {migration === 'running' ? fr.sealing.migrating : fr.sealing.migrate}
          </button>
        </div>
      ) : null}
      {typeof migration === 'number' ? <p role="status">{fr.sealing.migrated(migration)}</p> : null}
      {!active && drawn === null ? (
        <button type="button" className="secondary" onClick={() => void start()}>
          {fr.sealing.start}
        </button>
      ) : null}
      {active && drawn === null && !clearJournal ? (
        <div className="sealing__rekey">
          <p className="field__hint">{fr.sealing.newSheetWhy}</p>
          <button type="button" className="secondary" onClick={() => void start()}>
            {fr.sealing.newSheet}
          </button>
        </div>
      ) : null}
      {drawn ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <p>{fr.sealing.codeShown}</p>
          <p className="sealing__code" aria-label="Code de secours">
            <code>{drawn.recoveryCode}</code>
          </p>
          <button type="button" className="secondary" onClick={() => void print()}>
            {fr.sealing.print}
          </button>
          <label>
            {fr.sealing.typeBack(drawn.groupToTypeBack)}
            <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <button type="submit" className="primary">
            {fr.sealing.confirm}
          </button>
        </form>
      ) : null}
      <FormOutcome error={error} success={null} />
    </section>
  );
}

// The seller's button: the hand-over package and its décharge, written where the seller
// chooses. Mounted in the Établissement tab; the cession wizard can mount it too, and the
// closure wizard with purpose "deposit" (the package for the ARS or the DDPP).
import { useState } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import type { ExportedPackage } from '../../../shared/ipc/contract';
import type { WholeRegisterPurpose } from '../../../shared/package/manifest';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { journalBytes } from './journal-bytes';
import './handover.css';

interface HandoverPackageProps {
  registerId: string;
  purpose?: WholeRegisterPurpose;
  /** False inside a section that already says what the package is (the closure wizard's slot). */
  titled?: boolean;
}

export function HandoverPackage({ registerId, purpose = 'handover', titled = true }: HandoverPackageProps) {
  const words = purpose === 'handover' ? fr.handover : { ...fr.handover, ...fr.deposit };
  const store = useStore();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; value: ExportedPackage } | { ok: false; error: AppError } | null>(null);
  const api = mainProcess();
  if (!api) return null;

  const openDischarge = async () => {
    const answer = await api['package:openDischarge'](null);
    if (!answer.ok) setOutcome(answer);
  };

  const openPassphraseSheet = async () => {
    const answer = await api['package:openPassphraseSheet'](null);
    if (!answer.ok) setOutcome(answer);
  };

  const exportPackage = async () => {
    setWorking(true);
    setOutcome(null);
    try {
      const answer = await api['package:export']({ registerId, journal: await journalBytes(store), purpose });
      setOutcome(!answer.ok && answer.error.code === 'package.cancelled' ? null : answer);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={titled ? 'card handover' : 'handover handover--bare'} aria-label={words.title}>
      {titled ? (
        <>
          <h2>{words.title}</h2>
          <p className="lead">{words.intro}</p>
        </>
      ) : null}
      <button type="button" className="secondary" disabled={working} onClick={() => void exportPackage()}>
        {words.export}
      </button>
      {working ? <p role="status">{fr.handover.exporting}</p> : null}
      {outcome?.ok === false ? (
        <p className="outcome outcome--error" role="alert">
          {describeError(outcome.error)}
        </p>
      ) : null}
      {outcome?.ok ? (
        <div className="outcome outcome--success" role="status">
          <p>{words.exported(outcome.value.path)}</p>
          <p>{words.discharge(outcome.value.dischargePath)}</p>
          <button type="button" className="link" onClick={() => void openDischarge()}>
            {words.openDischarge}
          </button>
          <p>{fr.handover.passphrase}</p>
          <p>
            <code className="fingerprint" data-testid="package-passphrase">
              {outcome.value.passphrase}
            </code>
          </p>
          <p className="field__hint">{words.passphraseWhy}</p>
          <button type="button" className="link" onClick={() => void openPassphraseSheet()}>
            {fr.handover.openPassphraseSheet}
          </button>
          <p>{fr.handover.parts(outcome.value.parts)}</p>
          <p>
            {fr.handover.fingerprint} <code className="fingerprint">{outcome.value.fingerprint}</code>
          </p>
        </div>
      ) : null}
    </section>
  );
}

// « Vérifier le certificat du serveur », for a counter joined without the fingerprint: it
// connects « préféré » or « exigé » (decision 0067), and the certificate of the machine
// that answers is not checked. The person types the fingerprint printed on the sheet for
// adding a counter; the main process tries it first and keeps it only if the server
// presents that very certificate and still takes the kept password
// (network:verifyCertificate). Shown only while the certificate is not checked: nothing
// here leads back from a checked certificate to an unchecked one.
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/errors';
import { FormOutcome } from '../../components/FormOutcome';
import { useNetworkMode, useNetworkStatus } from '../../db/NetworkContext';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';
import { FingerprintField } from './ServerFields';
import './network.css';

export function VerifyCertificate({ className = 'card' }: { className?: string }) {
  const { register } = useNetworkMode();
  const status = useNetworkStatus();
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [verified, setVerified] = useState(false);
  const api = mainProcess();
  if (!api || !register || !status) return null;
  const t = fr.networkVerify;

  if (status.server.fingerprint) {
    // Said once, right after the pin; a counter already pinned has nothing to do here.
    return verified ? (
      <section className={`${className} network-verify`} aria-labelledby="verify-certificate-title">
        <h2 id="verify-certificate-title">{t.title}</h2>
        <p className="outcome outcome--success" role="status">
          {t.done}
        </p>
      </section>
    ) : null;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await api['network:verifyCertificate']({ fingerprint });
      if (!answer.ok) return setError(answer.error);
      setVerified(true);
      register.protectionChanged(answer.value.server);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={`${className} network-verify`} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="verify-certificate-title">
      <h2 id="verify-certificate-title">{t.title}</h2>
      <p className="lead">{status.server.requireTls ? t.nowRequired : t.nowPreferred}</p>
      <ol className="network-move__steps">
        <li>{t.steps.sheet}</li>
        <li>{t.steps.type}</li>
        <li>{t.steps.tried}</li>
      </ol>
      <FingerprintField value={fingerprint} onChange={setFingerprint} error={error} />
      <FormOutcome error={error} success={null} />
      <button type="submit" className="primary" disabled={busy || fingerprint.trim() === ''}>
        {busy ? t.verifying : t.verify}
      </button>
    </form>
  );
}

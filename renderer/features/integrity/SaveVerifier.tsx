// « Enregistrer le vérificateur… »: a copy of the offline verifier page (docs/verifier.md),
// written by the main process where the person chooses, to hand to an inspector or keep
// on a key beside the reserve copy.
import { useState } from 'react';
import { describeError } from '../../../shared/errors';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

type Outcome = { ok: true; message: string } | { ok: false; message: string };

export function SaveVerifier() {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async () => {
    const api = mainProcess();
    if (!api) {
      setOutcome({ ok: false, message: fr.verifier.noMainProcess });
      return;
    }
    setSaving(true);
    setOutcome(null);
    try {
      const answer = await api['verifier:save'](null);
      setOutcome(answer.ok ? { ok: true, message: fr.verifier.saved(answer.value.path) } : { ok: false, message: describeError(answer.error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="card" aria-labelledby="verifier-title">
      <h2 id="verifier-title">{fr.verifier.title}</h2>
      <p>{fr.verifier.intro}</p>
      <button type="button" className="secondary" onClick={() => void save()} disabled={saving}>
        {saving ? fr.verifier.saving : fr.verifier.save}
      </button>
      {outcome ? <p className={outcome.ok ? 'outcome outcome--success' : 'outcome outcome--error'}>{outcome.message}</p> : null}
    </div>
  );
}

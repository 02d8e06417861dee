// The "Cession / cessation" tab: hand the register over to a buyer, or close it for good.
// Both wizards read where they stand from the register; the choice here only says which
// one is shown (a closed register shows its closure).
import { useState } from 'react';
import { useRegisterClosed } from '../../db/RegisterClosedContext';
import type { RegisterIdentity } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { CessionWizard } from './CessionWizard';
import { ClosureWizard } from './ClosureWizard';
import { t } from './messages';
import { readCessionStep, readClosureProgress } from './read-progress';
import './cession.css';

type Mode = 'cession' | 'closure';

export function CessionScreen({ identity }: { identity: RegisterIdentity }) {
  const closed = useRegisterClosed();
  const [chosen, setMode] = useState<Mode>('cession');
  const step = useRegisterQuery(readCessionStep);
  const progress = useRegisterQuery(readClosureProgress);
  const stock = useRegisterQuery((store) => store.stock());
  const mode: Mode = closed ? 'closure' : chosen;
  return (
    <section className="screen cession" aria-labelledby="cession-title">
      <h1 id="cession-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {closed ? null : (
        <fieldset className="kind-chooser">
          <legend>{t.choose}</legend>
          {(['cession', 'closure'] as const).map((option) => (
            <label key={option} className={`kind-chooser__option${mode === option ? ' kind-chooser__option--current' : ''}`}>
              <input type="radio" name="cession-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {t.modes[option]}
            </label>
          ))}
        </fieldset>
      )}
      {step === undefined || progress === undefined || stock === undefined ? null : mode === 'cession' ? (
        <CessionWizard derived={step} identity={identity} />
      ) : (
        <ClosureWizard progress={progress} stock={stock} identity={identity} />
      )}
    </section>
  );
}

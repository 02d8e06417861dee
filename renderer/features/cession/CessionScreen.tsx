// The "Cession / cessation" tab: hand the register over to a buyer, or close it for good.
// Both wizards read where they stand from the register; the choice here only says which
// one is shown (a closed register shows its closure).
import { useState } from 'react';
import { useRegisterClosed } from '../../db/RegisterClosedContext';
import { stockByProduct, type RegisterIdentity } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { CessionWizard } from './CessionWizard';
import { ClosureWizard } from './ClosureWizard';
import { t } from './messages';
import './cession.css';

type Mode = 'cession' | 'closure';

export function CessionScreen({ identity }: { identity: RegisterIdentity }) {
  const closed = useRegisterClosed();
  const [chosen, setMode] = useState<Mode>('cession');
  // The wizards need the whole chain (the lots of the transfer inventory, what came after each step).
  const events = useRegisterQuery((db) => db.events.toArray());
  const stock = useRegisterQuery(stockByProduct);
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
      {events === undefined || stock === undefined ? null : mode === 'cession' ? (
        <CessionWizard events={events} identity={identity} />
      ) : (
        <ClosureWizard events={events} stock={stock} identity={identity} />
      )}
    </section>
  );
}

// Under a product's register: its inventories, destruction dossiers and thefts, with the
// references an inspector asks for (the same lines the register editions end with).
import { lifecycleSteps, LIFECYCLE_EVENT_TYPES } from '../../../shared/editions/lifecycle-steps';
import { formatDay } from '../../../shared/register/dates';
import { frenchTypography } from '../../../shared/french';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';

const WHOLE_REGISTER = { from: '0001-01-01', to: '9999-12-31' };

export function LifecycleSteps({ productId, designation }: { productId: string; designation: string }) {
  const events = useRegisterQuery((store) => store.eventsOfTypes(LIFECYCLE_EVENT_TYPES));
  if (!events) return null;
  const steps = lifecycleSteps(events, WHOLE_REGISTER, productId);
  const t = fr.register;
  return (
    <section className="card register-steps" aria-labelledby="register-steps-title">
      <h2 id="register-steps-title">{t.stepsTitle}</h2>
      <p className="lead lead--in-card">{t.stepsExplain}</p>
      {steps.length === 0 ? (
        <p className="empty">{t.stepsEmpty}</p>
      ) : (
        <table className="table" aria-label={`${t.stepsTitle} : ${designation}`}>
          <thead>
            <tr>
              <th className="number">{t.seq}</th>
              <th>{t.date}</th>
              <th>{t.step}</th>
              <th>{t.stepProducts}</th>
              <th>{t.stepReferences}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.seq}>
                <td className="number">{step.seq}</td>
                <td>{formatDay(step.operationDate)}</td>
                <td>{step.step}</td>
                <td>
                  {step.products.map((line) => (
                    <div key={line}>{frenchTypography(line)}</div>
                  ))}
                </td>
                <td>{frenchTypography(step.references)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

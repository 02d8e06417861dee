// The patient's narcotics over the last weeks, as the register recorded them on
// prescriptions: one line per dispensation with the days it covered, and a bar on a
// common timeline so that an overlap or a gap shows before the new one is entered
// (art. R. 5132-33 du code de la santé publique). The text says it all; the bars repeat it.
import { addDays, formatDay } from '../../../shared/register/dates';
import { HISTORY_DAYS } from '../../../shared/prescription/history';
import { coverageTimeline } from '../../../shared/prescription/timeline';
import { formatQuantity } from '../../../shared/register/quantity';
import type { ProductSummary } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';

interface Props {
  name: string;
  today: string;
  products: readonly ProductSummary[];
}

export function PatientHistory({ name, today, products }: Props) {
  const patient = name.trim();
  const window = { from: addDays(today, -HISTORY_DAYS), to: addDays(today, 28) };
  const history = useRegisterQuery(
    (store) => (patient === '' ? Promise.resolve([]) : store.patientDispensations(patient, addDays(window.from, -28))),
    [patient, today],
  );
  const bars = coverageTimeline(history ?? [], window);
  if (bars.length === 0) return null;
  const total = HISTORY_DAYS + 29;
  const t = fr.dispensation.history;
  const designation = (productId: string) => products.find((product) => product.productId === productId)?.designation ?? productId;
  return (
    <section className="patient-history field--wide" aria-label={t.title}>
      <p className="prescription-review__title">{t.title}</p>
      <ul>
        {bars.map(({ dispensation, covered, offset, length }) => (
          <li key={dispensation.seq}>
            <span>
              {t.line(
                designation(dispensation.productId),
                dispensation.seq,
                formatDay(dispensation.operationDate),
                formatQuantity(dispensation.quantity),
                formatDay(covered.from),
                formatDay(covered.to),
                dispensation.prescriber.name,
              )}
            </span>
            <span className="patient-history__track" aria-hidden="true">
              <span className="patient-history__bar" style={{ left: `${(offset / total) * 100}%`, width: `${(length / total) * 100}%` }} />
              <span className="patient-history__today" style={{ left: `${((HISTORY_DAYS + 0.5) / total) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// The Registre tab's printing: a period (the current month unless changed) and, in one
// click each, the register of the product on screen, of every product, and the
// ordonnancier of the period in its three classifications.
import { useId, useState } from 'react';
import { checkedPeriod, monthPeriod, type Period } from '../../../shared/editions/period';
import { isIsoDay, localDay, monthOf } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import { DateInput } from '../../components/DateInput';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import { fr } from '../../messages/fr';
import '../editions/editions.css';

function validPeriod(from: string, to: string): Period | null {
  if (!isIsoDay(from) || !isIsoDay(to) || from > to) return null;
  return checkedPeriod({ from, to });
}

export function RegisterPrint({ productId, kind }: { productId: string; kind: EstablishmentKind }) {
  const id = useId();
  const printer = usePrint();
  const [initial] = useState(() => monthPeriod(monthOf(localDay(new Date()))));
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const period = validPeriod(from, to);
  const labels = fr.editions.print;

  const withPeriod = (print: (period: Period) => void) => () => {
    if (!period) printer.refuse(labels.periodInvalid);
    else print(period);
  };

  return (
    <fieldset className="card print-card" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{labels.legend}</legend>
      <div className="print-card__row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{labels.from}</label>
          <DateInput id={`${id}-from`} value={from} onChange={setFrom} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{labels.to}</label>
          <DateInput id={`${id}-to`} value={to} onChange={setTo} />
        </div>
        <div className="print-card__buttons">
          <PrintButton
            printer={printer}
            name="product"
            className="primary"
            label={labels.product}
            onClick={withPeriod((chosen) => {
              if (!productId) printer.refuse(labels.chooseProduct);
              else void printer.print('product', { kind: 'product-register', productId, period: chosen });
            })}
          />
          <PrintButton
            printer={printer}
            name="all"
            label={labels.allProducts}
            onClick={withPeriod((chosen) => void printer.print('all', { kind: 'period-journal', period: chosen }))}
          />
          <PrintButton
            printer={printer}
            name="dispensations"
            label={labels.dispensations[kind]}
            onClick={withPeriod((chosen) => void printer.print('dispensations', { kind: 'dispensations', period: chosen }))}
          />
          <PrintButton
            printer={printer}
            name="thefts"
            label={labels.thefts}
            onClick={withPeriod((chosen) => void printer.print('thefts', { kind: 'theft', period: chosen }))}
          />
        </div>
      </div>
      <p className="field__hint">{labels.explain}</p>
      <PrintOutcome printer={printer} />
    </fieldset>
  );
}

// The register of one product, laid out like the paper register: order number, date,
// nature, counterparty, entry, exit and the balance after each line.
import { useState } from 'react';
import { formatDay } from '../../../shared/register/dates';
import type { CorrectableEvent, EstablishmentKind } from '../../../shared/register/events';
import { formatQuantity } from '../../../shared/register/quantity';
import { frenchTypography } from '../../../shared/french';
import { movementCounterparty, movementNature } from '../../../shared/register/labels';
import { registerLines } from '../../../shared/stock/movements';
import { FormOutcome } from '../../components/FormOutcome';
import { ProductSelect } from '../../components/ProductSelect';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { CorrectionForm } from './CorrectionForm';
import { LifecycleSteps } from './LifecycleSteps';
import { RegisterPrint } from './RegisterPrint';

export function ProductRegister({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const products = useRegisterQuery((store) => store.products()) ?? [];
  const [productId, setProductId] = useState('');
  const selected = productId || products[0]?.productId || '';
  const product = products.find((candidate) => candidate.productId === selected);
  const events = useRegisterQuery((store) => store.productEvents(selected), [selected]);
  const lines = events ? registerLines(events) : [];
  const [correcting, setCorrecting] = useState<CorrectableEvent | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);

  return (
    <section className="screen" aria-labelledby="register-title">
      <h1 id="register-title">{fr.register.title}</h1>
      <div className="toolbar">
        <ProductSelect products={products} value={selected} onChange={setProductId} includeInactive />
      </div>
      <RegisterPrint productId={selected} kind={establishmentKind} />
      {correcting ? (
        <CorrectionForm
          key={correcting.seq}
          target={correcting}
          onCancel={() => setCorrecting(null)}
          onDone={(message) => {
            setCorrecting(null);
            setCorrected(message);
          }}
        />
      ) : null}
      <FormOutcome error={null} success={corrected} />
      {product && lines.length > 0 ? (
        <table className="table register-table" aria-label={`${fr.register.title} : ${product.designation}`}>
          <thead>
            <tr>
              <th className="number">{fr.register.seq}</th>
              <th>{fr.register.date}</th>
              <th>{fr.register.nature}</th>
              <th>{fr.register.counterparty}</th>
              <th className="number">{fr.register.entry}</th>
              <th className="number">{fr.register.exit}</th>
              <th className="number">{fr.register.balance}</th>
              <th>{fr.register.validatedBy}</th>
              <th>{fr.register.observations}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map(({ event, entry, exit, balance, correctedBy }) => (
              <tr key={event.seq} className={correctedBy === null ? undefined : 'corrected'}>
                <td className="number">{event.seq}</td>
                <td>{formatDay(event.operationDate)}</td>
                <td>{movementNature(event, establishmentKind)}</td>
                <td>{frenchTypography(movementCounterparty(event))}</td>
                <td className="number">{entry === null ? '' : formatQuantity(entry)}</td>
                <td className="number">{exit === null ? '' : formatQuantity(exit)}</td>
                <td className="number strong">{formatQuantity(balance)}</td>
                <td>{event.validatedBy.name}</td>
                <td>
                  {event.observation ? <span className="observation">{event.observation}</span> : null}
                  {correctedBy !== null ? (
                    fr.register.correctedBy(correctedBy)
                  ) : event.type !== 'correction' && event.type !== 'inventory.adjustment' && event.type !== 'destruction' ? (
                    <button
                      type="button"
                      className="link"
                      aria-label={fr.register.correctLabel(event.seq)}
                      onClick={() => {
                        setCorrected(null);
                        setCorrecting(event);
                      }}
                    >
                      {fr.register.correct}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{fr.register.empty}</p>
      )}
      {product ? <LifecycleSteps productId={product.productId} designation={product.designation} /> : null}
    </section>
  );
}

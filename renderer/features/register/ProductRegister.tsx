// The register of one product, laid out like the paper register: order number, date,
// nature, counterparty, entry, exit and the balance after each line.
import { useState } from 'react';
import { formatDay } from '../../../shared/register/dates';
import type { MovementEvent } from '../../../shared/register/events';
import { formatQuantity } from '../../../shared/register/quantity';
import { missingCaseError } from '../../../shared/result';
import { registerLines } from '../../../shared/stock/movements';
import { ProductSelect } from '../../components/ProductSelect';
import { listProducts, productEvents } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';

function nature(event: MovementEvent): string {
  switch (event.type) {
    case 'receipt':
      return fr.register.receipt;
    case 'dispensation':
      return fr.register.dispensation;
    default:
      throw missingCaseError(event);
  }
}

function counterparty(event: MovementEvent): string {
  switch (event.type) {
    case 'receipt':
      return [event.supplier.name, event.deliveryRef ? `BL ${event.deliveryRef}` : null].filter(Boolean).join(' — ');
    case 'dispensation':
      return `${event.patient.name} / Dr ${event.prescriber.name} — ${fr.register.ordonnancier(event.ordonnancierNumber)}`;
    default:
      throw missingCaseError(event);
  }
}

export function ProductRegister() {
  const products = useRegisterQuery(listProducts) ?? [];
  const [productId, setProductId] = useState('');
  const selected = productId || products[0]?.productId || '';
  const product = products.find((candidate) => candidate.productId === selected);
  const events = useRegisterQuery((db) => productEvents(db, selected), [selected]);
  const lines = events ? registerLines(events) : [];

  return (
    <section className="screen" aria-labelledby="register-title">
      <h1 id="register-title">{fr.register.title}</h1>
      <div className="toolbar">
        <ProductSelect products={products} value={selected} onChange={setProductId} />
      </div>
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
            </tr>
          </thead>
          <tbody>
            {lines.map(({ event, entry, exit, balance }) => (
              <tr key={event.seq}>
                <td className="number">{event.seq}</td>
                <td>{formatDay(event.operationDate)}</td>
                <td>{nature(event)}</td>
                <td>{counterparty(event)}</td>
                <td className="number">{entry === null ? '' : formatQuantity(entry)}</td>
                <td className="number">{exit === null ? '' : formatQuantity(exit)}</td>
                <td className="number strong">{formatQuantity(balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{fr.register.empty}</p>
      )}
    </section>
  );
}

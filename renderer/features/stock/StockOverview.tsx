// Current stock of every product: the register balance, what can be dispensed, and what
// waits in quarantine for destruction (counted in the balance, never dispensable).
import { formatQuantity } from '../../../shared/register/quantity';
import { dispensable, EMPTY_STOCK } from '../../../shared/stock/movements';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { QuarantineSection } from '../quarantine/QuarantineSection';

export function StockOverview() {
  const products = useRegisterQuery((store) => store.products());
  const stock = useRegisterQuery((store) => store.stock());
  return (
    <section className="screen" aria-labelledby="stock-title">
      <h1 id="stock-title">{fr.stock.title}</h1>
      {products && products.length > 0 ? (
        <table className="table" aria-label={fr.stock.title}>
          <thead>
            <tr>
              <th>{fr.stock.designation}</th>
              <th className="number">{fr.stock.quantity}</th>
              <th className="number">{fr.stock.dispensable}</th>
              <th className="number">{fr.stock.quarantine}</th>
              <th>{fr.stock.unit}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => {
              const balance = stock?.get(product.productId) ?? EMPTY_STOCK;
              return (
                <tr key={product.productId} className={product.active ? undefined : 'inactive'}>
                  <td>
                    {product.designation}{' '}
                    <span className="muted">
                      — {product.form} {product.strength}
                    </span>
                  </td>
                  <td className="number strong">{formatQuantity(balance.total)}</td>
                  <td className="number">{formatQuantity(dispensable(balance))}</td>
                  <td className="number">{balance.quarantine > 0 ? formatQuantity(balance.quarantine) : '—'}</td>
                  <td>{product.unit}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="empty">{fr.stock.none}</p>
      )}
      {products && products.length > 0 ? <QuarantineSection /> : null}
    </section>
  );
}

import { formatQuantity, toMilli } from '../../../shared/register/quantity';
import { listProducts, stockByProduct } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';

export function StockOverview() {
  const products = useRegisterQuery(listProducts);
  const stock = useRegisterQuery(stockByProduct);
  return (
    <section className="screen" aria-labelledby="stock-title">
      <h1 id="stock-title">{fr.stock.title}</h1>
      {products && products.length > 0 ? (
        <table className="table" aria-label={fr.stock.title}>
          <thead>
            <tr>
              <th>{fr.stock.designation}</th>
              <th className="number">{fr.stock.quantity}</th>
              <th>{fr.stock.unit}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.productId}>
                <td>
                  {product.designation} <span className="muted">— {product.form} {product.strength}</span>
                </td>
                <td className="number strong">{formatQuantity(stock?.get(product.productId) ?? toMilli(0))}</td>
                <td>{product.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{fr.stock.none}</p>
      )}
    </section>
  );
}

import { formatQuantity } from '../../../shared/register/quantity';
import { listProducts } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { AddProductForm } from './AddProductForm';

export function ProductsScreen() {
  const products = useRegisterQuery(listProducts);
  return (
    <section className="screen" aria-labelledby="products-title">
      <h1 id="products-title">{fr.product.title}</h1>
      <AddProductForm />
      {products && products.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{fr.product.designation}</th>
              <th>{fr.product.form}</th>
              <th>{fr.product.strength}</th>
              <th>{fr.product.unit}</th>
              <th className="number">{fr.product.perBox}</th>
              <th>CIP13</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.productId}>
                <td>{product.designation}</td>
                <td>{product.form}</td>
                <td>{product.strength}</td>
                <td>{product.unit}</td>
                <td className="number">{formatQuantity(product.perBox)}</td>
                <td>{product.cip13 ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{fr.product.none}</p>
      )}
    </section>
  );
}

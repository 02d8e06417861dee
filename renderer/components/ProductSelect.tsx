import { useId } from 'react';
import type { AppError } from '../../shared/errors';
import type { ProductSummary } from '../db/queries';
import { fr } from '../messages/fr';
import { productLabel } from './product-search';

interface ProductSelectProps {
  products: readonly ProductSummary[];
  value: string;
  onChange: (productId: string) => void;
  error?: AppError | null;
  /** The register and its editions still show a product once it is deactivated. */
  includeInactive?: boolean;
}

export { productLabel } from './product-search';

export function ProductSelect({ products, value, onChange, error, includeInactive = false }: ProductSelectProps) {
  const id = useId();
  const invalid = error?.field === 'productId';
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {fr.common.product}
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <select id={id} name="productId" value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{fr.common.chooseProduct}</option>
        {/* An inactive product can no longer move, so movement forms do not offer it. */}
        {products
          .filter((product) => includeInactive || product.active)
          .map((product) => (
            <option key={product.productId} value={product.productId}>
              {product.active ? productLabel(product) : fr.common.inactiveProduct(productLabel(product))}
            </option>
          ))}
      </select>
    </div>
  );
}

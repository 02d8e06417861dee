import { useId } from 'react';
import type { AppError } from '../../shared/errors';
import type { ProductSummary } from '../db/queries';
import { fr } from '../messages/fr';

interface ProductSelectProps {
  products: readonly ProductSummary[];
  value: string;
  onChange: (productId: string) => void;
  error?: AppError | null;
}

export function productLabel(product: ProductSummary): string {
  return `${product.designation} — ${product.form} ${product.strength}`;
}

export function ProductSelect({ products, value, onChange, error }: ProductSelectProps) {
  const id = useId();
  const invalid = error?.field === 'productId';
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {fr.common.product}
        <span className="field__required" aria-hidden="true"> *</span>
      </label>
      <select id={id} name="productId" value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{fr.common.chooseProduct}</option>
        {/* An inactive product can no longer move (it stays in the register and its editions). */}
        {products.filter((product) => product.active).map((product) => (
          <option key={product.productId} value={product.productId}>
            {productLabel(product)}
          </option>
        ))}
      </select>
    </div>
  );
}

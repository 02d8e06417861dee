// Edits a product's definition. Its unit is locked once any quantity has been counted
// in it: changing it would silently change every line already recorded.
import { useId, type FormEvent } from 'react';
import type { RegisterEvent } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormValues } from '../../components/use-form-values';
import type { ProductSummary } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { productWords } from './messages';
import { productChange, productFormValues } from './product-drafts';
import { ProductFields } from './ProductFields';

interface EditProductFormProps {
  product: ProductSummary;
  onCancel: () => void;
  onDone: (recorded: RegisterEvent) => void;
}

export function EditProductForm({ product, onCancel, onDone }: EditProductFormProps) {
  const titleId = useId();
  const { values, set } = useFormValues(productFormValues(product));
  const { record, refuse, error, saving } = useRecord();
  const state = useRegisterQuery((store) => store.product(product.productId), [product.productId]);
  // Until the register has answered, the unit is treated as locked.
  const unitLocked = state === undefined || state.hasMovements;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = productChange(product, unitLocked ? { ...values, unit: product.unit } : values);
    if (!draft.ok) return refuse(draft.error);
    const saved = await record(draft.value);
    if (saved) onDone(saved);
  };

  return (
    <form className="edit-product" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{productWords.editTitle(product.designation)}</h2>
      <p className="lead lead--in-card">{productWords.editExplain}</p>
      <ProductFields
        values={values}
        set={set}
        error={error}
        {...(unitLocked ? { lockedUnit: { value: product.unit, hint: state ? productWords.unitLocked(product.unit) : fr.common.loading } } : {})}
      />
      <FormOutcome error={error} success={null} />
      <div className="actions">
        <SubmitButton label={productWords.save} saving={saving} />
        <button type="button" className="secondary" onClick={onCancel}>
          {productWords.cancel}
        </button>
      </div>
    </form>
  );
}

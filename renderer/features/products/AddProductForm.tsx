import { useEffect, useRef, type FormEvent } from 'react';
import { FormOutcome } from '../../components/FormOutcome';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { productWords } from './messages';
import { EMPTY_PRODUCT, productDefinition, type ProductFormValues } from './product-drafts';
import { ProductFields } from './ProductFields';

interface AddProductFormProps {
  /** The values the form opens with: a presentation of the catalogue, or nothing. */
  initial?: ProductFormValues;
  /** Said above the fields, such as where the values came from. */
  notice?: string | null;
}

export function AddProductForm({ initial = EMPTY_PRODUCT, notice = null }: AddProductFormProps) {
  const { values, set, reset } = useFormValues(initial);
  const { record, refuse, error, recorded, saving } = useRecord();
  const formRef = useRef<HTMLFormElement>(null);
  // Filled from the catalogue: the cursor waits on the units per box, the figure to check; Enter adds.
  const prefilled = notice !== null;
  useEffect(() => {
    if (prefilled) formRef.current?.querySelector<HTMLInputElement>('[name="perBox"]')?.focus();
  }, [prefilled]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = productDefinition(values);
    if (!draft.ok) return refuse(draft.error);
    const saved = await record(draft.value);
    // Empty once added, whatever it opened with.
    if (saved) reset(EMPTY_PRODUCT);
  };

  const success = recorded?.type === 'product.defined' ? productWords.added(recorded.product.designation, recorded.seq) : null;
  return (
    <form ref={formRef} className="card" onSubmit={submit} noValidate aria-labelledby="add-product-title">
      <h2 id="add-product-title">{productWords.addTitle}</h2>
      {notice && !recorded ? <p className="field__hint">{notice}</p> : null}
      <ProductFields values={values} set={set} error={error} />
      <FormOutcome error={error} success={success} />
      <SubmitButton label={productWords.submit} saving={saving} />
    </form>
  );
}

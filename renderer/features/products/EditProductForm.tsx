// Edits a product's definition. Its unit is locked once any quantity has been counted
// in it: changing it would silently change every line already recorded.
import { useId, type FormEvent } from 'react';
import type { RegisterEvent } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import type { ProductSummary } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { productWords } from './messages';
import { productChange, productFormValues } from './product-drafts';
import { LimitsFields } from './LimitsFields';
import { SubstanceFields } from './SubstanceFields';
import { FORMS, UNITS } from './suggestions';

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
      <div className="grid">
        <TextField name="designation" label={productWords.designation} value={values.designation} onChange={set('designation')} error={error} required />
        <TextField name="form" label={productWords.form} value={values.form} onChange={set('form')} error={error} required suggestions={FORMS} />
        <TextField name="strength" label={productWords.strength} value={values.strength} onChange={set('strength')} error={error} required />
        {unitLocked ? (
          <LockedField label={productWords.unit} value={product.unit} hint={state ? productWords.unitLocked(product.unit) : fr.common.loading} />
        ) : (
          <TextField
            name="unit"
            label={productWords.unit}
            value={values.unit}
            onChange={set('unit')}
            error={error}
            required
            suggestions={UNITS}
            hint={productWords.unitHint}
          />
        )}
        <TextField name="perBox" label={productWords.perBox} value={values.perBox} onChange={set('perBox')} error={error} required inputMode="decimal" />
        <TextField name="cip13" label={productWords.cip13} value={values.cip13} onChange={set('cip13')} error={error} inputMode="numeric" />
      </div>
      <SubstanceFields values={values} set={set} error={error} />
      <LimitsFields values={values} set={set} error={error} />
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

/** A field shown but not editable, with the reason on one line. */
function LockedField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  return (
    <div className="field field--locked">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="unit" value={value} disabled readOnly aria-describedby={`${id}-hint`} />
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

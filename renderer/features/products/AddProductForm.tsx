import type { FormEvent } from 'react';
import { FormOutcome } from '../../components/FormOutcome';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { productWords } from './messages';
import { EMPTY_PRODUCT, productDefinition } from './product-drafts';
import { LimitsFields } from './LimitsFields';
import { SubstanceFields } from './SubstanceFields';
import { FORMS, UNITS } from './suggestions';

export function AddProductForm() {
  const { values, set, reset } = useFormValues(EMPTY_PRODUCT);
  const { record, refuse, error, recorded, saving } = useRecord();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = productDefinition(values);
    if (!draft.ok) return refuse(draft.error);
    const saved = await record(draft.value);
    if (saved) reset();
  };

  const success = recorded?.type === 'product.defined' ? productWords.added(recorded.product.designation, recorded.seq) : null;
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-product-title">
      <h2 id="add-product-title">{productWords.addTitle}</h2>
      <div className="grid">
        <TextField name="designation" label={productWords.designation} value={values.designation} onChange={set('designation')} error={error} required />
        <TextField name="form" label={productWords.form} value={values.form} onChange={set('form')} error={error} required suggestions={FORMS} />
        <TextField name="strength" label={productWords.strength} value={values.strength} onChange={set('strength')} error={error} required />
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
        <TextField name="perBox" label={productWords.perBox} value={values.perBox} onChange={set('perBox')} error={error} required inputMode="decimal" />
        <TextField name="cip13" label={productWords.cip13} value={values.cip13} onChange={set('cip13')} error={error} inputMode="numeric" />
      </div>
      <SubstanceFields values={values} set={set} error={error} />
      <LimitsFields values={values} set={set} error={error} />
      <FormOutcome error={error} success={success} />
      <SubmitButton label={productWords.submit} saving={saving} />
    </form>
  );
}

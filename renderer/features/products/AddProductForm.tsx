import type { FormEvent } from 'react';
import { FormOutcome } from '../../components/FormOutcome';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
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

  const success = recorded?.type === 'product.defined' ? fr.product.added(recorded.product.designation, recorded.seq) : null;
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-product-title">
      <h2 id="add-product-title">{fr.product.addTitle}</h2>
      <div className="grid">
        <TextField name="designation" label={fr.product.designation} value={values.designation} onChange={set('designation')} error={error} required />
        <TextField name="form" label={fr.product.form} value={values.form} onChange={set('form')} error={error} required suggestions={FORMS} />
        <TextField name="strength" label={fr.product.strength} value={values.strength} onChange={set('strength')} error={error} required />
        <TextField name="unit" label={fr.product.unit} value={values.unit} onChange={set('unit')} error={error} required suggestions={UNITS} hint={fr.product.unitHint} />
        <TextField name="perBox" label={fr.product.perBox} value={values.perBox} onChange={set('perBox')} error={error} required inputMode="decimal" />
        <TextField name="cip13" label={fr.product.cip13} value={values.cip13} onChange={set('cip13')} error={error} inputMode="numeric" />
      </div>
      <SubstanceFields values={values} set={set} error={error} />
      <LimitsFields values={values} set={set} error={error} />
      <FormOutcome error={error} success={success} />
      <SubmitButton label={fr.product.submit} saving={saving} />
    </form>
  );
}

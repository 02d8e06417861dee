import type { FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { parseQuantity } from '../../../shared/register/quantity';
import { FormOutcome } from '../../components/FormOutcome';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';

const EMPTY = { designation: '', form: '', strength: '', unit: '', perBox: '', cip13: '' };
const FORMS = ['comprimé', 'comprimé LP', 'gélule', 'gélule LP', 'dispositif transdermique', 'solution injectable', 'solution buvable', 'sirop', 'poudre'];
const UNITS = ['comprimé', 'gélule', 'patch', 'ampoule', 'flacon', 'sachet', 'mL', 'mg', 'g'];

export function AddProductForm() {
  const { values, set, reset } = useFormValues(EMPTY);
  const { record, refuse, error, recorded, saving } = useRecord();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const perBox = parseQuantity(values.perBox);
    if (!perBox.ok) return refuse({ ...perBox.error, field: 'perBox' });
    const saved = await record({
      operationDate: localDay(new Date()),
      body: {
        type: 'product.defined',
        product: { designation: values.designation, form: values.form, strength: values.strength, unit: values.unit, perBox: perBox.value, cip13: values.cip13 },
      },
    });
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
      <FormOutcome error={error} success={success} />
      <SubmitButton label={fr.product.submit} saving={saving} />
    </form>
  );
}

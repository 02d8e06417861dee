// An exit on prescription: refused beyond the available stock, with the running
// balance shown before saving.
import type { FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { parseQuantity } from '../../../shared/register/quantity';
import { FormOutcome } from '../../components/FormOutcome';
import { ProductSelect } from '../../components/ProductSelect';
import { StockPreview } from '../../components/StockPreview';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { listProducts, productStock } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { useRecord } from '../../db/use-record';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';

const today = () => localDay(new Date());

export function DispensationForm() {
  const initial = { productId: '', operationDate: today(), quantity: '', patientName: '', patientAddress: '', prescriberName: '', prescriberAddress: '', ordonnancierNumber: '' };
  const { values, set, reset } = useFormValues(initial);
  const { record, refuse, error, recorded, saving } = useRecord();
  const products = useRegisterQuery(listProducts) ?? [];
  const product = products.find((candidate) => candidate.productId === values.productId);
  const available = useRegisterQuery((db) => productStock(db, values.productId), [values.productId]);
  const quantity = parseQuantity(values.quantity);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    if (!quantity.ok) return refuse(quantity.error);
    const saved = await record({
      operationDate: values.operationDate,
      body: {
        type: 'dispensation',
        productId: product.productId,
        quantity: quantity.value,
        patient: { name: values.patientName, address: values.patientAddress },
        prescriber: { name: values.prescriberName, address: values.prescriberAddress },
        ordonnancierNumber: values.ordonnancierNumber,
      },
    });
    if (saved) reset({ operationDate: values.operationDate });
  };

  return (
    <section className="screen" aria-labelledby="dispensation-title">
      <h1 id="dispensation-title">{fr.dispensation.title}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <div className="grid">
          <ProductSelect products={products} value={values.productId} onChange={set('productId')} error={error} />
          <TextField name="operationDate" type="date" label={fr.common.operationDate} value={values.operationDate} onChange={set('operationDate')} error={error} max={today()} required />
          <TextField name="quantity" label={product ? `${fr.common.quantity} (${product.unit})` : fr.common.quantity} value={values.quantity} onChange={set('quantity')} error={error} required inputMode="decimal" />
          <TextField name="ordonnancierNumber" label={fr.dispensation.ordonnancierNumber} value={values.ordonnancierNumber} onChange={set('ordonnancierNumber')} error={error} required />
          <TextField name="patient.name" label={fr.dispensation.patientName} value={values.patientName} onChange={set('patientName')} error={error} required />
          <TextField name="patient.address" label={fr.dispensation.patientAddress} value={values.patientAddress} onChange={set('patientAddress')} error={error} required />
          <TextField name="prescriber.name" label={fr.dispensation.prescriberName} value={values.prescriberName} onChange={set('prescriberName')} error={error} required />
          <TextField name="prescriber.address" label={fr.dispensation.prescriberAddress} value={values.prescriberAddress} onChange={set('prescriberAddress')} error={error} />
        </div>
        {product && available !== undefined ? (
          <StockPreview available={available} unit={product.unit} change={quantity.ok ? { direction: 'exit', quantity: quantity.value } : null} />
        ) : null}
        <FormOutcome error={error} success={recorded ? fr.dispensation.done(recorded.seq) : null} />
        <SubmitButton label={fr.dispensation.submit} saving={saving} />
      </form>
    </section>
  );
}

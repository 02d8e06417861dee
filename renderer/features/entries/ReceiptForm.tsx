// An entry into stock from a supplier, counted in boxes or in units of intake.
import type { FormEvent } from 'react';
import { localDay } from '../../../shared/register/dates';
import { parseReceivedQuantity, type ReceivedIn } from '../../../shared/register/quantity';
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

export function ReceiptForm() {
  const initial = { productId: '', operationDate: today(), quantity: '', receivedIn: 'boxes', supplierName: '', supplierAddress: '', deliveryRef: '' };
  const { values, set, reset } = useFormValues(initial);
  const { record, refuse, error, recorded, saving } = useRecord();
  const products = useRegisterQuery(listProducts) ?? [];
  const product = products.find((candidate) => candidate.productId === values.productId);
  const available = useRegisterQuery((db) => productStock(db, values.productId), [values.productId]);
  const receivedIn = values.receivedIn as ReceivedIn;
  const quantity = product ? parseReceivedQuantity(values.quantity, receivedIn, product.perBox) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    if (!quantity?.ok) return refuse(quantity?.error ?? { code: 'quantity.malformed', field: 'quantity' });
    const saved = await record({
      operationDate: values.operationDate,
      body: {
        type: 'receipt',
        productId: product.productId,
        quantity: quantity.value,
        supplier: { name: values.supplierName, address: values.supplierAddress },
        deliveryRef: values.deliveryRef,
      },
    });
    // The supplier usually delivers several products: keep it for the next line.
    if (saved) reset({ supplierName: values.supplierName, supplierAddress: values.supplierAddress, deliveryRef: values.deliveryRef, operationDate: values.operationDate });
  };

  return (
    <section className="screen" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{fr.receipt.title}</h1>
      <form className="card" onSubmit={submit} noValidate>
        <div className="grid">
          <ProductSelect products={products} value={values.productId} onChange={set('productId')} error={error} />
          <TextField name="operationDate" type="date" label={fr.common.operationDate} value={values.operationDate} onChange={set('operationDate')} error={error} max={today()} required />
          <TextField name="quantity" label={fr.common.quantity} value={values.quantity} onChange={set('quantity')} error={error} required inputMode="decimal" />
          <div className="field">
            <span className="field__label">{fr.receipt.receivedIn}</span>
            <div className="choices">
              {(['boxes', 'units'] as const).map((mode) => (
                <label key={mode} className="choice">
                  <input type="radio" name="receivedIn" value={mode} checked={values.receivedIn === mode} onChange={() => set('receivedIn')(mode)} />
                  {mode === 'boxes' ? fr.receipt.boxes : product ? product.unit : fr.receipt.units}
                </label>
              ))}
            </div>
          </div>
          <TextField name="supplier.name" label={fr.receipt.supplierName} value={values.supplierName} onChange={set('supplierName')} error={error} required />
          <TextField name="supplier.address" label={fr.receipt.supplierAddress} value={values.supplierAddress} onChange={set('supplierAddress')} error={error} />
          <TextField name="deliveryRef" label={fr.receipt.deliveryRef} value={values.deliveryRef} onChange={set('deliveryRef')} error={error} />
        </div>
        {product && available !== undefined ? (
          <StockPreview available={available} unit={product.unit} change={quantity?.ok ? { direction: 'entry', quantity: quantity.value } : null} />
        ) : null}
        <FormOutcome error={error} success={recorded ? fr.receipt.done(recorded.seq) : null} />
        <SubmitButton label={fr.receipt.submit} saving={saving} />
      </form>
    </section>
  );
}

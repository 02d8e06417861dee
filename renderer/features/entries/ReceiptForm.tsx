// An entry into stock from a supplier, counted in boxes or in units of intake, with the
// lot and expiry printed on the box. The supplier and its delivery note stay filled in
// after a save: a delivery usually brings several products.
import type { FormEvent } from 'react';
import { expiryInWords, parseExpiry } from '../../../shared/register/expiry';
import { parseReceivedQuantity, type ReceivedIn } from '../../../shared/register/quantity';
import { FormOutcome } from '../../components/FormOutcome';
import { StockPreview } from '../../components/StockPreview';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
import { EntryChoices, EntryTextField, ProductField } from './EntryField';
import { entryValues, outcomeError, today, typedQuantity, useEntryForm } from './use-entry-form';

const FIELDS = [
  'productId',
  'quantity',
  'lot',
  'expiry',
  'supplier.name',
  'supplier.profession',
  'supplier.address',
  'deliveryRef',
  'orderBookRef',
  'operationDate',
  'observation',
];

const PROFESSIONS = Object.values(fr.receipt.professions);

const RECEIVED_IN = ['boxes', 'units'] as const satisfies readonly ReceivedIn[];

export function ReceiptForm() {
  const initial = entryValues({
    receivedIn: 'boxes',
    lot: '',
    expiry: '',
    supplierName: '',
    supplierProfession: '',
    supplierAddress: '',
    deliveryRef: '',
    orderBookRef: '',
  });
  const { values, set, products, product, stock, formRef, save, refuse, error, recorded, saving } = useEntryForm(initial);
  const receivedIn: ReceivedIn = values.receivedIn === 'units' ? 'units' : 'boxes';
  const quantity = product && values.quantity.trim() !== '' ? parseReceivedQuantity(values.quantity, receivedIn, product.perBox) : null;
  const expiry = parseExpiry(values.expiry);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    const checked = quantity ?? typedQuantity(values.quantity);
    if (!checked.ok) return refuse(checked.error);
    await save(
      {
        type: 'receipt',
        productId: product.productId,
        quantity: checked.value,
        supplier: { name: values.supplierName, address: values.supplierAddress, profession: values.supplierProfession },
        deliveryRef: values.deliveryRef,
        lot: values.lot,
        // What cannot be read goes as typed: the register refuses it, in its order of fields.
        expiry: expiry.ok ? expiry.value : values.expiry.trim(),
        orderBookRef: values.orderBookRef,
      },
      {
        receivedIn: values.receivedIn,
        supplierName: values.supplierName,
        supplierProfession: values.supplierProfession,
        supplierAddress: values.supplierAddress,
        deliveryRef: values.deliveryRef,
        orderBookRef: values.orderBookRef,
      },
    );
  };

  return (
    <section aria-labelledby="receipt-title">
      <h2 id="receipt-title">{fr.receipt.title}</h2>
      <form ref={formRef} className="card" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{fr.receipt.productLegend}</legend>
          <div className="grid">
            <ProductField products={products} value={values.productId} onChange={set('productId')} error={error} />
            <EntryTextField name="quantity" label={fr.common.quantity} value={values.quantity} onChange={set('quantity')} error={error} required inputMode="decimal" />
            <EntryChoices
              name="receivedIn"
              label={fr.receipt.receivedIn}
              error={error}
              value={receivedIn}
              choices={RECEIVED_IN}
              labels={(mode) => (mode === 'boxes' ? fr.receipt.boxes : (product?.unit ?? fr.receipt.units))}
              onChange={set('receivedIn')}
            />
            <EntryTextField name="lot" label={fr.receipt.lot} value={values.lot} onChange={set('lot')} error={error} required />
            <EntryTextField
              name="expiry"
              label={fr.receipt.expiry}
              value={values.expiry}
              onChange={set('expiry')}
              error={error}
              required
              placeholder="MM/AAAA"
              hint={expiry.ok && values.expiry.trim() !== expiry.value ? fr.receipt.expiryRead(expiryInWords(expiry.value)) : fr.receipt.expiryHint}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{fr.receipt.supplierLegend}</legend>
          <p className="field__hint entry-form__hint">{fr.receipt.supplierKept}</p>
          <div className="grid">
            <EntryTextField name="supplier.name" label={fr.receipt.supplierName} value={values.supplierName} onChange={set('supplierName')} error={error} required />
            <EntryTextField
              name="supplier.profession"
              label={fr.receipt.supplierProfession}
              value={values.supplierProfession}
              onChange={set('supplierProfession')}
              error={error}
              required
              suggestions={PROFESSIONS}
            />
            <EntryTextField name="supplier.address" label={fr.receipt.supplierAddress} value={values.supplierAddress} onChange={set('supplierAddress')} error={error} required />
            <EntryTextField name="deliveryRef" label={fr.receipt.deliveryRef} value={values.deliveryRef} onChange={set('deliveryRef')} error={error} required />
            <EntryTextField name="orderBookRef" label={fr.receipt.orderBookRef} value={values.orderBookRef} onChange={set('orderBookRef')} error={error} />
          </div>
        </fieldset>
        <div className="grid">
          <EntryTextField name="operationDate" type="date" label={fr.common.operationDate} value={values.operationDate} onChange={set('operationDate')} error={error} max={today()} required />
          <EntryTextField name="observation" label={fr.entries.observation} value={values.observation} onChange={set('observation')} error={error} hint={fr.entries.observationHint} />
        </div>
        {product && stock ? <StockPreview stock={stock} unit={product.unit} change={quantity?.ok ? { direction: 'entry', quantity: quantity.value } : null} /> : null}
        <FormOutcome error={outcomeError(error, FIELDS)} success={recorded ? fr.receipt.done(recorded.seq) : null} />
        <SubmitButton label={fr.receipt.submit} saving={saving} />
      </form>
    </section>
  );
}

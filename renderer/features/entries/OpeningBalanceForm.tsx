// The stock carried over from a previous register (paper or other software), written as
// the first line of the product's page and flagged with where it comes from.
import { startingFrom, type StartingProps } from '../register/starting-values';
import type { FormEvent } from 'react';
import { STOCK_COMPARTMENTS, type StockCompartment } from '../../../shared/register/events';
import { COMPARTMENT_LABELS } from '../../../shared/register/labels';
import { FormOutcome } from '../../components/FormOutcome';
import { StockPreview } from '../../components/StockPreview';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
import { LabelledProduct, LabelledText } from '../../components/LabelledField';
import { DateAndObservation } from './DateAndObservation';
import { EntryChoices } from './EntryChoices';
import { entryValues, outcomeError, typedQuantity, useEntryForm } from './use-entry-form';
import { ScanNotice } from '../scan/ScanNotice';

const FIELDS = ['productId', 'quantity', 'compartment', 'source', 'operationDate', 'observation'];

export function OpeningBalanceForm({ initial: starting = {} }: StartingProps = {}) {
  const initial = entryValues({ compartment: 'dispensable', source: '', ...startingFrom(starting) });
  const { values, edit, products, product, stock, formRef, save, scan, refuse, error, recorded, saving } = useEntryForm(initial);
  const compartment: StockCompartment = values.compartment === 'quarantine' ? 'quarantine' : 'dispensable';
  const quantity = typedQuantity(values.quantity);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    if (!quantity.ok) return refuse(quantity.error);
    // The next product usually comes from the same page of the same old register.
    await save(
      { type: 'opening.balance', productId: product.productId, quantity: quantity.value, compartment, source: values.source },
      { source: values.source },
    );
  };

  return (
    <section aria-labelledby="opening-balance-title">
      <h2 id="opening-balance-title">{fr.openingBalance.title}</h2>
      <p className="lead">{fr.openingBalance.explain}</p>
      <form ref={formRef} className="card entry-form" onSubmit={submit} noValidate>
        <ScanNotice notice={scan.notice} onDismiss={scan.dismiss} onCreated={scan.adopt} />
        <div className="grid">
          <LabelledProduct products={products} value={values.productId} onChange={edit('productId')} error={error} />
          <LabelledText
            name="quantity"
            label={product ? fr.entries.quantityIn(product.unit) : fr.common.quantity}
            value={values.quantity}
            onChange={edit('quantity')}
            error={error}
            required
            inputMode="decimal"
          />
          <EntryChoices
            name="compartment"
            label={fr.openingBalance.compartment}
            error={error}
            value={compartment}
            choices={STOCK_COMPARTMENTS}
            labels={(choice) => COMPARTMENT_LABELS[choice]}
            onChange={edit('compartment')}
          />
          <LabelledText
            name="source"
            label={fr.openingBalance.source}
            value={values.source}
            onChange={edit('source')}
            error={error}
            required
            hint={fr.openingBalance.sourceHint}
          />
          <DateAndObservation values={values} edit={edit} error={error} />
        </div>
        {product && stock ? (
          <StockPreview
            stock={stock}
            compartment={compartment}
            unit={product.unit}
            change={quantity.ok ? { direction: 'entry', quantity: quantity.value } : null}
          />
        ) : null}
        <FormOutcome error={outcomeError(error, FIELDS)} success={recorded ? fr.openingBalance.done(recorded.seq) : null} />
        <SubmitButton label={fr.openingBalance.submit} saving={saving} />
      </form>
    </section>
  );
}

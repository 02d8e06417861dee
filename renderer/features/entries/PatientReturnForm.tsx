// Narcotics brought back by a patient or a family: they enter the register, into
// quarantine, and wait there for destruction; they are never dispensed again.
import { startingFrom, type StartingValues } from '../register/starting-values';
import type { FormEvent } from 'react';
import type { EstablishmentKind } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { StockPreview } from '../../components/StockPreview';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
import { DateAndObservation } from './DateAndObservation';
import { LabelledProduct, LabelledText } from '../../components/LabelledField';
import { entryValues, outcomeError, typedQuantity, useEntryForm } from './use-entry-form';
import { ScanNotice } from '../scan/ScanNotice';

const FIELDS = ['productId', 'quantity', 'returnedBy', 'comment', 'operationDate', 'observation'];

export function PatientReturnForm({ establishmentKind, initial: starting = {} }: { establishmentKind: EstablishmentKind; initial?: StartingValues }) {
  // A veterinary register speaks of the animal's keeper, never of a patient.
  const words = establishmentKind === 'veterinaire' ? fr.ownerReturn : fr.patientReturn;
  const initial = entryValues({ returnedBy: '', comment: '', ...startingFrom(starting) });
  const { values, edit, products, product, stock, formRef, save, scan, refuse, error, recorded, saving } = useEntryForm(initial);
  const quantity = typedQuantity(values.quantity);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    if (!quantity.ok) return refuse(quantity.error);
    // A family often brings back several products at once: keep who brought them.
    await save(
      { type: 'patient.return', productId: product.productId, quantity: quantity.value, returnedBy: values.returnedBy, comment: values.comment },
      { returnedBy: values.returnedBy },
    );
  };

  return (
    <section aria-labelledby="patient-return-title">
      <h2 id="patient-return-title">{words.title}</h2>
      <p className="entry-notice" role="note">
        {words.quarantine}
      </p>
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
          <LabelledText
            name="returnedBy"
            label={words.returnedBy}
            value={values.returnedBy}
            onChange={edit('returnedBy')}
            error={error}
            required
            hint={words.returnedByHint}
          />
          <LabelledText name="comment" label={words.comment} value={values.comment} onChange={edit('comment')} error={error} />
          <DateAndObservation values={values} edit={edit} error={error} />
        </div>
        {product && stock ? (
          <StockPreview
            stock={stock}
            compartment="quarantine"
            unit={product.unit}
            change={quantity.ok ? { direction: 'entry', quantity: quantity.value } : null}
          />
        ) : null}
        <FormOutcome error={outcomeError(error, FIELDS)} success={recorded ? words.done(recorded.seq) : null} />
        <SubmitButton label={words.submit} saving={saving} />
      </form>
    </section>
  );
}

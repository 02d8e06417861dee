// An entry into stock from a supplier, counted in boxes or in units of intake, with the
// lot and expiry printed on the box. The supplier and its delivery note stay filled in
// after a save: a delivery usually brings several products. With nothing typed yet, the
// form starts from the register's most recent supplier, and says so; the delivery note
// is asked once, at the first box of a delivery (a scan leaves the cursor on the
// quantity, and Entrée then goes to the note when it is still empty, to be typed or read
// from the note's barcode).
import { startingFrom, type StartingProps } from '../register/starting-values';
import { useEffect, useState, type FormEvent } from 'react';
import { expiryInWords, parseExpiry } from '../../../shared/register/expiry';
import { parseReceivedQuantity, type ReceivedIn } from '../../../shared/register/quantity';
import type { ImportAuthorisationKind } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { TradeAuthorisationFields, typedAuthorisation } from '../../components/TradeAuthorisationFields';
import { StockPreview } from '../../components/StockPreview';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
import { LabelledProduct, LabelledText } from '../../components/LabelledField';
import { DateAndObservation } from './DateAndObservation';
import { EntryChoices } from './EntryChoices';
import { keepValues, keptValues } from '../../components/kept-values';
import { PersonNameField } from '../../components/PersonNameField';
import { entryValues, outcomeError, typedQuantity, useEntryForm } from './use-entry-form';
import { ScanNotice } from '../scan/ScanNotice';
import { lotAsTyped } from '../../../shared/scan/lot-text';
import { formatDay } from '../../../shared/register/dates';
import { DeliveryLine } from './DeliveryLine';
import { SUPPLIER_FIELDS, useRecentSupplier } from './use-recent-supplier';

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
  'authorisation.kind',
  'authorisation.number',
  'operationDate',
  'observation',
];

const PROFESSIONS = Object.values(fr.receipt.professions);

const RECEIVED_IN = ['boxes', 'units'] as const satisfies readonly ReceivedIn[];

/**
 * What stays across a change of tab: the supplier, who delivers most receipts. The papers
 * (delivery note, carnet à souches) stay from one line to the next only, in the form.
 */
const KEPT_AS = 'receipt.supplier';

export function ReceiptForm({ initial: starting = {} }: StartingProps = {}) {
  const initial = entryValues({
    receivedIn: 'boxes',
    lot: '',
    expiry: '',
    'supplier.name': '',
    'supplier.profession': '',
    'supplier.address': '',
    deliveryRef: '',
    orderBookRef: '',
    'authorisation.kind': '',
    'authorisation.number': '',
    ...keptValues(KEPT_AS),
    ...startingFrom(starting),
  });
  // The delivery note is asked for once, before the register would refuse its absence;
  // until it is given, the scanner may read it from the note's barcode.
  const [noteAsked, setNoteAsked] = useState(false);
  const { values, edit, products, product, stock, formRef, save, scan, refuse, error, recorded, saving } = useEntryForm(
    initial,
    (current) => noteAsked && current.deliveryRef.trim() === '',
  );
  const receivedIn: ReceivedIn = values.receivedIn === 'units' ? 'units' : 'boxes';
  const quantity = product && values.quantity.trim() !== '' ? parseReceivedQuantity(values.quantity, receivedIn, product.perBox) : null;
  const expiry = parseExpiry(values.expiry);
  useEffect(() => keepValues(KEPT_AS, Object.fromEntries(SUPPLIER_FIELDS.map((field) => [field, values[field]]))), [values]);
  const offered = useRecentSupplier(values, (field, value) => edit(field)(value));
  useEffect(() => {
    if (recorded) setNoteAsked(false);
  }, [recorded]);
  const focusField = (name: string) => {
    const field = formRef.current?.querySelector<HTMLInputElement>(`[name="${name}"]`);
    field?.focus();
    field?.select();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return refuse({ code: 'product.unknown', field: 'productId' });
    const checked = quantity ?? typedQuantity(values.quantity);
    if (!checked.ok) return refuse(checked.error);
    if (values.deliveryRef.trim() === '' && !noteAsked) {
      setNoteAsked(true);
      return focusField('deliveryRef');
    }
    await save(
      {
        type: 'receipt',
        productId: product.productId,
        quantity: checked.value,
        supplier: { name: values['supplier.name'], address: values['supplier.address'], profession: values['supplier.profession'] },
        deliveryRef: values.deliveryRef,
        lot: values.lot,
        // What cannot be read goes as typed: the register refuses it, in its order of fields.
        expiry: expiry.ok ? expiry.value : values.expiry.trim(),
        orderBookRef: values.orderBookRef,
        ...typedAuthorisation<ImportAuthorisationKind>(values['authorisation.kind'], values['authorisation.number']),
      },
      {
        receivedIn: values.receivedIn,
        'supplier.name': values['supplier.name'],
        'supplier.profession': values['supplier.profession'],
        'supplier.address': values['supplier.address'],
        deliveryRef: values.deliveryRef,
        orderBookRef: values.orderBookRef,
      },
    );
  };

  return (
    <section aria-labelledby="receipt-title">
      <h2 id="receipt-title">{fr.receipt.title}</h2>
      <form ref={formRef} className="card entry-form" onSubmit={submit} noValidate>
        <ScanNotice notice={scan.notice} onDismiss={scan.dismiss} onCreated={scan.adopt} />
        <fieldset>
          <legend>{fr.receipt.productLegend}</legend>
          <div className="grid">
            <LabelledProduct products={products} value={values.productId} onChange={edit('productId')} error={error} />
            <LabelledText
              name="quantity"
              label={fr.common.quantity}
              value={values.quantity}
              onChange={edit('quantity')}
              error={error}
              required
              inputMode="decimal"
            />
            <EntryChoices
              name="receivedIn"
              label={fr.receipt.receivedIn}
              error={error}
              value={receivedIn}
              choices={RECEIVED_IN}
              labels={(mode) => (mode === 'boxes' ? fr.receipt.boxes : (product?.unit ?? fr.receipt.units))}
              onChange={edit('receivedIn', 'quantity')}
            />
          </div>
          <div className="grid">
            <LabelledText name="lot" label={fr.receipt.lot} value={values.lot} onChange={(lot) => edit('lot')(lotAsTyped(lot))} error={error} required />
            <LabelledText
              name="expiry"
              label={fr.receipt.expiry}
              value={values.expiry}
              onChange={edit('expiry')}
              error={error}
              required
              placeholder="MM/AAAA"
              hint={expiry.ok && values.expiry.trim() !== expiry.value ? fr.receipt.expiryRead(expiryInWords(expiry.value)) : fr.receipt.expiryHint}
            />
          </div>
          <DeliveryLine supplier={values['supplier.name']} deliveryRef={values.deliveryRef} onChangeSupplier={() => focusField('supplier.name')} />
        </fieldset>
        <fieldset>
          <legend>{fr.receipt.supplierLegend}</legend>
          <p className="field__hint entry-form__hint">{fr.receipt.supplierKept}</p>
          <div className="grid">
            <PersonNameField
              role="supplier"
              name="supplier.name"
              label={fr.receipt.supplierName}
              value={values['supplier.name']}
              onChange={edit('supplier.name')}
              onChoose={(person) => {
                edit('supplier.name')(person.name);
                edit('supplier.address')(person.address);
                if (person.profession) edit('supplier.profession')(person.profession);
              }}
              next="deliveryRef"
              recentOnFocus
              hint={offered ? fr.receipt.supplierOffered(formatDay(offered.lastDate)) : undefined}
              error={error}
              required
            />
            <LabelledText
              name="supplier.profession"
              label={fr.receipt.supplierProfession}
              value={values['supplier.profession']}
              onChange={edit('supplier.profession')}
              error={error}
              required
              suggestions={PROFESSIONS}
            />
            <LabelledText
              name="supplier.address"
              label={fr.receipt.supplierAddress}
              value={values['supplier.address']}
              onChange={edit('supplier.address')}
              error={error}
              required
            />
            <LabelledText
              name="deliveryRef"
              label={fr.receipt.deliveryRef}
              value={values.deliveryRef}
              onChange={edit('deliveryRef')}
              error={error}
              required
              hint={noteAsked && values.deliveryRef.trim() === '' ? fr.receipt.deliveryRefAsked : undefined}
            />
            <LabelledText name="orderBookRef" label={fr.receipt.orderBookRef} value={values.orderBookRef} onChange={edit('orderBookRef')} error={error} />
            <TradeAuthorisationFields
              direction="import"
              kind={values['authorisation.kind']}
              number={values['authorisation.number']}
              onKind={edit('authorisation.kind')}
              onNumber={edit('authorisation.number')}
              error={error}
            />
          </div>
        </fieldset>
        <div className="grid">
          <DateAndObservation values={values} edit={edit} error={error} />
        </div>
        {product && stock ? (
          <StockPreview stock={stock} unit={product.unit} change={quantity?.ok ? { direction: 'entry', quantity: quantity.value } : null} />
        ) : null}
        <FormOutcome error={outcomeError(error, FIELDS)} success={recorded ? fr.receipt.done(recorded.seq) : null} />
        <SubmitButton label={fr.receipt.submit} saving={saving} />
      </form>
    </section>
  );
}

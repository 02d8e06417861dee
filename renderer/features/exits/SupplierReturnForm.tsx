// Stock sent back to a supplier: from the dispensable stock (recall, wrong delivery) or
// from quarantine (expired or altered units the supplier takes back for destruction).
import { startingFrom, type StartingProps } from '../register/starting-values';
import type { ExportAuthorisationKind, StockCompartment } from '../../../shared/register/events';
import { TradeAuthorisationFields, typedAuthorisation } from '../../components/TradeAuthorisationFields';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { useExitForm } from './use-exit-form';

export function SupplierReturnForm({ initial = {} }: StartingProps = {}) {
  const form = useExitForm({
    compartment: 'dispensable' as StockCompartment,
    supplierName: '',
    supplierAddress: '',
    reason: '',
    returnRef: '',
    authorisationKind: '',
    authorisationNumber: '',
    ...startingFrom(initial),
  });
  const { values, set, error } = form;
  const onSubmit = form.submit(
    (product, quantity) => ({
      type: 'supplier.return',
      productId: product.productId,
      quantity,
      compartment: values.compartment,
      supplier: { name: values.supplierName, address: values.supplierAddress },
      reason: values.reason,
      returnRef: values.returnRef,
      ...typedAuthorisation<ExportAuthorisationKind>(values.authorisationKind, values.authorisationNumber),
    }),
    // Several products often go back to the same supplier together.
    ['compartment', 'supplierName', 'supplierAddress'],
  );
  const t = fr.supplierReturn;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={['supplier.name', 'supplier.address', 'reason', 'returnRef', 'authorisation.kind', 'authorisation.number']}
      success={t.done}
      compartment={{ value: values.compartment, onChange: set('compartment') }}
    >
      <Group legend={t.supplier}>
        <LabelledText name="supplier.name" label={t.supplierName} value={values.supplierName} onChange={set('supplierName')} error={error} required />
        <LabelledText
          name="supplier.address"
          label={t.supplierAddress}
          value={values.supplierAddress}
          onChange={set('supplierAddress')}
          error={error}
          required
          span="double"
        />
        <LabelledText name="reason" label={t.reason} value={values.reason} onChange={set('reason')} error={error} required />
        <LabelledText name="returnRef" label={t.returnRef} value={values.returnRef} onChange={set('returnRef')} error={error} />
        <TradeAuthorisationFields
          direction="export"
          kind={values.authorisationKind}
          number={values.authorisationNumber}
          onKind={set('authorisationKind')}
          onNumber={set('authorisationNumber')}
          error={error}
        />
      </Group>
    </ExitFormFrame>
  );
}

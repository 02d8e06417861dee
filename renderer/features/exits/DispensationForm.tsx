// An exit on prescription in an officine: to a named patient, to an anonymous patient
// (art. L. 3414-1), or to a practitioner for professional use; handed, when the patient
// does not come, to a bearer (BearerFields.tsx).
import type { Bearer, Dispensation, Recipient } from '../../../shared/register/events';
import { formatDay } from '../../../shared/register/dates';
import { toMilli, type Milli } from '../../../shared/register/quantity';
import { copyKeptUntil } from '../../../shared/prescription/copy-retention';
import type { Draft } from '../../../shared/register/validate';
import { useRegisterQuery } from '../../db/use-register-query';
import { BEARER_FIELDS, BEARER_VALUES, BearerFields, bearerFrom } from './BearerFields';
import { PatientHistory } from './PatientHistory';
import { PrescriptionFields, PRESCRIPTION_FIELDS } from './PrescriptionFields';
import { PRESCRIPTION_VALUES, prescriptionFrom } from './prescription-values';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { Choices, ExitFormFrame, Group, WideNote } from './ExitFormParts';
import { today, useExitForm } from './use-exit-form';

const RECIPIENT_KINDS = ['patient', 'anonymous', 'professional'] as const satisfies readonly Recipient['kind'][];
type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export function DispensationForm() {
  const form = useExitForm({
    recipientKind: 'patient' as RecipientKind,
    recipientName: '',
    recipientAddress: '',
    prescriberName: '',
    prescriberAddress: '',
    ordonnancierNumber: '',
    ...BEARER_VALUES,
    ...PRESCRIPTION_VALUES,
  });
  const { values, set, error } = form;
  const kind = values.recipientKind;
  const named = kind !== 'anonymous';

  const recipient = (): Recipient => (kind === 'anonymous' ? { kind } : { kind, name: values.recipientName, address: values.recipientAddress });
  const bearer = bearerFrom(values);
  const prescription = prescriptionFrom(values);
  const body = (productId: string, quantity: Milli): Dispensation => ({
    type: 'dispensation',
    productId,
    quantity,
    recipient: recipient(),
    prescriber: { name: values.prescriberName, address: values.prescriberAddress },
    ordonnancierNumber: values.ordonnancierNumber,
    ...(bearer ? { bearer: bearer as Bearer } : {}),
    ...(prescription ? { prescription } : {}),
  });
  const onSubmit = form.submit((product, quantity) => body(product.productId, quantity));
  // What the validation will compute, shown before it: the same rules, against the same register.
  const preview: Draft | null =
    prescription && form.product
      ? { operationDate: values.operationDate, body: body(form.product.productId, form.quantity.ok ? form.quantity.value : toMilli(0)) }
      : null;
  const review = useRegisterQuery((store) => (preview ? store.previewPrescription(preview, today()) : Promise.resolve(null)), [JSON.stringify(preview)]);

  const fields = [
    'recipient.kind',
    ...(named ? ['recipient.name', 'recipient.address'] : []),
    'prescriber.name',
    'prescriber.address',
    'ordonnancierNumber',
    ...BEARER_FIELDS,
    ...PRESCRIPTION_FIELDS,
  ];
  const t = fr.dispensation;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={fields}
      success={(seq) => t.done(seq, formatDay(copyKeptUntil(values.operationDate)))}
    >
      <Group legend={t.recipient}>
        <Choices
          name="recipient.kind"
          label={t.recipient}
          choices={RECIPIENT_KINDS}
          labels={t.recipientKinds}
          value={kind}
          onChange={(value) => set('recipientKind')(value)}
          error={error}
          labelHidden
          span="row"
        />
        {named ? (
          <>
            <LabelledText
              name="recipient.name"
              label={kind === 'patient' ? t.patientName : t.professionalName}
              value={values.recipientName}
              onChange={set('recipientName')}
              error={error}
              required
            />
            <LabelledText
              name="recipient.address"
              label={kind === 'patient' ? t.patientAddress : t.professionalAddress}
              value={values.recipientAddress}
              onChange={set('recipientAddress')}
              error={error}
              required
              span="double"
            />
          </>
        ) : (
          <WideNote>{t.anonymousHint}</WideNote>
        )}
        {kind === 'patient' ? <PatientHistory name={values.recipientName} today={today()} products={form.products} /> : null}
      </Group>
      <Group legend={t.prescription}>
        <LabelledText name="prescriber.name" label={t.prescriberName} value={values.prescriberName} onChange={set('prescriberName')} error={error} required />
        <LabelledText
          name="prescriber.address"
          label={t.prescriberAddress}
          value={values.prescriberAddress}
          onChange={set('prescriberAddress')}
          error={error}
          required
          span="double"
        />
        <LabelledText
          name="ordonnancierNumber"
          label={t.ordonnancierNumber}
          value={values.ordonnancierNumber}
          onChange={set('ordonnancierNumber')}
          error={error}
          required
        />
      </Group>
      <PrescriptionFields values={values} set={set} error={error} unit={form.product?.unit} review={review} today={today()} />
      <BearerFields values={values} set={set} error={error} />
    </ExitFormFrame>
  );
}

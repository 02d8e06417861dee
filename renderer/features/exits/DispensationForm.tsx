// An exit on prescription in an officine: to a named patient, to an anonymous patient
// (art. L. 3414-1), or to a practitioner for professional use; handed, when the patient
// does not come, to a bearer (BearerFields.tsx).
import type { FormEvent } from 'react';
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
import { PersonNameField } from '../../components/PersonNameField';
import { Choices, ExitFormFrame, Group, WideNote } from './ExitFormParts';
import { today, useExitForm } from './use-exit-form';
import { DuplicateQuestion, useDuplicateCheck } from '../people/DuplicateQuestion';
import { peopleWords } from '../people/messages';

/** What the next line of the same prescription keeps: the patient, the prescriber, the prescription but its per-product quantity and fraction. */
const SAME_PRESCRIPTION = [
  'recipientKind',
  'recipientName',
  'recipientAddress',
  'prescriberName',
  'prescriberAddress',
  'ordonnancierNumber',
  'bearerName',
  'bearerAddress',
  'bearerIdReference',
  'bearerKnown',
  'prescriptionDate',
  'prescriptionDays',
  'prescriptionPrescriberRpps',
  'prescriptionMentionsOverlapAllowed',
  'prescriptionMentionsSingleDelivery',
  'prescriptionMentionsSurgery',
  'prescriptionMentionsSurgeryOperation',
  'prescriptionMentionsSurgeryDischarge',
] as const;
const NEXT_PRODUCT = 'next-product';

const RECIPIENT_KINDS = ['patient', 'anonymous', 'professional'] as const satisfies readonly Recipient['kind'][];
type RecipientKind = (typeof RECIPIENT_KINDS)[number];

interface DispensationFormProps {
  /** The values to start from (the correction of a line enters it again from what it was). */
  initial?: Partial<Record<string, string>>;
  /** Handed by the exit screen to every form; a dispensation is an officine's whatever it says. */
  establishmentKind?: unknown;
}

export function DispensationForm({ initial = {} }: DispensationFormProps = {}) {
  const form = useExitForm({
    recipientKind: 'patient' as RecipientKind,
    recipientName: '',
    recipientAddress: '',
    prescriberName: '',
    prescriberAddress: '',
    ordonnancierNumber: '',
    ...BEARER_VALUES,
    ...PRESCRIPTION_VALUES,
    ...(initial as Record<string, string>),
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
  const build = (product: { productId: string }, quantity: Milli) => body(product.productId, quantity);
  // A line that looks entered twice is asked about first (shared/people/duplicates.ts).
  const duplicates = useDuplicateCheck(() =>
    form.product && form.quantity.ok ? { operationDate: values.operationDate, body: body(form.product.productId, form.quantity.value) } : null,
  );
  // « Même ordonnance, produit suivant » keeps who and which prescription for the next line.
  const nextLine = (event: FormEvent) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    return submitter instanceof HTMLButtonElement && submitter.name === NEXT_PRODUCT;
  };
  const onSubmit = duplicates.guard((event) => form.submit(build, nextLine(event) ? SAME_PRESCRIPTION : [])(event));
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
      after={<DuplicateQuestion check={duplicates} />}
      moreActions={
        <button type="submit" name={NEXT_PRODUCT} className="secondary" disabled={form.saving} title={peopleWords.nextProductHint}>
          {peopleWords.nextProduct}
        </button>
      }
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
            {kind === 'patient' ? (
              <PersonNameField
                role="patient"
                name="recipient.name"
                label={t.patientName}
                value={values.recipientName}
                onChange={set('recipientName')}
                onChoose={(person) => {
                  set('recipientName')(person.name);
                  set('recipientAddress')(person.address);
                }}
                next="prescriber.name"
                error={error}
                required
              />
            ) : (
              <LabelledText
                name="recipient.name"
                label={t.professionalName}
                value={values.recipientName}
                onChange={set('recipientName')}
                error={error}
                required
              />
            )}
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
        <PersonNameField
          role="prescriber"
          name="prescriber.name"
          label={t.prescriberName}
          value={values.prescriberName}
          onChange={set('prescriberName')}
          onChoose={(person) => {
            set('prescriberName')(person.name);
            set('prescriberAddress')(person.address);
            if (person.rpps) set('prescriptionPrescriberRpps')(person.rpps);
          }}
          next="ordonnancierNumber"
          error={error}
          required
        />
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

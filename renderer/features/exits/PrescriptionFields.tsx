// The prescription a dispensation fills (art. R. 5132-29 to R. 5132-33 du code de la santé
// publique) and, as soon as it can be read, what the register computes of it: the 3-day
// window, the fraction, the quantity allowed today, and the warnings left to the
// pharmacist's judgement, with the field for their reason. Dates are typed like every date
// of the app (a date field); the boxes and fields follow in the order of the prescription.
import type { AppError } from '../../../shared/errors';
import type { PrescriptionReview } from '../../../shared/prescription/review';
import { LabelledText } from '../../components/LabelledField';
import { fr } from '../../messages/fr';
import { Group, Tick } from './ExitFormParts';
import { TICKED, type PrescriptionValues } from './prescription-values';

interface Props {
  values: PrescriptionValues;
  set: (key: keyof PrescriptionValues) => (value: string) => void;
  error: AppError | null;
  unit: string | undefined;
  review: PrescriptionReview | null | undefined;
  today: string;
}

/** The field names this part shows refusals under. */
export const PRESCRIPTION_FIELDS = [
  'prescription.date',
  'prescription.days',
  'prescription.quantity',
  'prescription.prescriberRpps',
  'prescription.fraction.number',
  'prescription.fraction.count',
  'prescription.fraction.days',
  'prescription.mentions.surgery.operation',
  'prescription.mentions.surgery.discharge',
  'prescription.overrideReason',
];

export function PrescriptionFields({ values, set, error, unit, review, today }: Props) {
  const t = fr.dispensation.rx;
  const tick = (key: keyof PrescriptionValues) => (checked: boolean) => set(key)(checked ? TICKED : '');
  const surgery = values.prescriptionMentionsSurgery === TICKED;
  const warned = (review?.warnings.length ?? 0) > 0 || values.prescriptionOverrideReason !== '' || error?.field === 'prescription.overrideReason';
  return (
    <Group legend={t.legend} hint={t.hint}>
      <LabelledText
        name="prescription.date"
        type="date"
        label={t.date}
        value={values.prescriptionDate}
        onChange={set('prescriptionDate')}
        error={error}
        max={today}
      />
      <LabelledText
        name="prescription.days"
        label={t.days}
        value={values.prescriptionDays}
        onChange={set('prescriptionDays')}
        error={error}
        inputMode="numeric"
      />
      <LabelledText
        name="prescription.quantity"
        label={t.quantity(unit ?? fr.common.quantity.toLowerCase())}
        value={values.prescriptionQuantity}
        onChange={set('prescriptionQuantity')}
        error={error}
        inputMode="decimal"
      />
      <LabelledText
        name="prescription.prescriberRpps"
        label={t.rpps}
        hint={t.rppsHint}
        value={values.prescriptionPrescriberRpps}
        onChange={set('prescriptionPrescriberRpps')}
        error={error}
        inputMode="numeric"
      />
      <LabelledText
        name="prescription.fraction.number"
        label={t.fractionNumber}
        hint={t.fractionHint}
        value={values.prescriptionFractionNumber}
        onChange={set('prescriptionFractionNumber')}
        error={error}
        inputMode="numeric"
      />
      <LabelledText
        name="prescription.fraction.count"
        label={t.fractionCount}
        value={values.prescriptionFractionCount}
        onChange={set('prescriptionFractionCount')}
        error={error}
        inputMode="numeric"
      />
      <LabelledText
        name="prescription.fraction.days"
        label={t.fractionDays}
        value={values.prescriptionFractionDays}
        onChange={set('prescriptionFractionDays')}
        error={error}
        inputMode="numeric"
      />
      <div className="field field--wide" role="group" aria-label={t.mentions}>
        <div className="choices">
          <Tick
            name="prescription.mentions.overlapAllowed"
            label={t.overlapAllowed}
            checked={values.prescriptionMentionsOverlapAllowed === TICKED}
            onChange={tick('prescriptionMentionsOverlapAllowed')}
          />
          <Tick
            name="prescription.mentions.singleDelivery"
            label={t.singleDelivery}
            checked={values.prescriptionMentionsSingleDelivery === TICKED}
            onChange={tick('prescriptionMentionsSingleDelivery')}
          />
          <Tick name="prescription.mentions.surgery" label={t.surgery} checked={surgery} onChange={tick('prescriptionMentionsSurgery')} />
        </div>
      </div>
      {surgery ? (
        <>
          <LabelledText
            name="prescription.mentions.surgery.operation"
            type="date"
            label={t.operation}
            value={values.prescriptionMentionsSurgeryOperation}
            onChange={set('prescriptionMentionsSurgeryOperation')}
            error={error}
          />
          <LabelledText
            name="prescription.mentions.surgery.discharge"
            type="date"
            label={t.discharge}
            value={values.prescriptionMentionsSurgeryDischarge}
            onChange={set('prescriptionMentionsSurgeryDischarge')}
            error={error}
          />
        </>
      ) : null}
      {review ? (
        <section className="prescription-review field--wide" aria-label={t.review}>
          {review.computation.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {review.warnings.length > 0 ? (
            <div className="prescription-review__warnings" aria-live="polite">
              <p className="prescription-review__title">{t.warnings}</p>
              <ul>
                {review.warnings.map((warning) => (
                  <li key={warning.kind}>{warning.sentence}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
      {warned ? (
        <LabelledText
          name="prescription.overrideReason"
          label={t.overrideReason}
          hint={t.overrideHint}
          value={values.prescriptionOverrideReason}
          onChange={set('prescriptionOverrideReason')}
          error={error}
          span="row"
          multiline
        />
      ) : null}
    </Group>
  );
}

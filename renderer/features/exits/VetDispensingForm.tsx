// A narcotic handed by the veterinarian to an animal's owner, on their own prescription,
// whose duration of treatment is at most 28 days (art. R. 5132-30).
import { startingFrom, type StartingProps } from '../register/starting-values';
import { formatDay } from '../../../shared/register/dates';
import { copyKeptUntil } from '../../../shared/prescription/copy-retention';
import { fr } from '../../messages/fr';
import { ANIMAL_OWNER_FIELDS, AnimalOwnerFields, animalAndOwner, NO_ANIMAL_OWNER } from './AnimalOwnerFields';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { wholeNumber } from './prescription-values';
import { useExitForm } from './use-exit-form';

export function VetDispensingForm({ initial = {} }: StartingProps = {}) {
  const form = useExitForm({ ...NO_ANIMAL_OWNER, prescriptionRef: '', prescribedDays: '', ...startingFrom(initial) });
  const { values, set, error } = form;
  const onSubmit = form.submit((product, quantity) => ({
    type: 'vet.dispensing',
    productId: product.productId,
    quantity,
    ...animalAndOwner(values),
    prescriptionRef: values.prescriptionRef,
    ...(values.prescribedDays.trim() === '' ? {} : { prescribedDays: wholeNumber(values.prescribedDays) }),
  }));
  const t = fr.vetDispensing;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={[...ANIMAL_OWNER_FIELDS, 'prescriptionRef', 'prescribedDays']}
      success={(seq) => t.done(seq, formatDay(copyKeptUntil(values.operationDate)))}
    >
      <AnimalOwnerFields values={values} set={set} error={error} />
      <Group legend={fr.dispensation.prescription}>
        <LabelledText
          name="prescriptionRef"
          label={t.prescriptionRef}
          value={values.prescriptionRef}
          onChange={set('prescriptionRef')}
          error={error}
          required
        />
        <LabelledText
          name="prescribedDays"
          label={t.prescribedDays}
          hint={t.prescribedDaysHint}
          inputMode="numeric"
          value={values.prescribedDays}
          onChange={set('prescribedDays')}
          error={error}
        />
      </Group>
    </ExitFormFrame>
  );
}

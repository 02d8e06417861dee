// A narcotic handed by the veterinarian to an animal's owner, on prescription.
import { fr } from '../../messages/fr';
import { ANIMAL_OWNER_FIELDS, AnimalOwnerFields, animalAndOwner, NO_ANIMAL_OWNER } from './AnimalOwnerFields';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { useExitForm } from './use-exit-form';

export function VetDispensingForm() {
  const form = useExitForm({ ...NO_ANIMAL_OWNER, prescriptionRef: '' });
  const { values, set, error } = form;
  const onSubmit = form.submit((product, quantity) => ({
    type: 'vet.dispensing',
    productId: product.productId,
    quantity,
    ...animalAndOwner(values),
    prescriptionRef: values.prescriptionRef,
  }));
  const t = fr.vetDispensing;
  return (
    <ExitFormFrame form={form} title={t.title} onSubmit={onSubmit} fields={[...ANIMAL_OWNER_FIELDS, 'prescriptionRef']} success={t.done}>
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
      </Group>
    </ExitFormFrame>
  );
}

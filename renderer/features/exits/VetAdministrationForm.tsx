// A narcotic administered by the veterinarian in the practice, to a named animal.
import { startingFrom, type StartingProps } from '../register/starting-values';
import { fr } from '../../messages/fr';
import { ANIMAL_OWNER_FIELDS, AnimalOwnerFields, animalAndOwner, NO_ANIMAL_OWNER } from './AnimalOwnerFields';
import { ExitFormFrame } from './ExitFormParts';
import { useExitForm } from './use-exit-form';

export function VetAdministrationForm({ initial = {} }: StartingProps = {}) {
  const form = useExitForm({ ...NO_ANIMAL_OWNER, ...startingFrom(initial) });
  const onSubmit = form.submit((product, quantity) => ({
    type: 'vet.administration',
    productId: product.productId,
    quantity,
    ...animalAndOwner(form.values),
  }));
  const t = fr.vetAdministration;
  return (
    <ExitFormFrame form={form} title={t.title} onSubmit={onSubmit} fields={ANIMAL_OWNER_FIELDS} success={t.done}>
      <AnimalOwnerFields values={form.values} set={form.set} error={form.error} />
    </ExitFormFrame>
  );
}

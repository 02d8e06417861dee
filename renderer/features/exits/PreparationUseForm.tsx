// Substance taken from stock for a magistral preparation, named by its number in the
// preparations register.
import { startingFrom, type StartingProps } from '../register/starting-values';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { useExitForm } from './use-exit-form';

export function PreparationUseForm({ initial = {} }: StartingProps = {}) {
  const form = useExitForm({ preparationNumber: '', ...startingFrom(initial) });
  const { values, set, error } = form;
  const onSubmit = form.submit((product, quantity) => ({
    type: 'preparation.use',
    productId: product.productId,
    quantity,
    preparationNumber: values.preparationNumber,
  }));
  const t = fr.preparation;
  return (
    <ExitFormFrame form={form} title={t.title} onSubmit={onSubmit} fields={['preparationNumber']} success={t.done} quantityLabel={t.quantity}>
      <Group legend={t.preparation}>
        <LabelledText
          name="preparationNumber"
          label={t.preparationNumber}
          value={values.preparationNumber}
          onChange={set('preparationNumber')}
          error={error}
          required
        />
      </Group>
    </ExitFormFrame>
  );
}

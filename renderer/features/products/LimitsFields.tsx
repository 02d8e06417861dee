// The product's own prescription limits (art. R. 5132-30 du code de la santé publique):
// optional, the same fields on the add and the edit forms. Empty, the product follows the
// general 28 days; docs/prescription.md lists the usual values, with their sources.
import type { AppError } from '../../../shared/errors';
import { TextField } from '../../components/TextField';
import { productWords } from './messages';
import { OptionalFieldset } from './OptionalFieldset';
import type { ProductFormValues } from './product-drafts';

interface LimitsFieldsProps {
  values: ProductFormValues;
  set: (field: keyof ProductFormValues) => (value: string) => void;
  error: AppError | null;
}

export function LimitsFields({ values, set, error }: LimitsFieldsProps) {
  const t = productWords.limits;
  return (
    <OptionalFieldset legend={t.legend} hint={t.hint}>
      <TextField
        name="prescriptionLimits.maxDays"
        label={t.maxDays}
        value={values['prescriptionLimits.maxDays']}
        onChange={set('prescriptionLimits.maxDays')}
        error={error}
        inputMode="numeric"
      />
      <TextField
        name="prescriptionLimits.fractionDays"
        label={t.fractionDays}
        value={values['prescriptionLimits.fractionDays']}
        onChange={set('prescriptionLimits.fractionDays')}
        error={error}
        inputMode="numeric"
      />
    </OptionalFieldset>
  );
}

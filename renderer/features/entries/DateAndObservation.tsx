// The last two fields of every entry form: the day of the operation (never after today)
// and the observation the register prints in its « Observations » column.
import type { AppError } from '../../../shared/errors';
import { LabelledText } from '../../components/LabelledField';
import { fr } from '../../messages/fr';
import { today } from './use-entry-form';

interface Props {
  values: { operationDate: string; observation: string };
  edit: (field: 'operationDate' | 'observation') => (value: string) => void;
  error: AppError | null;
}

export function DateAndObservation({ values, edit, error }: Props) {
  return (
    <>
      <LabelledText
        name="operationDate"
        type="date"
        label={fr.common.operationDate}
        value={values.operationDate}
        onChange={edit('operationDate')}
        error={error}
        max={today()}
        required
      />
      <LabelledText
        name="observation"
        label={fr.entries.observation}
        value={values.observation}
        onChange={edit('observation')}
        error={error}
        hint={fr.entries.observationHint}
      />
    </>
  );
}

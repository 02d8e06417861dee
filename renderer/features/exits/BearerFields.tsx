// Whoever collects the medicine when it is not the patient (art. R. 5132-35): their name
// and address, and the identity document they show when the pharmacy does not know them.
import type { AppError } from '../../../shared/errors';
import type { Bearer } from '../../../shared/register/events';
import { LabelledText } from '../../components/LabelledField';
import { fr } from '../../messages/fr';
import { Group, Tick } from './ExitFormParts';
import { TICKED } from './prescription-values';

export const BEARER_VALUES = { bearerName: '', bearerAddress: '', bearerIdReference: '', bearerKnown: '' };
export type BearerValues = typeof BEARER_VALUES;
export const BEARER_FIELDS = ['bearer.name', 'bearer.address', 'bearer.idReference'];

/** The bearer as the form holds it; none while every field is empty (the patient came). */
export function bearerFrom(values: BearerValues): Partial<Bearer> | undefined {
  const known = values.bearerKnown === TICKED;
  const typed = [values.bearerName, values.bearerAddress, values.bearerIdReference].some((value) => value.trim() !== '');
  if (!typed && !known) return undefined;
  return {
    name: values.bearerName,
    address: values.bearerAddress,
    ...(values.bearerIdReference.trim() === '' ? {} : { idReference: values.bearerIdReference }),
    ...(known ? { known: true as const } : {}),
  };
}

interface Props {
  values: BearerValues;
  set: (key: keyof BearerValues) => (value: string) => void;
  error: AppError | null;
}

export function BearerFields({ values, set, error }: Props) {
  const t = fr.dispensation;
  const given = bearerFrom(values) !== undefined;
  const known = values.bearerKnown === TICKED;
  return (
    <Group legend={t.bearer} hint={t.bearerHint}>
      <LabelledText name="bearer.name" label={t.bearerName} value={values.bearerName} onChange={set('bearerName')} error={error} required={given} />
      <LabelledText name="bearer.address" label={t.bearerAddress} value={values.bearerAddress} onChange={set('bearerAddress')} error={error} required={given} />
      <LabelledText
        name="bearer.idReference"
        label={t.bearerIdReference}
        hint={t.bearerIdReferenceHint}
        value={values.bearerIdReference}
        onChange={set('bearerIdReference')}
        error={error}
        required={given && !known}
      />
      <Tick name="bearer.known" label={t.bearerKnown} checked={known} onChange={(checked) => set('bearerKnown')(checked ? TICKED : '')} />
    </Group>
  );
}

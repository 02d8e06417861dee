// The holder allows a colleague to validate: they then appear in "Validé par".
import { useId, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES_OF_KIND, type DelegatedRole } from '../../../shared/access/roles';
import { localDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { fr } from '../../messages/fr';
import { authorization, VALIDATOR_ROLES } from './establishment-drafts';

const EMPTY = { name: '', orderNumber: '', role: '', roleKind: '' as DelegatedRole | '' };

export function AuthorizeValidatorForm({ kind }: { kind: EstablishmentKind }) {
  const { values, set, reset } = useFormValues(EMPTY);
  const rolesName = useId();
  const { record, error, recorded, saving } = useRecord();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await record(authorization(values, localDay(new Date())));
    if (saved) reset();
  };

  const success = recorded?.type === 'validator.authorized' ? fr.establishment.authorized(recorded.person.name, recorded.seq) : null;
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="authorize-title">
      <h2 id="authorize-title">{fr.establishment.authorizeTitle}</h2>
      <p className="lead lead--in-card">{fr.establishment.authorizeExplain}</p>
      <div className="grid">
        <TextField name="person.name" label={fr.setup.holderName} value={values.name} onChange={set('name')} error={error} required />
        <TextField
          name="person.orderNumber"
          label={fr.setup.orderNumber}
          value={values.orderNumber}
          onChange={set('orderNumber')}
          error={error}
          required
          inputMode="numeric"
        />
        <TextField
          name="person.role"
          label={fr.establishment.role}
          value={values.role}
          onChange={set('role')}
          error={error}
          required
          suggestions={VALIDATOR_ROLES}
          hint={fr.establishment.roleHint}
        />
      </div>
      {/* What the register lets this person validate follows this choice (docs/roles.md). */}
      <fieldset className={error?.field === 'person.roleKind' ? 'kind-chooser field--invalid' : 'kind-chooser'}>
        <legend>{fr.establishment.roleKind}</legend>
        {ROLES_OF_KIND[kind].map((role) => (
          <label key={role} className={role === values.roleKind ? 'kind-chooser__option kind-chooser__option--current' : 'kind-chooser__option'}>
            <input type="radio" name={rolesName} value={role} checked={role === values.roleKind} onChange={() => set('roleKind')(role)} />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <FormOutcome error={error} success={success} />
      <SubmitButton label={fr.establishment.authorizeSubmit} saving={saving} />
    </form>
  );
}

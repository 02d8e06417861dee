// Who may validate now, the holder first; each other person can lose the authority,
// after a confirmation, from the next order number on.
import { Fragment, useState } from 'react';
import { localDay } from '../../../shared/register/dates';
import { ROLE_LABELS, roleOf } from '../../../shared/access/roles';
import type { EstablishmentKind, Validator } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { canRevoke, revocation } from './establishment-drafts';

export function ValidatorList({ kind }: { kind: EstablishmentKind }) {
  const validators = useRegisterQuery((store) => store.validators()) ?? [];
  const [confirming, setConfirming] = useState<string | null>(null);
  const { record, error, recorded, saving } = useRecord();

  const revoke = async (person: Validator) => {
    const saved = await record(revocation(person, localDay(new Date())));
    if (saved) setConfirming(null);
  };

  const success = recorded?.type === 'validator.revoked' ? fr.establishment.revoked(recorded.person.name, recorded.seq) : null;
  return (
    <section aria-labelledby="validators-title">
      <h2 id="validators-title">{fr.establishment.validators}</h2>
      <table className="table validators-table" aria-label={fr.establishment.validators}>
        <thead>
          <tr>
            <th>{fr.setup.holderName}</th>
            <th>{fr.setup.orderNumber}</th>
            <th>{fr.establishment.role}</th>
            <th>{fr.establishment.roleKind}</th>
            <th>
              <span className="visually-hidden">{fr.establishment.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {validators.map((person) => (
            <Fragment key={person.orderNumber}>
              <tr>
                <td>{person.name}</td>
                <td>{person.orderNumber}</td>
                <td>{person.role}</td>
                <td>
                  {ROLE_LABELS[roleOf(person, validators, kind)]}
                  {person.roleKind === undefined && person !== validators[0] ? <span className="muted"> {fr.establishment.roleBeforeRoles}</span> : null}
                </td>
                <td className="row-action">
                  {canRevoke(person, validators) ? (
                    <button
                      type="button"
                      className="link"
                      aria-label={fr.establishment.revokeLabel(person.name)}
                      aria-expanded={confirming === person.orderNumber}
                      onClick={() => setConfirming(person.orderNumber)}
                    >
                      {fr.establishment.revoke}
                    </button>
                  ) : (
                    <span className="muted">{fr.establishment.holderKeeps}</span>
                  )}
                </td>
              </tr>
              {confirming === person.orderNumber ? (
                <tr className="confirm-row">
                  <td colSpan={4}>
                    <div className="confirm" role="group" aria-label={fr.establishment.revokeLabel(person.name)}>
                      <p>{fr.establishment.revokeConfirm(person.name)}</p>
                      <div className="actions">
                        <button type="button" className="danger" disabled={saving} onClick={() => void revoke(person)}>
                          {fr.establishment.revokeConfirmButton}
                        </button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                          {fr.establishment.cancel}
                        </button>
                      </div>
                    </div>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="after-table">
        <FormOutcome error={error} success={success} />
      </div>
    </section>
  );
}

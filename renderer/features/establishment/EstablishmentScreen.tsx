// The establishment as the register knows it now, and who may validate entries.
import { listValidators, type RegisterIdentity } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';

export function EstablishmentScreen({ identity }: { identity: RegisterIdentity }) {
  const validators = useRegisterQuery(listValidators) ?? [];
  return (
    <section className="screen" aria-labelledby="establishment-title">
      <h1 id="establishment-title">{fr.establishment.title}</h1>
      <dl className="card details">
        <dt>{fr.setup.name}</dt>
        <dd>{identity.establishment.name}</dd>
        <dt>{fr.setup.address}</dt>
        <dd>{identity.establishment.address}</dd>
        <dt>{fr.setup.kind}</dt>
        <dd>{fr.setup[identity.establishment.kind]}</dd>
      </dl>
      <h2>{fr.establishment.validators}</h2>
      <table className="table" aria-label={fr.establishment.validators}>
        <thead>
          <tr>
            <th>{fr.setup.holderName}</th>
            <th>{fr.setup.orderNumber}</th>
            <th>{fr.establishment.role}</th>
          </tr>
        </thead>
        <tbody>
          {validators.map((person) => (
            <tr key={person.orderNumber}>
              <td>{person.name}</td>
              <td>{person.orderNumber}</td>
              <td>{person.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

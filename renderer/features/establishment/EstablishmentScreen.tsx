// The establishment as the register knows it now, and who may validate entries.
import type { RegisterIdentity } from '../../db/register-store';
import { fr } from '../../messages/fr';
import { AccessSetUp } from './AccessSetUp';
import { AuthorizeValidatorForm } from './AuthorizeValidatorForm';
import { EstablishmentForm } from './EstablishmentForm';
import { ResetPersonCode } from './ResetPersonCode';
import { ValidatorList } from './ValidatorList';
import { HandoverPackage } from '../handover/HandoverPackage';
import { SealingSetUp } from '../sealing/SealingSetUp';
import { MoveRegister } from '../network/MoveRegister';
import { VerifyCertificate } from '../network/VerifyCertificate';

export function EstablishmentScreen({ identity }: { identity: RegisterIdentity }) {
  return (
    <section className="screen" aria-labelledby="establishment-title">
      <h1 id="establishment-title">{fr.establishment.title}</h1>
      <EstablishmentForm identity={identity} />
      <ValidatorList kind={identity.establishment.kind} />
      <AuthorizeValidatorForm kind={identity.establishment.kind} />
      <AccessSetUp identity={identity} />
      <ResetPersonCode registerId={identity.registerId} />
      <SealingSetUp registerId={identity.registerId} />
      <HandoverPackage registerId={identity.registerId} />
      <VerifyCertificate />
      <MoveRegister registerId={identity.registerId} establishmentName={identity.establishment.name} />
    </section>
  );
}

// Everything that leaves the register, one kind at a time; the kinds offered depend on
// the establishment (an officine dispenses, a veterinarian administers or hands over).
import { useState } from 'react';
import type { EstablishmentKind, MovementType } from '../../../shared/register/events';
import { movementLabels } from '../../../shared/register/labels';
import { KindChooser } from '../../components/KindChooser';
import { fr } from '../../messages/fr';
import { DispensationForm } from './DispensationForm';
import { PreparationUseForm } from './PreparationUseForm';
import { SupplierReturnForm } from './SupplierReturnForm';
import { TheftForm } from './TheftForm';
import { VetAdministrationForm } from './VetAdministrationForm';
import { VetDispensingForm } from './VetDispensingForm';

const EXIT_KINDS = {
  officine: ['dispensation', 'preparation.use', 'supplier.return', 'theft'],
  veterinaire: ['vet.administration', 'vet.dispensing', 'supplier.return', 'theft'],
} as const satisfies Record<EstablishmentKind, readonly MovementType[]>;
type ExitKind = (typeof EXIT_KINDS)[EstablishmentKind][number];

interface ExitFormProps {
  establishmentKind: EstablishmentKind;
}

const FORMS: Record<ExitKind, (props: ExitFormProps) => React.JSX.Element> = {
  dispensation: DispensationForm,
  'preparation.use': PreparationUseForm,
  'vet.administration': VetAdministrationForm,
  'vet.dispensing': VetDispensingForm,
  'supplier.return': SupplierReturnForm,
  theft: TheftForm,
};

export function ExitScreen({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const kinds: readonly ExitKind[] = EXIT_KINDS[establishmentKind];
  const [chosen, setKind] = useState<ExitKind>(kinds[0] ?? 'supplier.return');
  const Form = FORMS[chosen];
  return (
    <section className="screen" aria-labelledby="exits-title">
      <h1 id="exits-title">{fr.exits.title}</h1>
      <KindChooser legend={fr.exits.kind} kinds={kinds} labels={movementLabels(establishmentKind)} value={chosen} onChange={setKind} />
      <Form establishmentKind={establishmentKind} />
    </section>
  );
}

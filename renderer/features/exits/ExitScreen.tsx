// Everything that leaves the register, one kind at a time; the kinds offered depend on
// the establishment (an officine dispenses, a veterinarian administers or hands over).
import { useState } from 'react';
import type { EstablishmentKind, MovementType } from '../../../shared/register/events';
import { MOVEMENT_LABELS } from '../../../shared/register/labels';
import { KindChooser } from '../../components/KindChooser';
import { fr } from '../../messages/fr';
import { DispensationForm } from './DispensationForm';

const EXIT_KINDS = {
  officine: ['dispensation'],
  veterinaire: [],
} as const satisfies Record<EstablishmentKind, readonly MovementType[]>;
type ExitKind = (typeof EXIT_KINDS)[EstablishmentKind][number];

const FORMS: Record<ExitKind, () => React.JSX.Element> = {
  dispensation: DispensationForm,
};

export function ExitScreen({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const kinds: readonly ExitKind[] = EXIT_KINDS[establishmentKind];
  const [chosen, setKind] = useState<ExitKind | undefined>(kinds[0]);
  const Form = chosen ? FORMS[chosen] : null;
  return (
    <section className="screen" aria-labelledby="exits-title">
      <h1 id="exits-title">{fr.exits.title}</h1>
      {chosen ? <KindChooser legend={fr.exits.kind} kinds={kinds} labels={MOVEMENT_LABELS} value={chosen} onChange={setKind} /> : null}
      {Form ? <Form /> : null}
    </section>
  );
}

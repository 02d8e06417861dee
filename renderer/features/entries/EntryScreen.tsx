// Everything that enters the register, one kind at a time.
import { useState } from 'react';
import type { EstablishmentKind, MovementType } from '../../../shared/register/events';
import { movementLabels } from '../../../shared/register/labels';
import { KindChooser } from '../../components/KindChooser';
import { fr } from '../../messages/fr';
import { OpeningBalanceForm } from './OpeningBalanceForm';
import { PatientReturnForm } from './PatientReturnForm';
import { ReceiptForm } from './ReceiptForm';

/** The everyday entry first; the carried-over balance is typed once per product. */
const ENTRY_KINDS = ['receipt', 'patient.return', 'opening.balance'] as const satisfies readonly MovementType[];
type EntryKind = (typeof ENTRY_KINDS)[number];

const FORMS: Record<EntryKind, (props: { establishmentKind: EstablishmentKind }) => React.JSX.Element> = {
  receipt: ReceiptForm,
  'patient.return': PatientReturnForm,
  'opening.balance': OpeningBalanceForm,
};

export function EntryScreen({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const [kind, setKind] = useState<EntryKind>('receipt');
  const Form = FORMS[kind];
  return (
    <section className="screen" aria-labelledby="entries-title">
      <h1 id="entries-title">{fr.entries.title}</h1>
      <KindChooser legend={fr.entries.kind} kinds={ENTRY_KINDS} labels={movementLabels(establishmentKind)} value={kind} onChange={setKind} />
      <Form establishmentKind={establishmentKind} />
    </section>
  );
}

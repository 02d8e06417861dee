// Once a line is reversed, the right movement is entered where the wrong one was read:
// the form of its kind, filled from the reversed line, the cursor on what the reason says
// was wrong, for the person to change it and record.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CorrectableEvent, CorrectionReason, EstablishmentKind } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { useRegisterQuery } from '../../db/use-register-query';
import { OpeningBalanceForm } from '../entries/OpeningBalanceForm';
import { PatientReturnForm } from '../entries/PatientReturnForm';
import { ReceiptForm } from '../entries/ReceiptForm';
import { DispensationForm } from '../exits/DispensationForm';
import { PreparationUseForm } from '../exits/PreparationUseForm';
import { SupplierReturnForm } from '../exits/SupplierReturnForm';
import { TheftForm } from '../exits/TheftForm';
import { VetAdministrationForm } from '../exits/VetAdministrationForm';
import { VetDispensingForm } from '../exits/VetDispensingForm';
import { QuarantineForm } from '../quarantine/QuarantineForm';
import { correctedValues, fieldToChange } from './corrected-values';
import { registerWords } from './messages';

interface Props {
  original: CorrectableEvent;
  reason: CorrectionReason;
  message: string;
  establishmentKind: EstablishmentKind;
  onClose: () => void;
}

export function CorrectedEntry({ original, reason, message, establishmentKind, onClose }: Props) {
  const [open, setOpen] = useState(false);
  const place = useRef<HTMLDivElement>(null);
  // The reversal recorded, the next step is at hand: Entrée opens the corrected entry.
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => opener.current?.focus(), []);
  useEffect(() => {
    const name = open ? fieldToChange(original, reason) : null;
    const field = name ? place.current?.querySelector<HTMLInputElement>(`[name="${name}"]`) : null;
    field?.focus();
    field?.select?.();
  }, [open, original, reason]);
  return (
    <div className="corrected-entry" ref={place}>
      <FormOutcome error={null} success={message} />
      {open ? (
        <>
          <p className="field__hint">{registerWords.correctedEntryHint}</p>
          <CorrectedForm original={original} establishmentKind={establishmentKind} />
        </>
      ) : (
        <button type="button" className="primary" ref={opener} onClick={() => setOpen(true)}>
          {registerWords.correctedEntry}
        </button>
      )}{' '}
      <button type="button" className="secondary" onClick={onClose}>
        {registerWords.closeCorrected}
      </button>
    </div>
  );
}

/** The form of the reversed line's kind, filled from it. */
function CorrectedForm({ original, establishmentKind }: { original: CorrectableEvent; establishmentKind: EstablishmentKind }): ReactNode {
  const initial = correctedValues(original);
  const lots = useRegisterQuery((store) => (original.type === 'quarantine.moved' ? store.lots() : Promise.resolve([])), [original.type]);
  switch (original.type) {
    case 'dispensation':
      return <DispensationForm initial={initial} />;
    case 'receipt':
      return <ReceiptForm initial={initial} />;
    case 'opening.balance':
      return <OpeningBalanceForm initial={initial} />;
    case 'patient.return':
      return <PatientReturnForm establishmentKind={establishmentKind} initial={initial} />;
    case 'supplier.return':
      return <SupplierReturnForm initial={initial} />;
    case 'preparation.use':
      return <PreparationUseForm initial={initial} />;
    case 'theft':
      return <TheftForm establishmentKind={establishmentKind} initial={initial} />;
    case 'vet.administration':
      return <VetAdministrationForm initial={initial} />;
    case 'vet.dispensing':
      return <VetDispensingForm initial={initial} />;
    case 'quarantine.moved':
      return <QuarantineForm lots={lots ?? []} initial={initial} />;
  }
}

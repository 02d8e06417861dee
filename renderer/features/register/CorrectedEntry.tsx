// Once a line is reversed, the right movement is entered where the wrong one was read:
// the form of its kind, filled from the reversed line, for the person to change what was
// wrong. Only the dispensation and the receipt have such a form here; another kind says
// where it is entered.
import { useState } from 'react';
import type { CorrectableEvent } from '../../../shared/register/events';
import { MOVEMENT_LABELS } from '../../../shared/register/labels';
import { FormOutcome } from '../../components/FormOutcome';
import { DispensationForm } from '../exits/DispensationForm';
import { dispensationValues } from '../exits/corrected-values';
import { registerWords } from './messages';

export function CorrectedEntry({ original, message, onClose }: { original: CorrectableEvent; message: string; onClose: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="corrected-entry">
      <FormOutcome error={null} success={message} />
      {original.type === 'dispensation' ? (
        open ? (
          <>
            <p className="field__hint">{registerWords.correctedEntryHint}</p>
            <DispensationForm initial={dispensationValues(original)} />
          </>
        ) : (
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            {registerWords.correctedEntry}
          </button>
        )
      ) : (
        <p className="field__hint">{registerWords.correctedElsewhere(MOVEMENT_LABELS[original.type])}</p>
      )}{' '}
      <button type="button" className="secondary" onClick={onClose}>
        {registerWords.closeCorrected}
      </button>
    </div>
  );
}

import { useRegisterClosed } from '../db/RegisterClosedContext';
import { fr } from '../messages/fr';

/** The form's main action; disabled while the register is writing, so nothing is sent twice, and for good once it is closed. */
export function SubmitButton({ label, saving }: { label: string; saving: boolean }) {
  const closed = useRegisterClosed() !== null;
  return (
    <button type="submit" className="primary" disabled={saving || closed} title={closed ? fr.common.registerClosed : undefined}>
      {saving ? fr.common.saving : label}
    </button>
  );
}

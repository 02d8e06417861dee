import { fr } from '../messages/fr';

/** The form's main action; disabled while the register is writing, so nothing is sent twice. */
export function SubmitButton({ label, saving }: { label: string; saving: boolean }) {
  return (
    <button type="submit" className="primary" disabled={saving}>
      {saving ? fr.common.saving : label}
    </button>
  );
}

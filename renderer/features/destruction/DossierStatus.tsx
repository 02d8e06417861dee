// Where a dossier stands: destroyed (PV established), cancelled, or planned for a day.
import { formatDay } from '../../../shared/register/dates';
import type { DossierFacts } from '../../../shared/register/validate-destruction';
import { t } from './messages';

export function DossierStatus({ dossier }: { dossier: DossierFacts }) {
  if (dossier.certified) return <span className="dossier__status dossier__status--done">{t.statusCertified(formatDay(dossier.certified.operationDate))}</span>;
  if (dossier.cancelled)
    return <span className="dossier__status dossier__status--cancelled">{t.statusCancelled(formatDay(dossier.cancelled.operationDate))}</span>;
  return <span className="dossier__status">{t.statusPlanned(formatDay(dossier.planned.plannedDate))}</span>;
}

// What can still be done with a dossier: print its notice or PV; before the PV, establish
// it or cancel the dossier; after it, note when its copy was sent. The PV form and the
// copy form share one outcome line, shown above the buttons.
import { useState } from 'react';
import { localDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import type { DossierFacts } from '../../../shared/register/validate-destruction';
import { FormOutcome } from '../../components/FormOutcome';
import { useAction } from '../../components/use-action';
import { PrintButton } from '../editions/PrintOutcome';
import type { Printer } from '../editions/use-print';
import { CancelDossier } from './CancelDossier';
import { CertifyForm, type CertifyValues } from './CertifyForm';
import { CopySentForm } from './CopySentForm';
import { t } from './messages';

interface DossierActionsProps {
  dossier: DossierFacts;
  kind: EstablishmentKind;
  printer: Printer;
}

export function DossierActions({ dossier, kind, printer }: DossierActionsProps) {
  const today = localDay(new Date());
  const number = dossier.planned.dossier;
  const [certifying, setCertifying] = useState(false);
  // Kept here, not in the PV form, so that closing the form and opening it again keeps what was typed.
  const [certify, setCertify] = useState<CertifyValues>({ day: today, method: '', disposal: '', dateChange: '' });
  const action = useAction();
  const open = !dossier.certified && !dossier.cancelled;
  const printNotice = () =>
    void printer.print(`notice-${number}`, {
      kind: 'destruction-notice',
      dossier: number,
      period: { from: dossier.planned.operationDate, to: dossier.planned.operationDate },
    });
  const printPv = (on: string) => void printer.print(`pv-${number}`, { kind: 'destruction-pv', dossier: number, period: { from: on, to: on } });

  return (
    <div className="dossier__actions">
      <FormOutcome error={action.error} success={action.success} />
      <div className="dossier__buttons">
        <PrintButton printer={printer} name={`notice-${number}`} label={t.printNotice} onClick={printNotice} />
        {dossier.certified ? (
          <PrintButton printer={printer} name={`pv-${number}`} label={t.printPv} onClick={() => printPv(dossier.certified?.operationDate ?? today)} />
        ) : null}
        {open && !certifying ? (
          <button type="button" className="primary" aria-label={t.certifyLabel(number)} onClick={() => setCertifying(true)}>
            {t.certify}
          </button>
        ) : null}
      </div>
      {dossier.cancelled ? <p className="dossier__cancelled">{t.cancelledBecause(dossier.cancelled.reason)}</p> : null}
      {open && !certifying ? <CancelDossier dossier={number} onDone={action.announce} /> : null}
      {certifying ? (
        <CertifyForm
          dossier={dossier}
          values={certify}
          onChange={setCertify}
          action={action}
          onCertified={(day) => {
            setCertifying(false);
            printPv(day);
          }}
          onClose={() => setCertifying(false)}
        />
      ) : null}
      {dossier.certified ? <CopySentForm dossier={dossier} kind={kind} action={action} /> : null}
    </div>
  );
}

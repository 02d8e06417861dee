// The definitive closure (art. R. 5132-37 §3–4): (1) the final inventory, the
// Inventaire screen; (2) every dispensable unit into quarantine, since only quarantine is
// destroyed; (3) the destruction dossier of all that remains, the Destructions screen with
// everything chosen; (4) the final editions; (5) register.closed, after which the register
// is read-only; (6) the transmittal slip to the ARS or the DDPP, and the deposit package.
// Each step is read from the register (read-progress.ts), so a restart resumes where it stood.
import { useState, type FormEvent } from 'react';
import { formatDay, localDay, monthOf } from '../../../shared/register/dates';
import { DEPOSIT_AUTHORITIES } from '../../../shared/register/events';
import type { StockBalance } from '../../../shared/stock/movements';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import type { RegisterIdentity } from '../../db/register-store';
import { DestructionScreen } from '../destruction/DestructionScreen';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import { InventoryScreen } from '../inventory/InventoryScreen';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { DepositPackageSlot } from './DepositPackageSlot';
import { HandoverPackage } from '../handover/HandoverPackage';
import { CLOSURE_STEPS, t } from './messages';
import type { ClosureProgress } from './read-progress';
import { moveAllToQuarantine, recordClosure } from './record-cession';
import { WizardSteps } from './WizardSteps';

function currentStep(progress: ClosureProgress): number {
  if (progress.closed) return progress.transmittal ? 6 : 5;
  if (!progress.finalInventory) return 0;
  if (progress.dispensableLeft) return 1;
  if (progress.stockLeft) return 2;
  if (!progress.finalEdition) return 3;
  return 4;
}

export function ClosureWizard({
  progress,
  stock,
  identity,
}: {
  progress: ClosureProgress;
  stock: ReadonlyMap<string, StockBalance>;
  identity: RegisterIdentity;
}) {
  const step = currentStep(progress);
  const printer = usePrint();
  const today = localDay(new Date());
  const authority = DEPOSIT_AUTHORITIES[identity.establishment.kind];
  const printFinalEditions = async () => {
    const produced = await printer.print('final-editions', { kind: 'period-journal', period: { from: identity.openedOn, to: today } });
    if (produced.kind === 'produced') await printer.print('final-editions', { kind: 'month-balance', month: monthOf(today) });
  };
  const printTransmittal = () =>
    void printer.print('transmittal', { kind: 'transmittal', period: { from: identity.openedOn, to: progress.closed?.operationDate ?? today } });

  return (
    <div className="wizard" aria-label={t.modes.closure}>
      <WizardSteps label={t.modes.closure} steps={CLOSURE_STEPS} current={step} />
      {progress.finalInventory && step > 0 ? (
        <p className="wizard__facts">{t.finalInventoryDone(progress.finalInventory.seq, formatDay(progress.finalInventory.operationDate))}</p>
      ) : null}
      {step === 0 ? <InventoryScreen embedded /> : null}
      {step === 1 ? <QuarantineStep stock={stock} /> : null}
      {step === 2 ? (
        <div className="wizard__panel">
          <p className="muted">{t.destructionHint}</p>
          <DestructionScreen embedded preselectAll />
        </div>
      ) : null}
      {step === 3 ? (
        <div className="wizard__panel">
          <p className="muted">{t.editionsHint}</p>
          <PrintButton printer={printer} name="final-editions" label={t.printFinal} className="primary" onClick={() => void printFinalEditions()} />
        </div>
      ) : null}
      {step > 3 && progress.finalEdition ? <p className="wizard__facts">{t.finalDone(progress.finalEdition.fileName)}</p> : null}
      {step === 4 ? <CloseForm authority={authority} /> : null}
      {progress.closed ? (
        <div className="wizard__panel">
          <p className="outcome outcome--success" role="status">
            {t.closedLine(formatDay(progress.closed.operationDate), progress.closed.seq, progress.closed.depositedWith.authority)}
          </p>
          <p className="muted">{t.transmittalHint}</p>
          {progress.transmittal ? <p className="wizard__facts">{t.transmittalDone(progress.transmittal.fileName)}</p> : null}
          <PrintButton
            printer={printer}
            name="transmittal"
            label={t.printTransmittal}
            className={progress.transmittal ? 'secondary' : 'primary'}
            onClick={printTransmittal}
          />
          <DepositPackageSlot>
            <HandoverPackage registerId={identity.registerId} purpose="deposit" titled={false} />
          </DepositPackageSlot>
        </div>
      ) : null}
      <PrintOutcome printer={printer} />
    </div>
  );
}

/** Step 2: every dispensable unit into quarantine, in one transaction. */
function QuarantineStep({ stock }: { stock: ReadonlyMap<string, StockBalance> }) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const { run, error, saving } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() =>
      moveAllToQuarantine(store, stock, { operationDate: localDay(new Date()), ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
    );
  };
  return (
    <form className="wizard__panel wizard__form" aria-label={CLOSURE_STEPS[1]} onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">{t.quarantineHint}</p>
      <FormOutcome error={error} success={null} />
      <SubmitButton label={t.moveAll} saving={saving} />
    </form>
  );
}

/** Step 5: the closure itself, confirmed; the holder alone records it. */
function CloseForm({ authority }: { authority: 'ARS' | 'DDPP' }) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const [day, setDay] = useState(() => localDay(new Date()));
  const [reason, setReason] = useState<string>(t.reasonDefault);
  const [address, setAddress] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { run, error, saving } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    const body = { type: 'register.closed' as const, reason, depositedWith: { authority, address } };
    await run(() => recordClosure(store, { operationDate: day, body, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }));
  };
  return (
    <form className="wizard__panel wizard__form" aria-label={CLOSURE_STEPS[4]} onSubmit={(event) => void submit(event)} noValidate>
      <p>{t.closeHint(authority)}</p>
      <TextField name="operationDate" label={t.closeDate} type="date" value={day} onChange={setDay} error={error} max={localDay(new Date())} required />
      <TextField name="reason" label={t.reason} value={reason} onChange={setReason} error={error} required />
      <TextField name="depositedWith.address" label={t.depositAddress(authority)} value={address} onChange={setAddress} error={error} multiline required />
      <label className="wizard__confirm">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> {t.confirmClose}
      </label>
      <FormOutcome error={error} success={null} />
      <button type="submit" className="primary" disabled={saving || !confirmed}>
        {t.recordClose}
      </button>
    </form>
  );
}

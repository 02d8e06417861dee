// The cession wizard (art. R. 5132-37 §1), on the seller's machine: (1) the cut-off and
// the buyer; (2) the contradictory inventory, the Inventaire screen with the buyer named;
// (3) the transfer-inventory PDF, archived like every edition; (4) the change of holder.
// Each step is read from the register (read-progress.ts): a restart resumes where it stood.
import { useState, type FormEvent } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { Practitioner } from '../../../shared/register/events';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import type { RegisterIdentity } from '../../db/register-store';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint, type Printer } from '../editions/use-print';
import { HandoverPackage } from '../handover/HandoverPackage';
import { InventoryScreen } from '../inventory/InventoryScreen';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { CESSION_STEPS, t } from './messages';
import type { CessionStep, InventoryEvent } from './read-progress';
import { recordHolderChange } from './record-cession';
import { WizardSteps } from './WizardSteps';

const STEP_INDEX = { inventory: 1, 'transfer-pdf': 2, 'hand-over': 3, done: 4 } as const;

interface Parties {
  day: string;
  buyer: Practitioner;
}

function printTransfer(printer: Printer, inventory: InventoryEvent) {
  void printer.print('transfer-inventory', {
    kind: 'transfer-inventory',
    inventory: inventory.seq,
    period: { from: inventory.operationDate, to: inventory.operationDate },
  });
}

export function CessionWizard({ derived, identity }: { derived: CessionStep; identity: RegisterIdentity }) {
  const printer = usePrint();
  const [parties, setParties] = useState<Parties | null>(null);
  const [restarted, setRestarted] = useState(false);
  const state = derived.step === 'done' && restarted ? { step: 'inventory' as const } : derived;
  const current = state.step === 'inventory' && !parties ? 0 : STEP_INDEX[state.step];

  return (
    <div className="wizard" aria-label={t.modes.cession}>
      <WizardSteps label={t.modes.cession} steps={CESSION_STEPS} current={current} />
      {state.step === 'inventory' ? (
        <>
          {state.stale ? (
            <p className="outcome outcome--error" role="alert">
              {t.stale(state.stale.seq)}
            </p>
          ) : null}
          {parties ? (
            <div className="wizard__panel">
              <p className="wizard__facts">
                {t.partiesLine(identity.holder.name, `${parties.buyer.name} (n° ${parties.buyer.orderNumber})`, formatDay(parties.day))}
              </p>
              <button type="button" className="secondary" onClick={() => setParties(null)}>
                {t.back}
              </button>
              <InventoryScreen embedded counterParty={parties.buyer} fixedDay={parties.day} printOnRecord={false} onRecorded={() => setRestarted(false)} />
            </div>
          ) : (
            <PartiesForm onDone={setParties} />
          )}
        </>
      ) : null}
      {state.step === 'transfer-pdf' ? (
        <div className="wizard__panel">
          <InventoryLine inventory={state.inventory} />
          <p className="muted">{t.transferHint}</p>
          <PrintButton
            printer={printer}
            name="transfer-inventory"
            label={t.printTransfer}
            className="primary"
            onClick={() => printTransfer(printer, state.inventory)}
          />
        </div>
      ) : null}
      {state.step === 'hand-over' ? (
        <div className="wizard__panel">
          <InventoryLine inventory={state.inventory} />
          <p className="outcome outcome--success">{t.transferPrinted(state.edition.fileName)}</p>
          <PrintButton printer={printer} name="transfer-inventory" label={t.printTransferAgain} onClick={() => printTransfer(printer, state.inventory)} />
          <HandOverForm inventory={state.inventory} seller={identity.holder} />
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div className="wizard__panel">
          <p className="outcome outcome--success" role="status">
            {t.handedOver(`${state.change.holder.name} (n° ${state.change.holder.orderNumber})`, formatDay(state.change.operationDate), state.change.seq)}
          </p>
          {/* The hand-over itself: the package and its décharge, which now name the buyer (branch package). */}
          <HandoverPackage registerId={identity.registerId} />
          <div className="wizard__buttons">
            {state.inventory ? (
              <PrintButton
                printer={printer}
                name="transfer-inventory"
                label={t.printTransferAgain}
                onClick={() => state.inventory && printTransfer(printer, state.inventory)}
              />
            ) : null}
            <button type="button" className="secondary" onClick={() => setRestarted(true)}>
              {t.newCession}
            </button>
          </div>
        </div>
      ) : null}
      <PrintOutcome printer={printer} />
    </div>
  );
}

function InventoryLine({ inventory }: { inventory: InventoryEvent }) {
  const buyer = inventory.counterParty;
  return (
    <p className="wizard__facts">
      {t.inventoryRecorded(inventory.seq, formatDay(inventory.operationDate), buyer ? `${buyer.name} (n° ${buyer.orderNumber})` : '')}
    </p>
  );
}

/** Step 1: the cut-off and who buys; nothing is recorded until the inventory is. */
function PartiesForm({ onDone }: { onDone: (parties: Parties) => void }) {
  const [day, setDay] = useState(() => localDay(new Date()));
  const [name, setName] = useState('');
  const [orderNumber, setOrderNumber] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError(appError('field.required', 'buyer.name', { label: t.buyerName }));
    if (orderNumber.trim() === '') return setError(appError('field.required', 'buyer.orderNumber', { label: t.buyerNumber }));
    setError(null);
    onDone({ day, buyer: { name: name.trim(), orderNumber: orderNumber.trim() } });
  };
  return (
    <form className="wizard__panel wizard__form" aria-label={CESSION_STEPS[0]} onSubmit={submit} noValidate>
      <TextField name="operationDate" label={t.cutOff} type="date" value={day} onChange={setDay} error={error} max={localDay(new Date())} required />
      <TextField name="buyer.name" label={t.buyerName} value={name} onChange={setName} error={error} required />
      <TextField name="buyer.orderNumber" label={t.buyerNumber} value={orderNumber} onChange={setOrderNumber} error={error} inputMode="numeric" required />
      <FormOutcome error={error} success={null} />
      <SubmitButton label={t.toInventory} saving={false} />
    </form>
  );
}

/** Step 4: the holder records the change; the buyer holds the register from then on. */
function HandOverForm({ inventory, seller }: { inventory: InventoryEvent; seller: Practitioner }) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const [day, setDay] = useState(() => localDay(new Date()));
  const { run, error, saving } = useAction();
  const buyer = inventory.counterParty;
  if (!buyer) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() =>
      recordHolderChange(store, { operationDate: day, buyer, inventory: inventory.seq, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
    );
  };
  return (
    <form className="wizard__form" aria-label={CESSION_STEPS[3]} onSubmit={(event) => void submit(event)} noValidate>
      <p>{t.handOverHint(seller.name, buyer.name)}</p>
      <TextField name="operationDate" label={t.cessionDate} type="date" value={day} onChange={setDay} error={error} max={localDay(new Date())} required />
      <FormOutcome error={error} success={null} />
      <SubmitButton label={t.recordHandOver} saving={saving} />
    </form>
  );
}

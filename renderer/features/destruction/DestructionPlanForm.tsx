// The dossier's opening: what to destroy, the planned date, the witness and the inspector.
// Recording it prints the notice to the inspector, who must have it a month before
// (art. R. 5132-36): a shorter notice is warned about, not refused.
import { useState, type FormEvent } from 'react';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { DestructionItem, EstablishmentKind } from '../../../shared/register/events';
import { parseQuantity } from '../../../shared/register/quantity';
import { noticeTooShort, oneMonthAfter } from '../../../shared/register/validate-destruction';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import type { Printer } from '../editions/use-print';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { t } from './messages';
import { choiceOf as storedChoice, type Choice, type QuarantineRow } from './quarantine-rows';
import { QuarantineChooser } from './QuarantineChooser';
import { recordPlan } from './record-destruction';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NO_WITNESS = { name: '', orderNumber: '', council: '' };

interface DestructionPlanFormProps {
  rows: readonly QuarantineRow[];
  kind: EstablishmentKind;
  preselectAll: boolean;
  printer: Printer;
}

export function DestructionPlanForm({ rows, kind, preselectAll, printer }: DestructionPlanFormProps) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const today = localDay(new Date());
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [noticeDate, setNoticeDate] = useState(today);
  const [plannedDate, setPlannedDate] = useState(() => oneMonthAfter(today));
  const [witness, setWitness] = useState(NO_WITNESS);
  const [inspector, setInspector] = useState('');
  const { run, refuse, error, success, saving } = useAction();

  const choiceOf = (row: QuarantineRow) => storedChoice(choices, row, preselectAll);
  const change = (row: QuarantineRow, patch: Partial<Choice>) => setChoices((current) => ({ ...current, [row.key]: { ...choiceOf(row), ...patch } }));
  const selectedRows = rows.filter((row) => choiceOf(row).selected);
  const council = witness.council === '' ? t.councilDefault[kind] : witness.council;
  const short = DAY.test(noticeDate) && DAY.test(plannedDate) && plannedDate >= noticeDate && noticeTooShort(noticeDate, plannedDate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items: DestructionItem[] = [];
    for (const [index, row] of selectedRows.entries()) {
      const quantity = parseQuantity(choiceOf(row).quantity);
      if (!quantity.ok) return refuse({ ...quantity.error, field: `items.${index}.quantity` });
      items.push({ productId: row.product.productId, ...(row.lot === undefined ? {} : { lot: row.lot }), quantity: quantity.value });
    }
    const body = { type: 'destruction.planned' as const, plannedDate, witness: { ...witness, council }, inspector, items };
    await run(
      () => recordPlan(store, { operationDate: noticeDate, body, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
      (planned) => {
        if (planned.type !== 'destruction.planned') return null;
        setChoices({});
        setWitness(NO_WITNESS);
        setPlannedDate(oneMonthAfter(today));
        void printer.print(`notice-${planned.dossier}`, {
          kind: 'destruction-notice',
          dossier: planned.dossier,
          period: { from: planned.operationDate, to: planned.operationDate },
        });
        return t.planned(planned.dossier, planned.seq);
      },
    );
  };

  return (
    <form className="card destruction-plan" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t.selectTitle}</h2>
      <QuarantineChooser rows={rows} choiceOf={choiceOf} change={change} selectedRows={selectedRows} error={error} />
      <p className="destruction-selected">{t.selected(selectedRows.length)}</p>
      <h2>{t.planTitle}</h2>
      <div className="destruction-fields">
        <TextField name="operationDate" label={t.noticeDate} type="date" value={noticeDate} onChange={setNoticeDate} error={error} max={today} required />
        <TextField name="plannedDate" label={t.plannedDate} type="date" value={plannedDate} onChange={setPlannedDate} error={error} required />
        <TextField
          name="witness.name"
          label={t.witnessName}
          value={witness.name}
          onChange={(name) => setWitness({ ...witness, name })}
          error={error}
          required
        />
        <TextField
          name="witness.orderNumber"
          label={t.witnessNumber}
          value={witness.orderNumber}
          onChange={(value) => setWitness({ ...witness, orderNumber: value })}
          error={error}
          inputMode="numeric"
          required
        />
        <TextField
          name="witness.council"
          label={t.council}
          value={council}
          onChange={(value) => setWitness({ ...witness, council: value })}
          error={error}
          required
        />
        <TextField
          name="inspector"
          label={t.inspector[kind]}
          hint={t.inspectorHint[kind]}
          value={inspector}
          onChange={setInspector}
          error={error}
          multiline
          required
        />
      </div>
      {short ? (
        <p className="outcome destruction-warning" role="alert">
          {t.tooShort(formatDay(noticeDate), formatDay(oneMonthAfter(noticeDate)))}
        </p>
      ) : null}
      <FormOutcome error={error} success={success} />
      <SubmitButton label={t.submitPlan} saving={saving} />
    </form>
  );
}

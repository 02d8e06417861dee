// The inventory as one act: the day, who counted, and every line counted. A line that does
// not read as a quantity is refused before anything is written; once recorded, the inventory
// and its écarts d'inventaire are announced and, unless the embedding screen prints its own
// document, the inventory's PDF is produced.
import { useState, type FormEvent } from 'react';
import { appError } from '../../../shared/errors';
import { localDay } from '../../../shared/register/dates';
import type { Practitioner } from '../../../shared/register/events';
import { parseCount, type InventoryLineDraft } from '../../../shared/register/validate-inventory';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../components/use-action';
import { useStore } from '../../db/DatabaseContext';
import { fr } from '../../messages/fr';
import type { Printer } from '../editions/use-print';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { InventoryCountTable } from './InventoryCountTable';
import { BLANK, typedVariance, type InventoryRow, type Typed } from './inventory-rows';
import { printInventory } from './print-inventory';
import { recordInventory, type InventoryEvent } from './record-inventory';

interface InventoryFormProps {
  rows: readonly InventoryRow[];
  printer: Printer;
  counterParty?: Practitioner | undefined;
  fixedDay?: string | undefined;
  printOnRecord: boolean;
  onRecorded?: ((inventory: InventoryEvent) => void) | undefined;
}

export function InventoryForm({ rows, printer, counterParty, fixedDay, printOnRecord, onRecorded }: InventoryFormProps) {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const [chosenDay, setDay] = useState(() => localDay(new Date()));
  const day = fixedDay ?? chosenDay;
  const [countedBy, setCountedBy] = useState('');
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const { run, refuse, error, success, saving } = useAction();

  const valueOf = (row: InventoryRow) => typed[row.key] ?? BLANK;
  const change = (row: InventoryRow, patch: Partial<Typed>) => setTyped((current) => ({ ...current, [row.key]: { ...(current[row.key] ?? BLANK), ...patch } }));
  const varianceCount = rows.filter((row) => (typedVariance(row, valueOf(row)) ?? 0) !== 0).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines: InventoryLineDraft[] = [];
    for (const [index, row] of rows.entries()) {
      const value = valueOf(row);
      const counted = parseCount(value.counted);
      if (!counted.ok) return refuse({ ...counted.error, field: `lines.${index}.counted` });
      lines.push({
        productId: row.product.productId,
        compartment: row.compartment,
        counted: counted.value,
        method: value.method,
        ...(value.reason.trim() === '' ? {} : { reason: value.reason }),
      });
    }
    if (lines.length === 0) return refuse(appError('inventory.empty', 'lines'));
    const body = { type: 'inventory.taken' as const, lines, countedBy, ...(counterParty === undefined ? {} : { counterParty }) };
    await run(
      () => recordInventory(store, { operationDate: day, body, ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }) }),
      ([inventory, ...adjustments]) => {
        setTyped({});
        if (inventory?.type === 'inventory.taken') onRecorded?.(inventory);
        if (inventory && printOnRecord) printInventory(printer, inventory);
        return fr.inventory.recorded(
          inventory?.seq ?? 0,
          adjustments.map((adjustment) => adjustment.seq),
        );
      },
    );
  };

  return (
    <form className="inventory-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="inventory-form__head">
        {fixedDay === undefined ? (
          <TextField
            name="operationDate"
            label={fr.inventory.date}
            type="date"
            value={day}
            onChange={setDay}
            error={error}
            max={localDay(new Date())}
            required
          />
        ) : null}
        <TextField
          name="countedBy"
          label={fr.inventory.countedBy}
          hint={fr.inventory.countedByHint}
          value={countedBy}
          onChange={setCountedBy}
          error={error}
          required
        />
      </div>
      <InventoryCountTable rows={rows} valueOf={valueOf} change={change} error={error} />
      <p className="inventory-summary">{fr.inventory.summary(rows.length, varianceCount)}</p>
      <FormOutcome error={error} success={success} />
      <SubmitButton label={fr.inventory.submit} saving={saving} />
    </form>
  );
}

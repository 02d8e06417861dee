// The inventory: every product, the dispensable stock and the quarantine counted apart,
// each line counted in units or weighed; the variance shows as the count is typed, and a
// reason is asked for every variance. Validation records the inventory and its écarts
// d'inventaire as one act, then produces its PDF (archived, recorded, opened).
import { useState, type FormEvent } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { formatDay, localDay } from '../../../shared/register/dates';
import { INVENTORY_METHODS, STOCK_COMPARTMENTS, type InventoryMethod, type Practitioner, type StockCompartment } from '../../../shared/register/events';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { lineKey, parseCount, type InventoryLineDraft } from '../../../shared/register/validate-inventory';
import { inCompartment, EMPTY_STOCK } from '../../../shared/stock/movements';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useDatabase } from '../../db/DatabaseContext';
import { listProducts, stockByProduct, type ProductSummary } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import '../editions/editions.css';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { listInventories, recordInventory, type InventoryEvent } from './record-inventory';
import './inventory.css';

interface Row {
  key: string;
  product: ProductSummary;
  compartment: StockCompartment;
  expected: Milli;
}

interface Typed {
  counted: string;
  method: InventoryMethod;
  reason: string;
}

const BLANK: Typed = { counted: '', method: 'count', reason: '' };

/** Counted minus expected, once what was typed reads as a quantity. */
function typedVariance(row: Row, typed: Typed): number | null {
  const counted = parseCount(typed.counted);
  return counted.ok ? counted.value - row.expected : null;
}

function signed(difference: number): string {
  return difference > 0 ? `+${formatQuantity(difference as Milli)}` : formatQuantity(difference as Milli);
}

/** How another screen embeds the inventory: the cession's contradictory one, the closure's final one. */
export interface InventoryScreenProps {
  /** The buyer present at a cession's contradictory inventory, recorded with it. */
  counterParty?: Practitioner;
  /** The day the inventory is dated, when the embedding screen fixes it (the cession's cut-off). */
  fixedDay?: string;
  /** Prints the inventory's own edition once recorded (the cession prints its transfer PDF instead). */
  printOnRecord?: boolean;
  /** Without its title and list of past inventories, inside a wizard step. */
  embedded?: boolean;
  onRecorded?: (inventory: InventoryEvent) => void;
}

export function InventoryScreen({ counterParty, fixedDay, printOnRecord = true, embedded = false, onRecorded }: InventoryScreenProps = {}) {
  const db = useDatabase();
  const { orderNumber } = useCurrentValidator();
  const printer = usePrint();
  const products = useRegisterQuery(listProducts);
  const stock = useRegisterQuery(stockByProduct);
  const inventories = useRegisterQuery(listInventories) ?? [];
  const [chosenDay, setDay] = useState(() => localDay(new Date()));
  const day = fixedDay ?? chosenDay;
  const [countedBy, setCountedBy] = useState('');
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Every product still in use or still holding stock, the dispensable stock first, then the quarantine apart.
  const rows: Row[] = STOCK_COMPARTMENTS.flatMap((compartment) =>
    (products ?? [])
      .filter((product) => product.active || (stock?.get(product.productId)?.total ?? 0) !== 0)
      .map((product) => ({
        key: lineKey(product.productId, compartment),
        product,
        compartment,
        expected: inCompartment(stock?.get(product.productId) ?? EMPTY_STOCK, compartment),
      })),
  );
  const valueOf = (row: Row) => typed[row.key] ?? BLANK;
  const change = (row: Row, patch: Partial<Typed>) => setTyped((current) => ({ ...current, [row.key]: { ...(current[row.key] ?? BLANK), ...patch } }));
  const varianceCount = rows.filter((row) => (typedVariance(row, valueOf(row)) ?? 0) !== 0).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSuccess(null);
    const lines: InventoryLineDraft[] = [];
    for (const [index, row] of rows.entries()) {
      const value = valueOf(row);
      const counted = parseCount(value.counted);
      if (!counted.ok) {
        setError({ ...counted.error, field: `lines.${index}.counted` });
        return;
      }
      lines.push({
        productId: row.product.productId,
        compartment: row.compartment,
        counted: counted.value,
        method: value.method,
        ...(value.reason.trim() === '' ? {} : { reason: value.reason }),
      });
    }
    if (lines.length === 0) {
      setError(appError('inventory.empty', 'lines'));
      return;
    }
    setSaving(true);
    try {
      const result = await recordInventory(db, {
        operationDate: day,
        body: { type: 'inventory.taken', lines, countedBy, ...(counterParty === undefined ? {} : { counterParty }) },
        ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }),
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const [inventory, ...adjustments] = result.value;
      setError(null);
      setTyped({});
      setSuccess(fr.inventory.recorded(inventory?.seq ?? 0, adjustments.map((adjustment) => adjustment.seq)));
      if (inventory?.type === 'inventory.taken') onRecorded?.(inventory);
      if (inventory && printOnRecord) void printer.print(`inventory-${inventory.seq}`, { kind: 'inventory', inventory: inventory.seq, period: { from: inventory.operationDate, to: inventory.operationDate } });
    } finally {
      setSaving(false);
    }
  };

  const invalid = (field: string) => error?.field === field;
  let index = -1;

  return (
    <section className={embedded ? 'inventory' : 'screen inventory'} aria-labelledby={embedded ? undefined : 'inventory-title'} aria-label={embedded ? fr.inventory.title : undefined}>
      {embedded ? null : (
        <>
          <h1 id="inventory-title">{fr.inventory.title}</h1>
          <p className="lead">{fr.inventory.intro}</p>
        </>
      )}
      {products === undefined || stock === undefined ? null : rows.length === 0 ? (
        <p className="empty">{fr.inventory.noProduct}</p>
      ) : (
        <form className="inventory-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="inventory-form__head">
            {fixedDay === undefined ? <TextField name="operationDate" label={fr.inventory.date} type="date" value={day} onChange={setDay} error={error} max={localDay(new Date())} required /> : null}
            <TextField name="countedBy" label={fr.inventory.countedBy} hint={fr.inventory.countedByHint} value={countedBy} onChange={setCountedBy} error={error} required />
          </div>
          <table className="table inventory-table" aria-label={fr.inventory.tableLabel}>
            <thead>
              <tr>
                <th>{fr.inventory.product}</th>
                <th className="number">{fr.inventory.expected}</th>
                <th>{fr.inventory.method}</th>
                <th className="number">{fr.inventory.counted}</th>
                <th className="number">{fr.inventory.variance}</th>
                <th>{fr.inventory.reason}</th>
              </tr>
            </thead>
            {STOCK_COMPARTMENTS.map((compartment) => (
              <tbody key={compartment}>
                <tr className="inventory-section">
                  <th colSpan={6} scope="colgroup">
                    {fr.inventory.compartments[compartment]}
                  </th>
                </tr>
                {rows
                  .filter((row) => row.compartment === compartment)
                  .map((row) => {
                    index += 1;
                    const value = valueOf(row);
                    const difference = typedVariance(row, value);
                    const { designation, form, strength, unit } = row.product;
                    const where = fr.inventory.compartments[compartment];
                    return (
                      <tr key={row.key} className={difference ? 'has-variance' : undefined}>
                        <td>
                          {designation}
                          <span className="kind-detail">{`${form}, ${strength} — ${unit}`}</span>
                        </td>
                        <td className="number">{formatQuantity(row.expected)}</td>
                        <td>
                          <select aria-label={fr.inventory.methodLabel(designation, where)} value={value.method} onChange={(event) => change(row, { method: event.target.value as InventoryMethod })}>
                            {INVENTORY_METHODS.map((method) => (
                              <option key={method} value={method}>
                                {fr.inventory.methods[method]}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td className="number counted">
                          <input
                            aria-label={fr.inventory.countedLabel(designation, where)}
                            inputMode="decimal"
                            autoComplete="off"
                            value={value.counted}
                            className={invalid(`lines.${index}.counted`) ? 'invalid' : undefined}
                            aria-invalid={invalid(`lines.${index}.counted`) || undefined}
                            onChange={(event) => change(row, { counted: event.target.value })}
                          />
                          <span className="unit">{value.method === 'weight' ? fr.inventory.countedIn(unit) : unit}</span>
                        </td>
                        <td className={`number variance ${difference === null ? '' : difference === 0 ? 'variance--none' : difference < 0 ? 'variance--minus' : 'variance--plus'}`}>
                          {difference === null ? '' : signed(difference)}
                        </td>
                        <td className="reason">
                          {difference ? (
                            <input
                              aria-label={fr.inventory.reasonLabel(designation, where)}
                              placeholder={fr.inventory.reasonPlaceholder}
                              value={value.reason}
                              className={invalid(`lines.${index}.reason`) ? 'invalid' : undefined}
                              aria-invalid={invalid(`lines.${index}.reason`) || undefined}
                              onChange={(event) => change(row, { reason: event.target.value })}
                            />
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            ))}
          </table>
          <p className="inventory-summary">{fr.inventory.summary(rows.length, varianceCount)}</p>
          <FormOutcome error={error} success={success} />
          <SubmitButton label={fr.inventory.submit} saving={saving} />
        </form>
      )}
      <PrintOutcome printer={printer} />
      {embedded ? null : <History inventories={inventories} print={(inventory) => void printer.print(`inventory-${inventory.seq}`, { kind: 'inventory', inventory: inventory.seq, period: { from: inventory.operationDate, to: inventory.operationDate } })} printer={printer} />}
    </section>
  );
}

function History({ inventories, print, printer }: { inventories: readonly InventoryEvent[]; print: (inventory: InventoryEvent) => void; printer: ReturnType<typeof usePrint> }) {
  return (
    <section className="inventory-history" aria-labelledby="inventory-history-title">
      <h2 id="inventory-history-title">{fr.inventory.history}</h2>
      {inventories.length === 0 ? (
        <p className="empty">{fr.inventory.none}</p>
      ) : (
        <table className="table" aria-label={fr.inventory.historyLabel}>
          <thead>
            <tr>
              <th className="number">{fr.inventory.seq}</th>
              <th>{fr.inventory.day}</th>
              <th>{fr.inventory.countedBy}</th>
              <th className="number">{fr.inventory.variances}</th>
              <th className="row-action" />
            </tr>
          </thead>
          <tbody>
            {[...inventories].reverse().map((inventory) => (
              <tr key={inventory.seq}>
                <td className="number">{inventory.seq}</td>
                <td>{formatDay(inventory.operationDate)}</td>
                <td>{inventory.countedBy}</td>
                <td className="number">{inventory.lines.filter((line) => line.counted !== line.expected).length}</td>
                <td className="row-action">
                  <PrintButton printer={printer} name={`inventory-${inventory.seq}`} label={fr.inventory.print(inventory.seq)} onClick={() => print(inventory)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

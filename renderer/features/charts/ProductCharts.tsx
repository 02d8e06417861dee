// Where people would rather look than read: one product's balance over a chosen period,
// receipts, exits and inventories marked on it, and what each inventory found against the
// register over time. Folded until opened: nothing is read before. Then only the product's
// movements dated from the period's start are read (by index), with today's balance and the
// inventories the register's state keeps — never the whole register.
import { useMemo, useState } from 'react';
import uPlot from 'uplot';
import { addDays } from '../../../shared/register/dates';
import type { MovementEvent } from '../../../shared/register/events';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { quantityWithUnit } from '../../../shared/format/quantity-with-unit';
import { inventoryVariances, stockCurve, type StockCurve } from '../../../shared/stock/stock-curve';
import { DateInput } from '../../components/DateInput';
import type { ProductSummary } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { today } from '../exits/use-exit-form';
import { axisNumber, dayToSeconds, secondsToDay } from './chart-axes';
import { chartWords } from './messages';
import { UPlotChart } from './UPlotChart';
import './charts.css';

/** Movements read at most for one period: years of a busy product. */
const MOST_MOVEMENTS = 20_000;
const units = (quantity: Milli) => quantity / 1000;

export function ProductCharts({ product }: { product: ProductSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="card product-charts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{chartWords.open}</summary>
      {open ? <OpenCharts product={product} /> : null}
    </details>
  );
}

function OpenCharts({ product }: { product: ProductSummary }) {
  const [period, setPeriod] = useState(() => ({ from: addDays(today(), -90), to: today() }));
  const read = useRegisterQuery(
    async (store) => {
      const [movements, stock, state] = await Promise.all([
        store.latestMovements({ productId: product.productId, from: period.from }, MOST_MOVEMENTS),
        store.productStock(product.productId),
        store.state(),
      ]);
      const inventories = [...state.inventories.values()].map((facts) => facts.event);
      return { movements, balanceNow: stock.total, inventories };
    },
    [product.productId, period.from],
  );
  const setDay = (key: 'from' | 'to') => (value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setPeriod((current) => ({ ...current, [key]: value }));
  };

  return (
    <div>
      <fieldset className="product-charts__period">
        <legend>{chartWords.period}</legend>
        <div className="field">
          <label htmlFor="chart-from">{chartWords.from}</label>
          <DateInput id="chart-from" value={period.from} max={period.to} onChange={setDay('from')} />
        </div>
        <div className="field">
          <label htmlFor="chart-to">{chartWords.to}</label>
          <DateInput id="chart-to" value={period.to} max={today()} onChange={setDay('to')} />
        </div>
      </fieldset>
      {read ? <Charts product={product} movements={read.movements} balanceNow={read.balanceNow} inventories={read.inventories} period={period} /> : null}
    </div>
  );
}

interface ChartsProps {
  product: ProductSummary;
  movements: MovementEvent[];
  balanceNow: Milli;
  inventories: Parameters<typeof inventoryVariances>[0];
  period: { from: string; to: string };
}

function Charts({ product, movements, balanceNow, inventories, period }: ChartsProps) {
  const inventoryDays = useMemo(
    () => inventories.filter((inventory) => inventory.lines.some((line) => line.productId === product.productId)).map((inventory) => inventory.operationDate),
    [inventories, product.productId],
  );
  const curve = useMemo(() => stockCurve(balanceNow, movements, inventoryDays, period.from, period.to), [balanceNow, movements, inventoryDays, period]);
  const variances = useMemo(() => inventoryVariances(inventories, product.productId), [inventories, product.productId]);
  const stock = useMemo(() => stockChart(curve, period, product.unit), [curve, period, product.unit]);
  const variance = useMemo(() => varianceChart(variances, product.unit), [variances, product.unit]);
  const entered = curve.points.reduce((sum, point) => sum + point.entered, 0) as Milli;
  const left = curve.points.reduce((sum, point) => sum + point.left, 0) as Milli;
  const end = curve.points.at(-1)?.balance ?? curve.start;
  const inUnits = (quantity: Milli) => quantityWithUnit(quantity, product.unit);
  return (
    <>
      <h3>{chartWords.stockTitle}</h3>
      {movements.length >= MOST_MOVEMENTS ? (
        <p className="field__hint">{chartWords.tooManyMovements(formatQuantity((MOST_MOVEMENTS * 1000) as Milli))}</p>
      ) : null}
      <p className="field__hint">{chartWords.summary(inUnits(curve.start), inUnits(end), inUnits(entered), inUnits(left))}</p>
      {curve.points.length === 0 ? <p className="empty">{chartWords.noMovement}</p> : null}
      <UPlotChart label={chartWords.stockTitle} options={stock.options} data={stock.data} />
      <h3>{chartWords.varianceTitle}</h3>
      {variances.length === 0 ? (
        <p className="empty">{chartWords.noInventory}</p>
      ) : (
        <UPlotChart label={chartWords.varianceTitle} options={variance.options} data={variance.data} height={200} />
      )}
    </>
  );
}

const COLOURS = { balance: '#1f5f74', entry: '#2e7d32', exit: '#b3261e', inventory: '#6a3fa0', variance: '#8a5a00' };

/** Room on the right for the last day's label, which uPlot centres on its tick. */
const PADDING: uPlot.Padding = [12, 40, 0, 0];
const timeAxis: uPlot.Axis = { label: chartWords.dayAxis, values: (_chart, ticks) => ticks.map(secondsToDay), space: 90 };
const valueAxis = (label: string): uPlot.Axis => ({ label, values: (_chart, ticks) => ticks.map(axisNumber), size: 70 });
/** A series drawn as marks only, no line between them. */
const marks = (label: string, stroke: string, size: number): uPlot.Series => ({
  label,
  stroke,
  fill: stroke,
  paths: () => null,
  points: { show: true, size, fill: stroke, stroke },
  value: (_chart, value) => axisNumber(value),
});

/** The balance as steps from the period's first day to its last, a mark on each day something happened. */
function stockChart(curve: StockCurve, period: { from: string; to: string }, unit: string) {
  const days = [period.from, ...curve.points.map((point) => point.day).filter((day) => day !== period.from), period.to].filter(
    (day, index, all) => all.indexOf(day) === index,
  );
  let balance = curve.start;
  const balances: number[] = [];
  const entries: (number | null)[] = [];
  const exits: (number | null)[] = [];
  const inventoriesMarked: (number | null)[] = [];
  for (const day of days) {
    const point = curve.points.find((candidate) => candidate.day === day);
    if (point) balance = point.balance;
    balances.push(units(balance));
    entries.push(point && point.entered > 0 ? units(balance) : null);
    exits.push(point && point.left > 0 ? units(balance) : null);
    inventoriesMarked.push(point?.inventory ? units(balance) : null);
  }
  const data: uPlot.AlignedData = [days.map(dayToSeconds), balances, entries, exits, inventoriesMarked];
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    padding: PADDING,
    scales: { x: { time: true } },
    axes: [timeAxis, valueAxis(chartWords.stockAxis(unit))],
    series: [
      { label: chartWords.dayAxis, value: (_chart, seconds) => (seconds === null ? '' : secondsToDay(seconds)) },
      { label: chartWords.balance, stroke: COLOURS.balance, width: 2, paths: stepped(), value: (_chart, value) => axisNumber(value) },
      marks(chartWords.entries, COLOURS.entry, 9),
      marks(chartWords.exits, COLOURS.exit, 7),
      marks(chartWords.inventories, COLOURS.inventory, 13),
    ],
  };
  return { data, options };
}

/** Each inventory's variance as a bar on its day. */
function varianceChart(variances: ReturnType<typeof inventoryVariances>, unit: string) {
  const days = variances.map((one) => dayToSeconds(one.day));
  const data: uPlot.AlignedData = [days, variances.map((one) => units(one.variance))];
  // A month on each side of the first and last inventory: a single one stands in the middle.
  const margin = 31 * 86_400;
  const span: uPlot.Range.MinMax = [Math.min(...days) - margin, Math.max(...days) + margin];
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    padding: PADDING,
    scales: { x: { time: true, range: () => span } },
    axes: [timeAxis, valueAxis(chartWords.varianceAxis(unit))],
    series: [
      { label: chartWords.dayAxis, value: (_chart, seconds) => (seconds === null ? '' : secondsToDay(seconds)) },
      { label: chartWords.variance, stroke: COLOURS.variance, fill: COLOURS.variance, paths: bars(), value: (_chart, value) => axisNumber(value) },
    ],
  };
  return { data, options };
}

const stepped = () => uPlot.paths.stepped?.({ align: 1 });
const bars = () => uPlot.paths.bars?.({ size: [0.6, 40] });

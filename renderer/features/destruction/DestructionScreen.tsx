// The destruction dossier (REQ-18): choose what to destroy among the stock in quarantine,
// fix the date and the witness, print the notice to the inspector (warned when it comes
// less than a month before); on the day, establish the PV (method), which posts one exit
// per item and prints it; later, note when its copy was sent to the inspector.
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/errors';
import { formatDay, localDay } from '../../../shared/register/dates';
import type { DestructionItem, EstablishmentKind } from '../../../shared/register/events';
import { formatQuantity, parseQuantity, subtractMilli, toMilli, type Milli } from '../../../shared/register/quantity';
import { itemKey, noticeTooShort, oneMonthAfter, openDossiers, type DossierFacts } from '../../../shared/register/validate-destruction';
import { EMPTY_STOCK } from '../../../shared/stock/movements';
import { FormOutcome } from '../../components/FormOutcome';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useDatabase } from '../../db/DatabaseContext';
import { listProducts, readIdentity, stockByProduct, type ProductSummary } from '../../db/queries';
import { useRegisterQuery } from '../../db/use-register-query';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint, type Printer } from '../editions/use-print';
import '../editions/editions.css';
import { registerLots } from '../quarantine/lot-queries';
import { useCurrentValidator } from '../validators/CurrentValidator';
import { CancelDossier } from './CancelDossier';
import { t } from './messages';
import { listDossiers, recordCertificate, recordCopySent, recordPlan } from './record-destruction';
import './destruction.css';

/** What can be chosen: a lot of a product in quarantine, or its stock without a lot. */
interface Row {
  key: string;
  product: ProductSummary;
  lot?: string;
  held: Milli;
  /** Already in a dossier whose PV is not established yet. */
  pending: Milli;
}

interface Choice {
  selected: boolean;
  quantity: string;
}

const ZERO = toMilli(0);
const positiveOrZero = (value: Milli): Milli => (value > 0 ? value : ZERO);

function quarantineRows(products: readonly ProductSummary[], stock: ReadonlyMap<string, { quarantine: Milli }>, lots: Awaited<ReturnType<typeof registerLots>>, dossiers: readonly DossierFacts[]): Row[] {
  const pending = new Map<string, Milli>();
  for (const dossier of openDossiers(dossiers)) {
    for (const item of dossier.planned.items) pending.set(itemKey(item), toMilli((pending.get(itemKey(item)) ?? 0) + item.quantity));
  }
  return products.flatMap((product) => {
    const quarantine = (stock.get(product.productId) ?? EMPTY_STOCK).quarantine;
    if (quarantine <= 0) return [];
    const ofProduct = lots.filter((lot) => lot.productId === product.productId && lot.quarantine > 0);
    const rows: Row[] = ofProduct.map((lot) => ({ key: itemKey({ productId: product.productId, lot: lot.lot }), product, lot: lot.lot, held: lot.quarantine, pending: ZERO }));
    const inLots = ofProduct.reduce((sum, lot) => sum + lot.quarantine, 0);
    const unlotted = positiveOrZero(subtractMilli(quarantine, toMilli(inLots)));
    if (unlotted > 0) rows.unshift({ key: itemKey({ productId: product.productId }), product, held: unlotted, pending: ZERO });
    return rows.map((row) => ({ ...row, pending: pending.get(row.key) ?? ZERO }));
  });
}

/** How the closure wizard embeds the screen: every remaining quantity chosen at first, without the tab's title. */
export interface DestructionScreenProps {
  preselectAll?: boolean;
  embedded?: boolean;
}

export function DestructionScreen({ preselectAll = false, embedded = false }: DestructionScreenProps = {}) {
  const db = useDatabase();
  const { orderNumber } = useCurrentValidator();
  const printer = usePrint();
  const identity = useRegisterQuery(readIdentity);
  const products = useRegisterQuery(listProducts);
  const stock = useRegisterQuery(stockByProduct);
  const lots = useRegisterQuery(registerLots);
  const dossiers = useRegisterQuery(listDossiers);
  const today = localDay(new Date());
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [noticeDate, setNoticeDate] = useState(today);
  const [plannedDate, setPlannedDate] = useState(() => oneMonthAfter(today));
  const [witness, setWitness] = useState({ name: '', orderNumber: '', council: '' });
  const [inspector, setInspector] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (!identity || !products || !stock || !lots || !dossiers) return <section className="screen destruction" aria-busy="true" />;
  const kind: EstablishmentKind = identity.establishment.kind;
  const rows = quarantineRows(products, stock, lots, dossiers);
  const available = (row: Row) => positiveOrZero(subtractMilli(row.held, row.pending));
  const choiceOf = (row: Row): Choice => choices[row.key] ?? { selected: preselectAll && available(row) > 0, quantity: formatQuantity(available(row)) };
  const change = (row: Row, patch: Partial<Choice>) => setChoices((current) => ({ ...current, [row.key]: { ...choiceOf(row), ...patch } }));
  const selectedRows = rows.filter((row) => choiceOf(row).selected);
  const council = witness.council === '' ? t.councilDefault[kind] : witness.council;
  const short = /^\d{4}-\d{2}-\d{2}$/.test(noticeDate) && /^\d{4}-\d{2}-\d{2}$/.test(plannedDate) && plannedDate >= noticeDate && noticeTooShort(noticeDate, plannedDate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSuccess(null);
    const items: DestructionItem[] = [];
    for (const [index, row] of selectedRows.entries()) {
      const quantity = parseQuantity(choiceOf(row).quantity);
      if (!quantity.ok) {
        setError({ ...quantity.error, field: `items.${index}.quantity` });
        return;
      }
      items.push({ productId: row.product.productId, ...(row.lot === undefined ? {} : { lot: row.lot }), quantity: quantity.value });
    }
    setSaving(true);
    try {
      const result = await recordPlan(db, {
        operationDate: noticeDate,
        body: { type: 'destruction.planned', plannedDate, witness: { ...witness, council }, inspector, items },
        ...(orderNumber === undefined ? {} : { validatedBy: orderNumber }),
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const planned = result.value;
      if (planned.type !== 'destruction.planned') return;
      setError(null);
      setChoices({});
      setWitness({ name: '', orderNumber: '', council: '' });
      setPlannedDate(oneMonthAfter(today));
      setSuccess(t.planned(planned.dossier, planned.seq));
      void printer.print(`notice-${planned.dossier}`, { kind: 'destruction-notice', dossier: planned.dossier, period: { from: planned.operationDate, to: planned.operationDate } });
    } finally {
      setSaving(false);
    }
  };

  const invalidItem = (index: number) => error?.field?.startsWith(`items.${index}`) ?? false;

  return (
    <section className={embedded ? 'destruction' : 'screen destruction'} aria-labelledby={embedded ? undefined : 'destruction-title'} aria-label={embedded ? t.title : undefined}>
      {embedded ? null : (
        <>
          <h1 id="destruction-title">{t.title}</h1>
          <p className="lead">{t.intro}</p>
        </>
      )}
      <form className="card destruction-plan" onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t.selectTitle}</h2>
        {rows.length === 0 ? (
          <p className="empty">{t.nothing}</p>
        ) : (
          <>
            <table className="table destruction-table" aria-label={t.selectLabel}>
              <thead>
                <tr>
                  <th className="row-action" />
                  <th>{t.product}</th>
                  <th>{t.lot}</th>
                  <th className="number">{t.inQuarantine}</th>
                  <th className="number">{t.toDestroy}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const choice = choiceOf(row);
                  const lot = row.lot ?? t.noLot;
                  const index = selectedRows.indexOf(row);
                  return (
                    <tr key={row.key} className={choice.selected ? 'is-selected' : undefined}>
                      <td className="row-action">
                        <input type="checkbox" aria-label={t.selectRow(row.product.designation, lot)} checked={choice.selected} disabled={!choice.selected && available(row) <= 0} onChange={(event) => change(row, { selected: event.target.checked })} />
                      </td>
                      <td>
                        {row.product.designation}
                        <span className="kind-detail">{`${row.product.form}, ${row.product.strength}`}</span>
                      </td>
                      <td className={row.lot ? 'strong' : 'muted'}>{lot}</td>
                      <td className="number">
                        {formatQuantity(row.held)} <span className="muted">{row.product.unit}</span>
                        {row.pending > 0 ? <span className="kind-detail">{t.pending(formatQuantity(row.pending))}</span> : null}
                      </td>
                      <td className="number counted">
                        <input
                          aria-label={t.quantityRow(row.product.designation, lot)}
                          inputMode="decimal"
                          autoComplete="off"
                          disabled={!choice.selected}
                          value={choice.quantity}
                          className={index >= 0 && invalidItem(index) ? 'invalid' : undefined}
                          aria-invalid={(index >= 0 && invalidItem(index)) || undefined}
                          onChange={(event) => change(row, { quantity: event.target.value })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="field__hint">{t.estimate}</p>
          </>
        )}
        <p className="destruction-selected">{t.selected(selectedRows.length)}</p>
        <h2>{t.planTitle}</h2>
        <div className="destruction-fields">
          <TextField name="operationDate" label={t.noticeDate} type="date" value={noticeDate} onChange={setNoticeDate} error={error} max={today} required />
          <TextField name="plannedDate" label={t.plannedDate} type="date" value={plannedDate} onChange={setPlannedDate} error={error} required />
          <TextField name="witness.name" label={t.witnessName} value={witness.name} onChange={(name) => setWitness({ ...witness, name })} error={error} required />
          <TextField name="witness.orderNumber" label={t.witnessNumber} value={witness.orderNumber} onChange={(value) => setWitness({ ...witness, orderNumber: value })} error={error} inputMode="numeric" required />
          <TextField name="witness.council" label={t.council} value={council} onChange={(value) => setWitness({ ...witness, council: value })} error={error} required />
          <TextField name="inspector" label={t.inspector[kind]} hint={t.inspectorHint[kind]} value={inspector} onChange={setInspector} error={error} multiline required />
        </div>
        {short ? (
          <p className="outcome destruction-warning" role="alert">
            {t.tooShort(formatDay(noticeDate), formatDay(oneMonthAfter(noticeDate)))}
          </p>
        ) : null}
        <FormOutcome error={error} success={success} />
        <SubmitButton label={t.submitPlan} saving={saving} />
      </form>
      <PrintOutcome printer={printer} />
      <Dossiers dossiers={dossiers} products={products} kind={kind} printer={printer} />
    </section>
  );
}

function Dossiers({ dossiers, products, kind, printer }: { dossiers: readonly DossierFacts[]; products: readonly ProductSummary[]; kind: EstablishmentKind; printer: Printer }) {
  const productOf = (productId: string) => products.find((product) => product.productId === productId);
  return (
    <section className="destruction-dossiers" aria-labelledby="destruction-dossiers-title">
      <h2 id="destruction-dossiers-title">{t.dossiersTitle}</h2>
      {dossiers.length === 0 ? (
        <p className="empty">{t.dossiersNone}</p>
      ) : (
        dossiers.map((dossier) => (
          <article key={dossier.planned.dossier} className="card dossier" aria-label={t.dossierLabel(dossier.planned.dossier)}>
            <header className="dossier__head">
              <h3>{dossier.planned.dossier}</h3>
              <DossierStatus dossier={dossier} />
            </header>
            <p className="muted">{t.noticeOf(formatDay(dossier.planned.operationDate), dossier.planned.inspector)}</p>
            <p className="muted">{t.witnessLine(dossier.planned.witness.name, dossier.planned.witness.orderNumber, dossier.planned.witness.council)}</p>
            <ul className="dossier__items">
              {dossier.planned.items.map((item) => {
                const product = productOf(item.productId);
                return <li key={itemKey(item)}>{`${product?.designation ?? item.productId} — ${item.lot ? `lot ${item.lot}` : t.noLot} — ${formatQuantity(item.quantity)} ${product?.unit ?? ''}`}</li>;
              })}
            </ul>
            <DossierActions dossier={dossier} kind={kind} printer={printer} />
          </article>
        ))
      )}
    </section>
  );
}

function DossierStatus({ dossier }: { dossier: DossierFacts }) {
  if (dossier.certified) return <span className="dossier__status dossier__status--done">{t.statusCertified(formatDay(dossier.certified.operationDate))}</span>;
  if (dossier.cancelled) return <span className="dossier__status dossier__status--cancelled">{t.statusCancelled(formatDay(dossier.cancelled.operationDate))}</span>;
  return <span className="dossier__status">{t.statusPlanned(formatDay(dossier.planned.plannedDate))}</span>;
}

function DossierActions({ dossier, kind, printer }: { dossier: DossierFacts; kind: EstablishmentKind; printer: Printer }) {
  const db = useDatabase();
  const { orderNumber } = useCurrentValidator();
  const today = localDay(new Date());
  const number = dossier.planned.dossier;
  const [certifying, setCertifying] = useState(false);
  const [day, setDay] = useState(today);
  const [method, setMethod] = useState('');
  const [disposal, setDisposal] = useState('');
  const [dateChange, setDateChange] = useState('');
  const [sentOn, setSentOn] = useState(today);
  const [error, setError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const signed = orderNumber === undefined ? {} : { validatedBy: orderNumber };
  const printNotice = () => void printer.print(`notice-${number}`, { kind: 'destruction-notice', dossier: number, period: { from: dossier.planned.operationDate, to: dossier.planned.operationDate } });
  const printPv = (on: string) => void printer.print(`pv-${number}`, { kind: 'destruction-pv', dossier: number, period: { from: on, to: on } });

  const certify = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const body = { type: 'destruction.certified' as const, dossier: number, method, ...(disposal.trim() === '' ? {} : { disposal }), ...(day !== dossier.planned.plannedDate && dateChange.trim() !== '' ? { dateChange } : {}) };
      const result = await recordCertificate(db, dossier, { operationDate: day, body, ...signed });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setCertifying(false);
      setSuccess(t.certified(number, result.value.slice(1).map((exit) => exit.seq)));
      printPv(day);
    } finally {
      setSaving(false);
    }
  };

  const copySent = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await recordCopySent(db, number, { operationDate: sentOn, ...signed });
      setError(result.ok ? null : result.error);
      setSuccess(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="dossier__actions">
      <FormOutcome error={error} success={success} />
      <div className="dossier__buttons">
        <PrintButton printer={printer} name={`notice-${number}`} label={t.printNotice} onClick={printNotice} />
        {dossier.certified ? <PrintButton printer={printer} name={`pv-${number}`} label={t.printPv} onClick={() => printPv(dossier.certified?.operationDate ?? today)} /> : null}
        {!dossier.certified && !dossier.cancelled && !certifying ? (
          <button type="button" className="primary" aria-label={t.certifyLabel(number)} onClick={() => setCertifying(true)}>
            {t.certify}
          </button>
        ) : null}
      </div>
      {dossier.cancelled ? <p className="dossier__cancelled">{t.cancelledBecause(dossier.cancelled.reason)}</p> : null}
      {!dossier.certified && !dossier.cancelled && !certifying ? <CancelDossier dossier={number} onDone={setSuccess} /> : null}
      {certifying ? (
        <form className="dossier__certify" aria-label={t.certifyTitle(number)} onSubmit={(event) => void certify(event)} noValidate>
          <div className="destruction-fields">
            <TextField name="operationDate" label={t.destroyedOn} type="date" value={day} onChange={setDay} error={error} max={today} required />
            <TextField name="method" label={t.method} hint={t.methodHint} value={method} onChange={setMethod} error={error} required />
            <TextField name="disposal" label={t.disposal} hint={t.disposalHint} value={disposal} onChange={setDisposal} error={error} />
            {day !== dossier.planned.plannedDate ? (
              <TextField name="dateChange" label={t.dateChange} hint={t.dateChangeHint(formatDay(dossier.planned.plannedDate))} value={dateChange} onChange={setDateChange} error={error} required />
            ) : null}
          </div>
          <div className="dossier__buttons">
            <SubmitButton label={t.submitCertify} saving={saving} />
            <button type="button" className="secondary" onClick={() => setCertifying(false)} disabled={saving}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : null}
      {dossier.certified ? (
        dossier.copySent ? (
          <p className="dossier__copy dossier__copy--sent">{t.copySent(t.authority[kind], formatDay(dossier.copySent.operationDate))}</p>
        ) : (
          <form className="dossier__copy" onSubmit={(event) => void copySent(event)} noValidate>
            <p>{t.copyDue(t.authority[kind])}</p>
            <label>
              {t.copySentOn}{' '}
              <input type="date" aria-label={t.copySentLabel(number)} value={sentOn} max={today} onChange={(event) => setSentOn(event.target.value)} />
            </label>{' '}
            <SubmitButton label={t.recordCopy} saving={saving} />
          </form>
        )
      ) : null}
    </div>
  );
}

// The pieces every exit form is built from: the frame (title, product, date, quantity,
// stock, observation, outcome, button) and fields that show a refusal right under them.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { STOCK_COMPARTMENTS, type StockCompartment } from '../../../shared/register/events';
import { COMPARTMENT_LABELS } from '../../../shared/register/labels';
import { FormOutcome } from '../../components/FormOutcome';
import { FieldError, LabelledProduct, LabelledText } from '../../components/LabelledField';
import { StockPreview } from '../../components/StockPreview';
import { SubmitButton } from '../../components/SubmitButton';
import { fr } from '../../messages/fr';
import { COMMON_FIELDS, today, type ExitFormState } from './use-exit-form';
import { ScanNotice } from '../scan/ScanNotice';
import { useBoxScan } from '../scan/use-box-scan';

interface ChoicesProps<K extends string> {
  name: string;
  label: string;
  choices: readonly K[];
  labels: Readonly<Record<K, string>>;
  value: K;
  onChange: (value: K) => void;
  error: AppError | null;
  /** When the group's legend already says it, the label is only read aloud. */
  labelHidden?: boolean;
  /** Wider than one column, so that the choices stay on one line. */
  span?: 'double' | 'row';
}

/** One choice among a few, as radio buttons (who receives, which stock). */
export function Choices<K extends string>({ name, label, choices, labels, value, onChange, error, labelHidden = false, span }: ChoicesProps<K>) {
  const id = useId();
  const invalid = error?.field === name;
  return (
    <div
      className={['field', invalid ? 'field--invalid' : '', span === 'double' ? 'field--double' : '', span === 'row' ? 'field--wide' : '']
        .filter(Boolean)
        .join(' ')}
      role="radiogroup"
      {...(labelHidden ? { 'aria-label': label } : { 'aria-labelledby': `${id}-label` })}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
      {labelHidden ? null : (
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
      )}
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {labels[choice]}
          </label>
        ))}
      </div>
      {invalid && error ? <FieldError id={`${id}-error`} error={error} /> : null}
    </div>
  );
}

/** A titled part of a form (recipient, prescription, animal…), its fields side by side. */
/** A box the person ticks: an express mention on the prescription, a bearer known to the pharmacy. */
export function Tick({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="choice">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

export function Group({ legend, hint, children }: { legend: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <fieldset className="exit-form__group">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint exit-form__hint">{hint}</p> : null}
      <div className="grid">{children}</div>
    </fieldset>
  );
}

/** A note across the form's columns, inside a group. */
export function WideNote({ children }: { children: ReactNode }) {
  return <p className="field__hint exit-form__note">{children}</p>;
}

interface ExitFormFrameProps {
  form: ExitFormState;
  title: string;
  onSubmit: (event: FormEvent) => void;
  /** Names of the fields this form shows besides the common ones: their refusals appear under them. */
  fields: readonly string[];
  success: (seq: number) => string;
  dateLabel?: string;
  quantityLabel?: (unit: string) => string;
  /** For the exits that may take from quarantine: the compartment chosen. */
  compartment?: { value: StockCompartment; onChange: (value: StockCompartment) => void };
  /** Shown under the outcome, such as what to do once the exit is recorded. */
  after?: ReactNode;
  /** The button's words, when the form records something else than an exit. */
  submitLabel?: string;
  /** Other ways to send the form, after the main button: Entrée in a field keeps taking the main one. */
  moreActions?: ReactNode;
  children: ReactNode;
}

export function ExitFormFrame({
  form,
  title,
  onSubmit,
  fields,
  success,
  dateLabel,
  quantityLabel = fr.exits.quantity,
  compartment,
  after,
  submitLabel = fr.exits.submit,
  moreActions,
  children,
}: ExitFormFrameProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);
  const { values, set, error, recorded, saving, products, productsRead, product, stock, quantity } = form;
  const shownAtField = error?.field !== undefined && [...COMMON_FIELDS, ...(compartment ? ['compartment'] : []), ...fields].includes(error.field);

  // A refusal puts the cursor where the correction is to be made; a success, on the next exit's product.
  const focus = (name: string) => ref.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  useEffect(() => {
    if (error?.field) focus(error.field);
  }, [error]);
  useEffect(() => {
    if (recorded) focus('productId');
  }, [recorded]);
  // A scanned box chooses the product; the quantity is what is left to type.
  const scan = useBoxScan({
    products,
    ready: productsRead,
    onProduct: (productId) => {
      set('productId')(productId);
      focus('quantity');
    },
    onNoProduct: () => set('productId')(''),
  });

  return (
    <form ref={ref} className="card exit-form" aria-labelledby={titleId} onSubmit={onSubmit} noValidate>
      <h2 id={titleId}>{title}</h2>
      <ScanNotice notice={scan.notice} onDismiss={scan.dismiss} onCreated={scan.adopt} />
      <div className="grid">
        <LabelledProduct span="double" products={products} value={values.productId} onChange={set('productId')} error={error} />
        {/* Product, quantity, then the day (today unless changed): the order in which the counter works. */}
        <LabelledText
          name="quantity"
          label={product ? quantityLabel(product.unit) : fr.common.quantity}
          value={values.quantity}
          onChange={set('quantity')}
          error={error}
          required
          inputMode="decimal"
        />
        <LabelledText
          name="operationDate"
          type="date"
          label={dateLabel ?? fr.common.operationDate}
          value={values.operationDate}
          onChange={set('operationDate')}
          error={error}
          max={today()}
          required
        />
        {compartment ? (
          <Choices
            name="compartment"
            label={fr.exits.compartment}
            choices={STOCK_COMPARTMENTS}
            labels={COMPARTMENT_LABELS}
            value={compartment.value}
            onChange={compartment.onChange}
            error={error}
            span="double"
          />
        ) : null}
      </div>
      {product && stock !== undefined ? (
        <StockPreview
          stock={stock}
          compartment={compartment?.value ?? 'dispensable'}
          unit={product.unit}
          change={quantity.ok ? { direction: 'exit', quantity: quantity.value } : null}
        />
      ) : null}
      {children}
      <LabelledText
        name="observation"
        label={fr.exits.observation}
        hint={fr.exits.observationHint}
        value={values.observation}
        onChange={set('observation')}
        error={error}
        multiline
      />
      <FormOutcome error={shownAtField ? null : error} success={recorded ? success(recorded.seq) : null} />
      {after}
      {moreActions ? (
        <div className="actions">
          <SubmitButton label={submitLabel} saving={saving} />
          {moreActions}
        </div>
      ) : (
        <SubmitButton label={submitLabel} saving={saving} />
      )}
    </form>
  );
}

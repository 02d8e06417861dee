// The Registre tab's search: a product or all of them, a period, a kind of movement, a
// patient or a prescriber taken from the counter's memory (the people the register named).
import { useId, useState } from 'react';
import type { MovementType } from '../../../shared/register/events';
import { MOVEMENT_LABELS } from '../../../shared/register/labels';
import { isIsoDay } from '../../../shared/register/dates';
import { DateInput } from '../../components/DateInput';
import { PersonNameField } from '../../components/PersonNameField';
import { productLabel } from '../../components/ProductSelect';
import type { Person, ProductSummary } from '../../db/register-store';
import { fr } from '../../messages/fr';
import { registerWords } from './messages';

export const ALL_PRODUCTS = '*';

export interface RegisterFilterValues {
  /** A product's id, ALL_PRODUCTS, or '' for the first product. */
  productId: string;
  from: string;
  to: string;
  kind: MovementType | '';
  patient: Person | null;
  prescriber: Person | null;
}

export const NO_FILTERS: RegisterFilterValues = { productId: '', from: '', to: '', kind: '', patient: null, prescriber: null };

const KINDS = Object.keys(MOVEMENT_LABELS) as MovementType[];

interface Props {
  products: readonly ProductSummary[];
  values: RegisterFilterValues;
  onChange: (values: RegisterFilterValues) => void;
}

export function RegisterFilters({ products, values, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof RegisterFilterValues>(key: K, value: RegisterFilterValues[K]) => onChange({ ...values, [key]: value });
  // A bound of the period filters once it is a whole day (or emptied), never while it is being typed.
  const setDay = (key: 'from' | 'to', value: string) => {
    if (value === '' || isIsoDay(value)) set(key, value);
  };
  return (
    <fieldset className="register-filters">
      <legend>{registerWords.filters}</legend>
      <div className="field register-filters__product">
        <label htmlFor={`${id}-product`}>{fr.common.product}</label>
        <select id={`${id}-product`} name="productId" value={values.productId} onChange={(event) => set('productId', event.target.value)}>
          <option value={ALL_PRODUCTS}>{registerWords.allProducts}</option>
          {products.map((product) => (
            <option key={product.productId} value={product.productId}>
              {product.active ? productLabel(product) : fr.common.inactiveProduct(productLabel(product))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{registerWords.from}</label>
        <DateInput id={`${id}-from`} value={values.from} {...(values.to ? { max: values.to } : {})} onChange={(value) => setDay('from', value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{registerWords.to}</label>
        <DateInput id={`${id}-to`} value={values.to} onChange={(value) => setDay('to', value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{registerWords.kind}</label>
        <select id={`${id}-kind`} value={values.kind} onChange={(event) => set('kind', event.target.value as MovementType | '')}>
          <option value="">{registerWords.allKinds}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {MOVEMENT_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <PersonFilter role="patient" label={registerWords.patient} chosen={values.patient} onChoose={(person) => set('patient', person)} />
      <PersonFilter role="prescriber" label={registerWords.prescriber} chosen={values.prescriber} onChoose={(person) => set('prescriber', person)} />
    </fieldset>
  );
}

/** A person to filter by: typed, then taken from the suggestions; shown with a button to let go. */
function PersonFilter({
  role,
  label,
  chosen,
  onChoose,
}: {
  role: 'patient' | 'prescriber';
  label: string;
  chosen: Person | null;
  onChoose: (person: Person | null) => void;
}) {
  const [typed, setTyped] = useState('');
  if (chosen)
    return (
      <div className="field register-filters__person">
        <span className="field__label">{label}</span>
        <span className="register-filters__chosen">
          {chosen.name}{' '}
          <button
            type="button"
            className="link"
            aria-label={registerWords.clearLabel(label)}
            onClick={() => {
              setTyped('');
              onChoose(null);
            }}
          >
            {registerWords.clear}
          </button>
        </span>
      </div>
    );
  return <PersonNameField role={role} name={`filter.${role}`} label={label} value={typed} onChange={setTyped} onChoose={onChoose} error={null} />;
}

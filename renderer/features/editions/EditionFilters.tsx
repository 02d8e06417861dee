// The Éditions tab's filters: the kind of edition, the month it covers, its product.
import { useId } from 'react';
import { formatMonth } from '../../../shared/register/dates';
import type { ProductSummary } from '../../db/register-store';
import { fr } from '../../messages/fr';
import type { EditionFilter } from './edition-filter';

interface Props {
  value: EditionFilter;
  onChange: (filter: EditionFilter) => void;
  kinds: readonly { kind: string; label: string }[];
  months: readonly string[];
  products: readonly ProductSummary[];
}

export const editionFilterWords = {
  legend: 'Rechercher une édition',
  every: 'Toutes',
  everyProduct: 'Tous',
  month: 'Mois couvert',
  none: 'Aucune édition ne répond à cette recherche.',
  shown: (shown: number, total: number) => `${shown} édition${shown > 1 ? 's' : ''} sur ${total}.`,
};

export function EditionFilters({ value, onChange, kinds, months, products }: Props) {
  const id = useId();
  const t = editionFilterWords;
  return (
    <fieldset className="register-filters editions-filters">
      <legend>{t.legend}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{fr.editions.kind}</label>
        <select id={`${id}-kind`} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value })}>
          <option value="">{t.every}</option>
          {kinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-month`}>{t.month}</label>
        <select id={`${id}-month`} value={value.month} onChange={(event) => onChange({ ...value, month: event.target.value })}>
          <option value="">{t.every}</option>
          {months.map((month) => (
            <option key={month} value={month}>
              {formatMonth(month)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-product`}>{fr.editions.product}</label>
        <select id={`${id}-product`} value={value.productId} onChange={(event) => onChange({ ...value, productId: event.target.value })}>
          <option value="">{t.everyProduct}</option>
          {products.map((product) => (
            <option key={product.productId} value={product.productId}>
              {product.designation}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

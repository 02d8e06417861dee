// The year's figures on screen, as the état annuel prints them: per substance in its
// row's unit, per product in units of intake; an entry or exit column only when some
// row has a figure in it; then every explained difference, and the identity check.
import type { AnnualStatement, Flows } from '../../../shared/jare/annual';
import { identityHolds } from '../../../shared/jare/annual';
import { JARE_ENTRY_KINDS, JARE_ENTRY_LABELS, JARE_EXIT_KINDS, JARE_EXIT_LABELS, type JareEntryKind, type JareExitKind } from '../../../shared/jare/categories';
import { exactDecimal, frenchDecimal, milliDecimal } from '../../../shared/jare/units';
import { formatDay } from '../../../shared/register/dates';
import { formatSubstanceAmount } from '../../../shared/register/substance-amount';
import { t } from './messages';

interface Row<T> {
  key: string;
  label: string;
  detail: string;
  unit: string;
  flows: Flows<T>;
}

/** The kinds some row moved in, in the JARE order. */
function usedKinds<K extends string, T>(kinds: readonly K[], rows: readonly Row<T>[], pick: (flows: Flows<T>) => Record<K, T>): K[] {
  return kinds.filter((kind) => rows.some((row) => String(pick(row.flows)[kind]) !== '0'));
}

function FlowTable<T>({ label, rows, write }: { label: string; rows: readonly Row<T>[]; write: (value: T, row: Row<T>) => string }) {
  const entries: JareEntryKind[] = usedKinds(JARE_ENTRY_KINDS, rows, (flows) => flows.entries);
  const exits: JareExitKind[] = usedKinds(JARE_EXIT_KINDS, rows, (flows) => flows.exits);
  return (
    <table className="table annual-table" aria-label={label}>
      <thead>
        <tr>
          <th>{t.row}</th>
          <th>{t.unit}</th>
          <th className="number">{t.opening}</th>
          {entries.map((kind) => (
            <th key={kind} className="number">
              {JARE_ENTRY_LABELS[kind]}
            </th>
          ))}
          {exits.map((kind) => (
            <th key={kind} className="number">
              {JARE_EXIT_LABELS[kind]}
            </th>
          ))}
          <th className="number">{t.closing}</th>
          <th className="number">{t.explained}</th>
          <th className="number">{t.unexplained}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.label}
              <span className="detail">{row.detail}</span>
            </th>
            <td>{row.unit}</td>
            <td className="number">{write(row.flows.opening, row)}</td>
            {entries.map((kind) => (
              <td key={kind} className="number">
                {write(row.flows.entries[kind], row)}
              </td>
            ))}
            {exits.map((kind) => (
              <td key={kind} className="number">
                {write(row.flows.exits[kind], row)}
              </td>
            ))}
            <td className="number">{write(row.flows.closing, row)}</td>
            <td className="number">{write(row.flows.explained, row)}</td>
            <td className={String(row.flows.unexplained) === '0' ? 'number' : 'number unexplained'}>{write(row.flows.unexplained, row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AnnualStatementView({ statement }: { statement: AnnualStatement }) {
  const designation = (productId: string) => statement.products.find((product) => product.productId === productId)?.definition.designation ?? productId;
  const substances: Row<bigint>[] = statement.substances.map((substance) => ({
    key: substance.key,
    label: substance.key,
    detail: substance.productIds.map(designation).join(', '),
    unit: substance.unit,
    flows: substance.flows,
  }));
  const products: Row<number>[] = statement.products.map((product) => {
    const { definition } = product;
    const substance = definition.substance;
    return {
      key: product.productId,
      label: definition.designation,
      detail: [
        product.productId,
        definition.cip13 && `CIP ${definition.cip13}`,
        substance && `${formatSubstanceAmount(substance.perUnit)} par ${definition.unit}`,
      ]
        .filter(Boolean)
        .join(' — '),
      unit: definition.unit,
      flows: product.flows,
    };
  });
  const unexplained = [
    ...statement.substances.filter((row) => row.flows.unexplained !== 0n).map((row) => row.key),
    ...statement.products.filter((row) => row.flows.unexplained !== 0).map((row) => row.definition.designation),
  ];

  return (
    <>
      {statement.closedMonths.length > 0 ? <p className="muted">{t.closedMonths(statement.closedMonths.join(', '))}</p> : null}
      <h2>{t.substancesTitle}</h2>
      {substances.length === 0 ? (
        <p className="empty">{t.substancesNone}</p>
      ) : (
        <FlowTable label={t.substancesTitle} rows={substances} write={(value, row) => frenchDecimal(exactDecimal(value, row.unit as never))} />
      )}
      {statement.withoutSubstance.length > 0 ? (
        <p className="annual-warning">{t.withoutSubstance(statement.withoutSubstance.map(designation).join(', '))}</p>
      ) : null}
      <h2>{t.productsTitle}</h2>
      {products.length === 0 ? (
        <p className="empty">{t.productsNone}</p>
      ) : (
        <FlowTable label={t.productsTitle} rows={products} write={(value) => frenchDecimal(milliDecimal(value as never))} />
      )}
      <h2>{t.differencesTitle}</h2>
      {statement.differences.length === 0 ? (
        <p className="muted">{t.differencesNone}</p>
      ) : (
        <table className="table annual-table" aria-label={t.differencesTitle}>
          <thead>
            <tr>
              <th>{t.seq}</th>
              <th>{t.date}</th>
              <th>{t.product}</th>
              <th className="number">{t.quantity}</th>
              <th>{t.explanation}</th>
            </tr>
          </thead>
          <tbody>
            {statement.differences.map((difference) => (
              <tr key={difference.seq}>
                <td>{difference.seq}</td>
                <td>{formatDay(difference.operationDate)}</td>
                <td>{designation(difference.productId)}</td>
                <td className="number">
                  {difference.quantity > 0 ? '+' : ''}
                  {frenchDecimal(milliDecimal(difference.quantity))}
                </td>
                <td>{difference.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={identityHolds(statement) ? 'annual-check' : 'annual-check annual-check--broken'}>
        {identityHolds(statement) ? t.identityOk : t.identityBroken(unexplained.join(', '))}
      </p>
    </>
  );
}

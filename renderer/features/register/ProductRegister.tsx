// The Registre tab: one product's register as the paper register lays it out, with its
// balance, or every product's lines; newest first, filtered by period, kind, patient or
// prescriber. A chosen patient shows their narcotics on a timeline (art. R. 5132-33 du
// code de la santé publique). Each line can be corrected where it stands.
import { useCallback, useState } from 'react';
import type { CorrectableEvent, CorrectionReason, EstablishmentKind, MovementEvent } from '../../../shared/register/events';
import { registerLines } from '../../../shared/stock/movements';
import { localDay } from '../../../shared/register/dates';
import { productLabel } from '../../components/ProductSelect';
import type { Person, ProductSummary } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { PatientHistory } from '../exits/PatientHistory';
import { ProductCharts } from '../charts/ProductCharts';
import { CorrectionForm } from './CorrectionForm';
import { CorrectedEntry } from './CorrectedEntry';
import { LifecycleSteps } from './LifecycleSteps';
import { registerWords } from './messages';
import { RegisterFilters, NO_FILTERS, ALL_PRODUCTS, type RegisterFilterValues } from './RegisterFilters';
import { RegisterPrint } from './RegisterPrint';
import { RegisterTable, type ShownLine } from './RegisterTable';
import { useProductWindow } from './use-product-window';
import './register.css';

/** Lines read at a time in the views that read by index; the next page comes as the list is scrolled. */
const PAGE = 300;

export function ProductRegister({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const products = useRegisterQuery((store) => store.products()) ?? [];
  const [filters, setFilters] = useState<RegisterFilterValues>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const [correcting, setCorrecting] = useState<{ event: CorrectableEvent; done: { message: string; reason: CorrectionReason } | null } | null>(null);
  const update = (next: RegisterFilterValues) => {
    // The filters show the product looked at; it stays unchosen until the person chooses one.
    setFilters(filters.productId === '' && next.productId === shownProduct ? { ...next, productId: '' } : next);
    setLimit(PAGE);
    setCorrecting(null);
  };

  const person = filters.patient ?? filters.prescriber;
  // No product chosen yet: the first one's register; a patient or prescriber chosen first
  // is looked for in every product ("what did Mme Martin receive?" names no product).
  const shownProduct = person ? ALL_PRODUCTS : (products[0]?.productId ?? '');
  const selected = filters.productId === '' ? shownProduct : filters.productId;
  const product = products.find((candidate) => candidate.productId === selected);
  // One product's register, with its balance: read by window, newest first, of the period
  // and kind chosen (by the date and type indexes), with the balances of the whole register.
  const oneProduct = selected !== ALL_PRODUCTS && person === null;
  const filtered = filters.from !== '' || filters.to !== '' || filters.kind !== '';
  const windowed = useProductWindow(oneProduct && selected ? selected : null, {
    ...(filters.from ? { firstDay: filters.from } : {}),
    ...(filters.to ? { lastDay: filters.to } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  });
  const types = filters.kind === '' ? undefined : [filters.kind];
  const indexed = useRegisterQuery(
    async (store) => {
      if (oneProduct) return null;
      const [events, state] = await Promise.all([
        store.latestMovements(
          {
            ...(selected !== ALL_PRODUCTS ? { productId: selected } : {}),
            ...(types ? { types } : {}),
            ...(filters.from ? { from: filters.from } : {}),
            ...(filters.to ? { to: filters.to } : {}),
            ...(person ? { person: person.key } : {}),
          },
          limit,
        ),
        store.state(),
      ]);
      return { events, correctedBy: state.correctedBy };
    },
    [oneProduct, selected, filters.kind, filters.from, filters.to, person?.key, limit],
  );

  const lines: ShownLine[] = oneProduct
    ? (windowed.window?.lines ?? []).map(({ event, balance }) => ({
        event,
        ...sides(event),
        balance,
        correctedBy: windowed.window?.correctedBy.get(event.seq) ?? null,
      }))
    : (indexed?.events ?? [])
        .filter((event) => bothPeople(event, filters))
        .map((event) => ({ event, ...sides(event), balance: null, correctedBy: indexed?.correctedBy.get(event.seq) ?? null }));
  const more = !oneProduct && (indexed?.events.length ?? 0) >= limit;
  const count = oneProduct ? (windowed.window?.count ?? 0) : lines.length;
  const nearEnd = useCallback(() => {
    if (more) setLimit((current) => current + PAGE);
  }, [more]);
  const designation = (productId: string) => {
    const found = products.find((candidate) => candidate.productId === productId);
    return found ? productLabel(found) : productId;
  };

  return (
    <section className="screen" aria-labelledby="register-title">
      <h1 id="register-title">{oneProduct ? fr.register.title : registerWords.title}</h1>
      <RegisterFilters products={products} values={{ ...filters, productId: selected }} onChange={update} />
      {filters.patient ? <PatientPanel patient={filters.patient} products={products} /> : null}
      {oneProduct ? <RegisterPrint productId={selected} kind={establishmentKind} /> : null}
      <p className="field__hint">
        {registerWords.newestFirst} {count > 0 ? registerWords.shown(count, more) : ''} {oneProduct ? '' : registerWords.noBalance}
      </p>
      {/* Always in the page, so that what it says is read out when it changes (not a status role: the outcomes of the tab are). */}
      <p className="visually-hidden" aria-live="polite">
        {oneProduct && windowed.window ? (windowed.summing ? registerWords.balancesSumming : registerWords.balancesReady) : ''}
      </p>
      {count > 0 ? (
        <RegisterTable
          label={oneProduct && product ? `${fr.register.title} : ${product.designation}` : registerWords.title}
          establishmentKind={establishmentKind}
          lines={lines}
          {...(oneProduct ? {} : { designation })}
          showBalance={oneProduct}
          correcting={correcting?.event.seq ?? null}
          onCorrect={(event) => setCorrecting({ event, done: null })}
          onNearEnd={nearEnd}
          {...(oneProduct && windowed.window ? { paged: { count, offset: windowed.window.from, onRange: windowed.onRange } } : {})}
          below={
            correcting ? (
              correcting.done === null ? (
                <CorrectionForm
                  key={correcting.event.seq}
                  target={correcting.event}
                  onCancel={() => setCorrecting(null)}
                  onDone={(message, reason) => setCorrecting({ ...correcting, done: { message, reason } })}
                />
              ) : (
                <CorrectedEntry
                  original={correcting.event}
                  reason={correcting.done.reason}
                  message={correcting.done.message}
                  establishmentKind={establishmentKind}
                  onClose={() => setCorrecting(null)}
                />
              )
            ) : null
          }
        />
      ) : (
        <p className="empty">{oneProduct && !filtered ? fr.register.empty : registerWords.empty}</p>
      )}
      {oneProduct && product ? <LifecycleSteps productId={product.productId} designation={product.designation} /> : null}
      {oneProduct && product ? <ProductCharts key={product.productId} product={product} /> : null}
    </section>
  );
}

/** A patient and a prescriber chosen together: the patient's lines (read by index) written by that prescriber. */
function bothPeople(event: MovementEvent, filters: RegisterFilterValues): boolean {
  if (!filters.patient || !filters.prescriber) return true;
  return event.type === 'dispensation' && event.prescriber.name.trim().toLocaleLowerCase('fr') === filters.prescriber.name.trim().toLocaleLowerCase('fr');
}

/** Which column a line's quantity goes in, as registerLines says it for one product. */
function sides(event: MovementEvent): Pick<ShownLine, 'entry' | 'exit'> {
  const [line] = registerLines([event]);
  return { entry: line?.entry ?? null, exit: line?.exit ?? null };
}

function PatientPanel({ patient, products }: { patient: Person; products: readonly ProductSummary[] }) {
  return (
    <section className="card register-patient" aria-label={registerWords.patientHistory(patient.name)}>
      <h2>{registerWords.patientHistory(patient.name)}</h2>
      <p className="field__hint">{patient.address}</p>
      <PatientHistory name={patient.name} today={localDay(new Date())} products={products} />
    </section>
  );
}

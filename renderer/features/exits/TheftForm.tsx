// Theft or diversion, recorded on the day it is found, with the complaint and the
// declarations it calls for: ARS and ANSM for an officine, DDPP and ANSES for a veterinarian.
import { startingFrom, type StartingValues } from '../register/starting-values';
import { Fragment } from 'react';
import type { EstablishmentKind, StockCompartment } from '../../../shared/register/events';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { TheftPrint } from './TheftPrint';
import { today, useExitForm } from './use-exit-form';

export function TheftForm({ establishmentKind, initial = {} }: { establishmentKind: EstablishmentKind; initial?: StartingValues }) {
  const form = useExitForm({
    compartment: 'dispensable' as StockCompartment,
    circumstances: '',
    policeReportRef: '',
    regionalDeclarationRef: '',
    agencyDeclarationRef: '',
    policeReportDate: '',
    regionalDeclarationDate: '',
    agencyDeclarationDate: '',
    ...startingFrom(initial),
  });
  const { values, set, error } = form;
  const onSubmit = form.submit((product, quantity) => ({
    type: 'theft',
    productId: product.productId,
    quantity,
    compartment: values.compartment,
    circumstances: values.circumstances,
    policeReportRef: values.policeReportRef,
    regionalDeclarationRef: values.regionalDeclarationRef,
    agencyDeclarationRef: values.agencyDeclarationRef,
    policeReportDate: values.policeReportDate,
    regionalDeclarationDate: values.regionalDeclarationDate,
    agencyDeclarationDate: values.agencyDeclarationDate,
  }));
  const t = fr.theft;
  // The complaint and the two declarations, each with its reference and its day (art. R. 5132-80).
  type Field = keyof typeof values;
  const declarations: readonly { ref: Field; date: Field; refLabel: string; dateLabel: string; hint?: string }[] = [
    { ref: 'policeReportRef', date: 'policeReportDate', refLabel: t.policeReportRef, dateLabel: t.policeReportDate, hint: t.policeReportHint },
    {
      ref: 'regionalDeclarationRef',
      date: 'regionalDeclarationDate',
      refLabel: t.regionalDeclarationRef[establishmentKind],
      dateLabel: t.regionalDeclarationDate[establishmentKind],
    },
    {
      ref: 'agencyDeclarationRef',
      date: 'agencyDeclarationDate',
      refLabel: t.agencyDeclarationRef[establishmentKind],
      dateLabel: t.agencyDeclarationDate[establishmentKind],
    },
  ];
  const recorded = form.recorded?.type === 'theft' ? form.recorded : null;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={['circumstances', ...declarations.flatMap(({ ref, date }) => [ref, date])]}
      success={t.done}
      dateLabel={t.foundOn}
      compartment={{ value: values.compartment, onChange: set('compartment') }}
      after={recorded ? <TheftPrint key={recorded.seq} day={recorded.operationDate} /> : null}
    >
      <Group legend={t.finding}>
        <LabelledText
          name="circumstances"
          label={t.circumstances}
          hint={t.circumstancesHint}
          value={values.circumstances}
          onChange={set('circumstances')}
          error={error}
          required
          multiline
          span="row"
        />
      </Group>
      <Group legend={t.declarations}>
        {declarations.map(({ ref, date, refLabel, dateLabel, hint }) => (
          <Fragment key={ref}>
            <LabelledText name={ref} label={refLabel} hint={hint} value={values[ref]} onChange={set(ref)} error={error} required />
            <LabelledText name={date} label={dateLabel} type="date" max={today()} value={values[date]} onChange={set(date)} error={error} required />
          </Fragment>
        ))}
      </Group>
    </ExitFormFrame>
  );
}

// Theft or diversion, recorded on the day it is found, with the complaint and the
// declarations it calls for: ARS and ANSM for an officine, DDPP and ANSES for a veterinarian.
import type { EstablishmentKind, StockCompartment } from '../../../shared/register/events';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { TheftPrint } from './TheftPrint';
import { today, useExitForm } from './use-exit-form';

export function TheftForm({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const form = useExitForm({
    compartment: 'dispensable' as StockCompartment,
    circumstances: '',
    policeReportRef: '',
    regionalDeclarationRef: '',
    agencyDeclarationRef: '',
    policeReportDate: '',
    regionalDeclarationDate: '',
    agencyDeclarationDate: '',
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
  const recorded = form.recorded?.type === 'theft' ? form.recorded : null;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={['circumstances', 'policeReportRef', 'policeReportDate', 'regionalDeclarationRef', 'regionalDeclarationDate', 'agencyDeclarationRef', 'agencyDeclarationDate']}
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
        <LabelledText
          name="policeReportRef"
          label={t.policeReportRef}
          hint={t.policeReportHint}
          value={values.policeReportRef}
          onChange={set('policeReportRef')}
          error={error}
          required
        />
        <LabelledText
          name="policeReportDate"
          label={t.policeReportDate}
          type="date"
          max={today()}
          value={values.policeReportDate}
          onChange={set('policeReportDate')}
          error={error}
          required
        />
        <LabelledText
          name="regionalDeclarationRef"
          label={t.regionalDeclarationRef[establishmentKind]}
          value={values.regionalDeclarationRef}
          onChange={set('regionalDeclarationRef')}
          error={error}
          required
        />
        <LabelledText
          name="regionalDeclarationDate"
          label={t.regionalDeclarationDate[establishmentKind]}
          type="date"
          max={today()}
          value={values.regionalDeclarationDate}
          onChange={set('regionalDeclarationDate')}
          error={error}
          required
        />
        <LabelledText
          name="agencyDeclarationRef"
          label={t.agencyDeclarationRef[establishmentKind]}
          value={values.agencyDeclarationRef}
          onChange={set('agencyDeclarationRef')}
          error={error}
          required
        />
        <LabelledText
          name="agencyDeclarationDate"
          label={t.agencyDeclarationDate[establishmentKind]}
          type="date"
          max={today()}
          value={values.agencyDeclarationDate}
          onChange={set('agencyDeclarationDate')}
          error={error}
          required
        />
      </Group>
    </ExitFormFrame>
  );
}

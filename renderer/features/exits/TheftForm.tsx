// Theft or diversion, recorded on the day it is found, with the complaint and the
// declarations it calls for: ARS and ANSM for an officine, DDPP and ANSES for a veterinarian.
import type { EstablishmentKind, StockCompartment } from '../../../shared/register/events';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { ExitFormFrame, Group } from './ExitFormParts';
import { TheftPrint } from './TheftPrint';
import { useExitForm } from './use-exit-form';

export function TheftForm({ establishmentKind }: { establishmentKind: EstablishmentKind }) {
  const form = useExitForm({
    compartment: 'dispensable' as StockCompartment,
    circumstances: '',
    policeReportRef: '',
    regionalDeclarationRef: '',
    agencyDeclarationRef: '',
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
  }));
  const t = fr.theft;
  const recorded = form.recorded?.type === 'theft' ? form.recorded : null;
  return (
    <ExitFormFrame
      form={form}
      title={t.title}
      onSubmit={onSubmit}
      fields={['circumstances', 'policeReportRef', 'regionalDeclarationRef', 'agencyDeclarationRef']}
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
          name="regionalDeclarationRef"
          label={t.regionalDeclarationRef[establishmentKind]}
          value={values.regionalDeclarationRef}
          onChange={set('regionalDeclarationRef')}
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
      </Group>
    </ExitFormFrame>
  );
}

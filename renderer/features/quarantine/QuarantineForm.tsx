// Any other stock set aside for destruction (altered, broken, expired without its lot…):
// product, quantity, the lot when known, a reason. The register balance does not change.
import { startingFrom, type StartingValues } from '../register/starting-values';
import { QUARANTINE_REASONS, type QuarantineReason } from '../../../shared/register/events';
import { QUARANTINE_REASON_LABELS } from '../../../shared/register/labels';
import type { LotStock } from '../../../shared/stock/lots';
import { fr } from '../../messages/fr';
import { LabelledText } from '../../components/LabelledField';
import { Choices, ExitFormFrame, Group } from '../exits/ExitFormParts';
import { useExitForm } from '../exits/use-exit-form';
import { lotAsTyped } from '../../../shared/scan/lot-text';

export function QuarantineForm({ lots, initial = {} }: { lots: readonly LotStock[]; initial?: StartingValues }) {
  const form = useExitForm({ lot: '', reason: 'altered' as QuarantineReason, comment: '', ...startingFrom(initial) });
  const { values, set, error } = form;
  const t = fr.quarantine;
  const onSubmit = form.submit((product, quantity) => ({
    type: 'quarantine.moved',
    productId: product.productId,
    quantity,
    lot: values.lot,
    reason: values.reason,
    comment: values.comment,
  }));
  const suggestions = lots.filter((lot) => lot.productId === values.productId && lot.dispensable > 0).map((lot) => lot.lot);
  return (
    <ExitFormFrame form={form} title={t.formTitle} onSubmit={onSubmit} fields={['lot', 'reason', 'comment']} success={t.formDone} submitLabel={t.formSubmit}>
      <Group legend={t.reason}>
        <p className="exit-form__note">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              set('reason')('other');
              set('comment')(t.remainderComment);
            }}
          >
            {t.remainder}
          </button>{' '}
          <span className="field__hint">{t.remainderHint}</span>
        </p>
        <Choices
          name="reason"
          label={t.reason}
          choices={QUARANTINE_REASONS}
          labels={QUARANTINE_REASON_LABELS}
          value={values.reason}
          onChange={set('reason')}
          error={error}
          labelHidden
          span="double"
        />
        <LabelledText
          name="lot"
          label={t.formLot}
          hint={t.formLotHint}
          value={values.lot}
          onChange={(lot) => set('lot')(lotAsTyped(lot))}
          error={error}
          suggestions={suggestions}
        />
        <LabelledText name="comment" label={t.comment} hint={t.commentHint} value={values.comment} onChange={set('comment')} error={error} span="row" />
      </Group>
    </ExitFormFrame>
  );
}

// One dossier as planned: its status, the notice, the witness and the items to destroy.
import { formatDay } from '../../../shared/register/dates';
import type { EstablishmentKind } from '../../../shared/register/events';
import { quantityWithUnit } from '../../../shared/format/quantity-with-unit';
import { itemKey, type DossierFacts } from '../../../shared/register/validate-destruction';
import type { ProductSummary } from '../../db/register-store';
import type { Printer } from '../editions/use-print';
import { DossierActions } from './DossierActions';
import { DossierStatus } from './DossierStatus';
import { t } from './messages';

interface DossierCardProps {
  dossier: DossierFacts;
  products: readonly ProductSummary[];
  kind: EstablishmentKind;
  printer: Printer;
}

export function DossierCard({ dossier, products, kind, printer }: DossierCardProps) {
  const { planned } = dossier;
  const productOf = (productId: string) => products.find((product) => product.productId === productId);
  return (
    <article className="card dossier" aria-label={t.dossierLabel(planned.dossier)}>
      <header className="dossier__head">
        <h3>{planned.dossier}</h3>
        <DossierStatus dossier={dossier} />
      </header>
      <p className="muted">{t.noticeOf(formatDay(planned.operationDate), planned.inspector)}</p>
      <p className="muted">{t.witnessLine(planned.witness.name, planned.witness.orderNumber, planned.witness.council)}</p>
      <ul className="dossier__items">
        {planned.items.map((item) => {
          const product = productOf(item.productId);
          return (
            <li
              key={itemKey(item)}
            >{`${product?.designation ?? item.productId} — ${item.lot ? `lot ${item.lot}` : t.noLot} — ${quantityWithUnit(item.quantity, product?.unit ?? '')}`}</li>
          );
        })}
      </ul>
      <DossierActions dossier={dossier} kind={kind} printer={printer} />
    </article>
  );
}

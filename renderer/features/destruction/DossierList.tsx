// Every destruction dossier of the register, the latest first, each with what can still be done.
import type { EstablishmentKind } from '../../../shared/register/events';
import type { DossierFacts } from '../../../shared/register/validate-destruction';
import type { ProductSummary } from '../../db/register-store';
import type { Printer } from '../editions/use-print';
import { DossierCard } from './DossierCard';
import { t } from './messages';

interface DossierListProps {
  dossiers: readonly DossierFacts[];
  products: readonly ProductSummary[];
  kind: EstablishmentKind;
  printer: Printer;
}

export function DossierList({ dossiers, products, kind, printer }: DossierListProps) {
  return (
    <section className="destruction-dossiers" aria-labelledby="destruction-dossiers-title">
      <h2 id="destruction-dossiers-title">{t.dossiersTitle}</h2>
      {dossiers.length === 0 ? (
        <p className="empty">{t.dossiersNone}</p>
      ) : (
        dossiers.map((dossier) => <DossierCard key={dossier.planned.dossier} dossier={dossier} products={products} kind={kind} printer={printer} />)
      )}
    </section>
  );
}

// The destruction dossier (art. R. 5132-36): choose what to destroy among the stock in
// quarantine, fix the date and the witness, print the notice to the inspector (warned when
// it comes less than a month before); on the day, establish the PV (method), which posts
// one exit per item and prints it; later, note when its copy was sent to the inspector.
// This file gathers what the tab reads and lays out its parts; each part is its own file.
import type { EstablishmentKind } from '../../../shared/register/events';
import { useRegisterQuery } from '../../db/use-register-query';
import { PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import '../editions/editions.css';
import { DestructionPlanForm } from './DestructionPlanForm';
import { DossierList } from './DossierList';
import { t } from './messages';
import { listDossiers } from './record-destruction';
import { quarantineRows } from './quarantine-rows';
import './destruction.css';

/** How the closure wizard embeds the screen: every remaining quantity chosen at first, without the tab's title. */
export interface DestructionScreenProps {
  preselectAll?: boolean;
  embedded?: boolean;
}

export function DestructionScreen({ preselectAll = false, embedded = false }: DestructionScreenProps = {}) {
  const printer = usePrint();
  const identity = useRegisterQuery((store) => store.identity());
  const products = useRegisterQuery((store) => store.products());
  const stock = useRegisterQuery((store) => store.stock());
  const lots = useRegisterQuery((store) => store.lots());
  const dossiers = useRegisterQuery(listDossiers);

  if (!identity || !products || !stock || !lots || !dossiers) return <section className="screen destruction" aria-busy="true" />;
  const kind: EstablishmentKind = identity.establishment.kind;

  return (
    <section
      className={embedded ? 'destruction' : 'screen destruction'}
      aria-labelledby={embedded ? undefined : 'destruction-title'}
      aria-label={embedded ? t.title : undefined}
    >
      {embedded ? null : (
        <>
          <h1 id="destruction-title">{t.title}</h1>
          <p className="lead">{t.intro(kind)}</p>
        </>
      )}
      <DestructionPlanForm rows={quarantineRows(products, stock, lots, dossiers)} kind={kind} preselectAll={preselectAll} printer={printer} />
      <PrintOutcome printer={printer} />
      <DossierList dossiers={dossiers} products={products} kind={kind} printer={printer} />
    </section>
  );
}

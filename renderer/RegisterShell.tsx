// The everyday window once the register is open: the establishment at the top, one tab
// per task, who holds the register at the bottom.
import { useState } from 'react';
import { AppInfoLine } from './components/AppInfoLine';
import type { RegisterIdentity } from './db/queries';
import { DispensationForm } from './features/dispense/DispensationForm';
import { IntegrityAlert } from './features/integrity/IntegrityAlert';
import { IntegrityScreen } from './features/integrity/IntegrityScreen';
import { useIntegrityCheck } from './features/integrity/use-integrity-check';
import { ProductsScreen } from './features/products/ProductsScreen';
import { ReceiptForm } from './features/receive/ReceiptForm';
import { ProductRegister } from './features/register/ProductRegister';
import { ReserveBanner } from './features/reserve/ReserveBanner';
import { StockOverview } from './features/stock/StockOverview';
import { fr } from './messages/fr';

const VIEWS = {
  stock: StockOverview,
  receipt: ReceiptForm,
  dispensation: DispensationForm,
  register: ProductRegister,
  products: ProductsScreen,
} as const;

type View = keyof typeof VIEWS | 'integrity';
const TABS: readonly View[] = [...(Object.keys(VIEWS) as View[]), 'integrity'];

function CurrentScreen({ view }: { view: keyof typeof VIEWS }) {
  const Screen = VIEWS[view];
  return <Screen />;
}

export function RegisterShell({ identity }: { identity: RegisterIdentity }) {
  const [view, setView] = useState<View>('stock');
  const integrity = useIntegrityCheck(identity.registerId, true);
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__establishment">
          <strong>{identity.establishment.name}</strong>
          <span>{identity.establishment.address}</span>
        </div>
        <span className="topbar__title">{fr.appTitle}</span>
      </header>
      <nav className="tabs" aria-label="Sections">
        {TABS.map((name) => (
          <button key={name} type="button" className="tab" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
            {fr.nav[name]}
          </button>
        ))}
      </nav>
      <ReserveBanner registerId={identity.registerId} />
      <IntegrityAlert report={integrity.report} />
      <div className="content">{view === 'integrity' ? <IntegrityScreen {...integrity} /> : <CurrentScreen view={view} />}</div>
      <footer className="footer">
        <span>{fr.common.holderLine(identity.holder.name, identity.holder.orderNumber)}</span>
        <AppInfoLine />
      </footer>
    </div>
  );
}

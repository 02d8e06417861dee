// The everyday window once the register is open: the establishment and who validates
// at the top, one tab per task, who holds the register at the bottom.
import { useEffect, useState } from 'react';
import { AppInfoLine } from './components/AppInfoLine';
import { useStore } from './db/DatabaseContext';
import type { RegisterIdentity } from './db/queries';
import { AnnualReminder } from './features/annual/AnnualReminder';
import { AnnualScreen } from './features/annual/AnnualScreen';
import { MonthlyBalances } from './features/closure/MonthlyBalances';
import { useMonthlyClosure } from './features/closure/use-monthly-closure';
import { DestructionScreen } from './features/destruction/DestructionScreen';
import { EntryScreen } from './features/entries/EntryScreen';
import { EstablishmentScreen } from './features/establishment/EstablishmentScreen';
import { EditionsScreen } from './features/editions/EditionsScreen';
import { ExitScreen } from './features/exits/ExitScreen';
import { IntegrityAlert } from './features/integrity/IntegrityAlert';
import { IntegrityScreen } from './features/integrity/IntegrityScreen';
import { InventoryReminder } from './features/inventory/InventoryReminder';
import { InventoryScreen } from './features/inventory/InventoryScreen';
import { useIntegrityCheck } from './features/integrity/use-integrity-check';
import { ProductsScreen } from './features/products/ProductsScreen';
import { ProductRegister } from './features/register/ProductRegister';
import { ReserveBanner } from './features/reserve/ReserveBanner';
import { startReserveSync, type ReserveSync } from './features/reserve/reserve-sync';
import { StockOverview } from './features/stock/StockOverview';
import { CurrentValidatorProvider, CurrentValidatorSelect } from './features/validators/CurrentValidator';
import { mainProcess } from './main-process';
import { SessionGate } from './features/access/SessionGate';
import { fr } from './messages/fr';
// The hand-over to a buyer and the definitive closure.
import { RegisterClosedProvider, useRegisterClosed } from './db/RegisterClosedContext';
import { CessionScreen } from './features/cession/CessionScreen';
import { ClosedBanner, ReadOnlyNotice } from './features/cession/ClosedBanner';
import { ClockBanner } from './features/clock/ClockBanner';
import { InterruptedEntryNotice } from './features/interrupted/InterruptedEntryNotice';
import { NetworkBanner } from './features/network/NetworkBanner';
import { reserveFromServerApi, useNetworkMode } from './db/NetworkContext';

const TABS = [
  'stock',
  'entries',
  'exits',
  'register',
  'balances',
  'inventory',
  'destruction',
  'editions',
  'annual',
  'products',
  'establishment',
  'integrity',
  'cession',
] as const;
type View = (typeof TABS)[number];

export function RegisterShell({ identity }: { identity: RegisterIdentity }) {
  return (
    <RegisterClosedProvider>
      <RegisterWindow identity={identity} />
    </RegisterClosedProvider>
  );
}

function RegisterWindow({ identity }: { identity: RegisterIdentity }) {
  // Once closed, the screens that only record show why they are not available.
  const closed = useRegisterClosed() !== null;
  const [view, setView] = useState<View>('stock');
  const integrity = useIntegrityCheck(identity.registerId, true);
  const closure = useMonthlyClosure();
  const reserve = useReserveSync(identity.registerId);
  // In network mode the server's clock dates every inscription (docs/decisions/0029): this PC's clock sets back nothing.
  const shared = useNetworkMode().register !== null;
  const screens: Record<View, () => React.JSX.Element> = {
    stock: () => <StockOverview />,
    entries: () => (closed ? <ReadOnlyNotice /> : <EntryScreen establishmentKind={identity.establishment.kind} />),
    exits: () => (closed ? <ReadOnlyNotice /> : <ExitScreen establishmentKind={identity.establishment.kind} />),
    register: () => <ProductRegister establishmentKind={identity.establishment.kind} />,
    balances: () => <MonthlyBalances closure={closure} />,
    inventory: () => <InventoryScreen />,
    destruction: () => <DestructionScreen />,
    editions: () => <EditionsScreen identity={identity} closure={closure} />,
    annual: () => <AnnualScreen identity={identity} />,
    products: () => <ProductsScreen />,
    establishment: () => <EstablishmentScreen identity={identity} />,
    integrity: () => <IntegrityScreen {...integrity} />,
    cession: () => <CessionScreen identity={identity} />,
  };
  return (
    <CurrentValidatorProvider>
      <SessionGate registerId={identity.registerId} kind={identity.establishment.kind}>
        <div className="shell">
          <header className="topbar">
            <div className="topbar__establishment">
              <strong>{identity.establishment.name}</strong>
              <span>{identity.establishment.address}</span>
            </div>
            <CurrentValidatorSelect />
            <span className="topbar__title">{fr.appTitle}</span>
          </header>
          <nav className="tabs" aria-label="Sections">
            {TABS.map((name) => (
              <button key={name} type="button" className="tab" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
                {fr.nav[name]}
              </button>
            ))}
          </nav>
          <NetworkBanner />
          <ClosedBanner />
          {shared ? null : <ClockBanner />}
          <InterruptedEntryNotice />
          <ReserveBanner reserve={reserve} />
          <IntegrityAlert report={integrity.report} />
          <InventoryReminder openedOn={identity.openedOn} onOpen={() => setView('inventory')} />
          <AnnualReminder registerId={identity.registerId} onOpen={() => setView('annual')} />
          <div className="content">{screens[view]()}</div>
          <footer className="footer">
            <span>{fr.common.holderLine(identity.holder.name, identity.holder.orderNumber)}</span>
            <AppInfoLine />
          </footer>
        </div>
      </SessionGate>
    </CurrentValidatorProvider>
  );
}

/** The reserve copy is kept in step for as long as the register is open, whichever tab shows. */
function useReserveSync(registerId: string): ReserveSync | null {
  const store = useStore();
  // In network mode the main process writes the reserve from the server's events.
  const shared = useNetworkMode().register !== null;
  const [reserve, setReserve] = useState<ReserveSync | null>(null);
  useEffect(() => {
    const api = mainProcess();
    if (!api) return;
    const started = startReserveSync(store, shared ? reserveFromServerApi(api) : api, registerId);
    setReserve(started);
    return () => {
      started.stop();
      setReserve(null);
    };
  }, [store, registerId, shared]);
  return reserve;
}

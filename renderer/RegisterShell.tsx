// The everyday window once the register is open: the establishment and who validates
// at the top, one tab per task, who holds the register at the bottom.
import { Suspense, useEffect, useState } from 'react';
import { AppInfoLine } from './components/AppInfoLine';
import { deferredScreen, loadInTurn } from './components/deferred-screen';
import { useStore } from './db/DatabaseContext';
import type { RegisterIdentity } from './db/queries';
import { AnnualReminder } from './features/annual/AnnualReminder';
import { useMonthlyClosure } from './features/closure/use-monthly-closure';
import { IntegrityAlert } from './features/integrity/IntegrityAlert';
import { InventoryReminder } from './features/inventory/InventoryReminder';
import { useIntegrityCheck } from './features/integrity/use-integrity-check';
import { ReserveBanner } from './features/reserve/ReserveBanner';
import { startReserveSync, type ReserveSync } from './features/reserve/reserve-sync';
import { StockOverview } from './features/stock/StockOverview';
import { CurrentValidatorProvider, CurrentValidatorSelect } from './features/validators/CurrentValidator';
import { mainProcess } from './main-process';
import { SessionGate } from './features/access/SessionGate';
import { fr } from './messages/fr';
// The hand-over to a buyer and the definitive closure.
import { RegisterClosedProvider, useRegisterClosed } from './db/RegisterClosedContext';
import { ClosedBanner, ReadOnlyNotice } from './features/cession/ClosedBanner';
import { ClockBanner } from './features/clock/ClockBanner';
import { InterruptedEntryNotice } from './features/interrupted/InterruptedEntryNotice';
import { NetworkBanner } from './features/network/NetworkBanner';
import { HeldScanProvider } from './features/scan/held-scan-context';
import { ScreenLoading } from './features/scan/ScreenLoading';
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

// Every tab but the Stock tab, which the window opens on, is loaded after the opening
// (components/deferred-screen.ts): the opening's first script holds only what it shows.
const Entries = deferredScreen(() => import('./features/entries/EntryScreen').then((m) => m.EntryScreen));
const Exits = deferredScreen(() => import('./features/exits/ExitScreen').then((m) => m.ExitScreen));
const Register = deferredScreen(() => import('./features/register/ProductRegister').then((m) => m.ProductRegister));
const Balances = deferredScreen(() => import('./features/closure/MonthlyBalances').then((m) => m.MonthlyBalances));
const Inventory = deferredScreen(() => import('./features/inventory/InventoryScreen').then((m) => m.InventoryScreen));
const Destruction = deferredScreen(() => import('./features/destruction/DestructionScreen').then((m) => m.DestructionScreen));
const Editions = deferredScreen(() => import('./features/editions/EditionsScreen').then((m) => m.EditionsScreen));
const Annual = deferredScreen(() => import('./features/annual/AnnualScreen').then((m) => m.AnnualScreen));
const Products = deferredScreen(() => import('./features/products/ProductsScreen').then((m) => m.ProductsScreen));
const Establishment = deferredScreen(() => import('./features/establishment/EstablishmentScreen').then((m) => m.EstablishmentScreen));
const Integrity = deferredScreen(() => import('./features/integrity/IntegrityScreen').then((m) => m.IntegrityScreen));
const Cession = deferredScreen(() => import('./features/cession/CessionScreen').then((m) => m.CessionScreen));
/** In the order of the tabs: the nearest first. */
const DEFERRED = [Entries, Exits, Register, Balances, Inventory, Destruction, Editions, Annual, Products, Establishment, Integrity, Cession];
/**
 * The screens are loaded once the Stock tab has had time to read and draw (it waits for
 * IndexedDB, and a screen loaded in those idle moments delayed it), each when the window is idle.
 */
const LOAD_SCREENS_AFTER_MS = 1_500;

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
  useEffect(() => loadInTurn(DEFERRED, LOAD_SCREENS_AFTER_MS), []);
  const screens: Record<View, () => React.JSX.Element> = {
    stock: () => <StockOverview />,
    entries: () => (closed ? <ReadOnlyNotice /> : <Entries.Screen establishmentKind={identity.establishment.kind} />),
    exits: () => (closed ? <ReadOnlyNotice /> : <Exits.Screen establishmentKind={identity.establishment.kind} />),
    register: () => <Register.Screen establishmentKind={identity.establishment.kind} />,
    balances: () => <Balances.Screen closure={closure} />,
    inventory: () => <Inventory.Screen />,
    destruction: () => <Destruction.Screen />,
    editions: () => <Editions.Screen identity={identity} closure={closure} />,
    annual: () => <Annual.Screen identity={identity} />,
    products: () => <Products.Screen />,
    establishment: () => <Establishment.Screen identity={identity} />,
    integrity: () => <Integrity.Screen {...integrity} />,
    cession: () => <Cession.Screen identity={identity} />,
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
          <div className="content">
            {/* A box scanned while the tab's script loads is kept for that tab, and for it only. */}
            <HeldScanProvider screen={view}>
              <Suspense fallback={<ScreenLoading />}>{screens[view]()}</Suspense>
            </HeldScanProvider>
          </div>
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

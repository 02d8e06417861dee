// The inventory: every product, the dispensable stock and the quarantine counted apart,
// each line counted in units or weighed; the variance shows as the count is typed, and a
// reason is asked for every variance. Validation records the inventory and its écarts
// d'inventaire as one act, then produces its PDF (archived, recorded, opened).
// This file gathers what the tab reads and lays out its parts; each part is its own file.
import type { Practitioner } from '../../../shared/register/events';
import { useRegisterQuery } from '../../db/use-register-query';
import { fr } from '../../messages/fr';
import { PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import '../editions/editions.css';
import { InventoryForm } from './InventoryForm';
import { InventoryHistory } from './InventoryHistory';
import { inventoryRows } from './inventory-rows';
import { listInventories, type InventoryEvent } from './record-inventory';
import './inventory.css';

/** How another screen embeds the inventory: the cession's contradictory one, the closure's final one. */
export interface InventoryScreenProps {
  /** The buyer present at a cession's contradictory inventory, recorded with it. */
  counterParty?: Practitioner;
  /** The day the inventory is dated, when the embedding screen fixes it (the cession's cut-off). */
  fixedDay?: string;
  /** Prints the inventory's own edition once recorded (the cession prints its transfer PDF instead). */
  printOnRecord?: boolean;
  /** Without its title and list of past inventories, inside a wizard step. */
  embedded?: boolean;
  onRecorded?: (inventory: InventoryEvent) => void;
}

export function InventoryScreen({ counterParty, fixedDay, printOnRecord = true, embedded = false, onRecorded }: InventoryScreenProps = {}) {
  const printer = usePrint();
  const products = useRegisterQuery((store) => store.products());
  const stock = useRegisterQuery((store) => store.stock());
  const inventories = useRegisterQuery(listInventories) ?? [];
  const rows = products === undefined || stock === undefined ? undefined : inventoryRows(products, stock);

  return (
    <section
      className={embedded ? 'inventory' : 'screen inventory'}
      aria-labelledby={embedded ? undefined : 'inventory-title'}
      aria-label={embedded ? fr.inventory.title : undefined}
    >
      {embedded ? null : (
        <>
          <h1 id="inventory-title">{fr.inventory.title}</h1>
          <p className="lead">{fr.inventory.intro}</p>
        </>
      )}
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="empty">{fr.inventory.noProduct}</p>
      ) : (
        <InventoryForm rows={rows} printer={printer} counterParty={counterParty} fixedDay={fixedDay} printOnRecord={printOnRecord} onRecorded={onRecorded} />
      )}
      <PrintOutcome printer={printer} />
      {embedded ? null : <InventoryHistory inventories={inventories} printer={printer} />}
    </section>
  );
}

// The inventories already recorded, the latest first, each with its variances and its edition.
import { formatDay } from '../../../shared/register/dates';
import { fr } from '../../messages/fr';
import { PrintButton } from '../editions/PrintOutcome';
import type { Printer } from '../editions/use-print';
import { printInventory } from './print-inventory';
import type { InventoryEvent } from './record-inventory';

export function InventoryHistory({ inventories, printer }: { inventories: readonly InventoryEvent[]; printer: Printer }) {
  return (
    <section className="inventory-history" aria-labelledby="inventory-history-title">
      <h2 id="inventory-history-title">{fr.inventory.history}</h2>
      {inventories.length === 0 ? (
        <p className="empty">{fr.inventory.none}</p>
      ) : (
        <table className="table" aria-label={fr.inventory.historyLabel}>
          <thead>
            <tr>
              <th className="number">{fr.inventory.seq}</th>
              <th>{fr.inventory.day}</th>
              <th>{fr.inventory.countedBy}</th>
              <th className="number">{fr.inventory.variances}</th>
              <th className="row-action" />
            </tr>
          </thead>
          <tbody>
            {[...inventories].reverse().map((inventory) => (
              <tr key={inventory.seq}>
                <td className="number">{inventory.seq}</td>
                <td>{formatDay(inventory.operationDate)}</td>
                <td>{inventory.countedBy}</td>
                <td className="number">{inventory.lines.filter((line) => line.counted !== line.expected).length}</td>
                <td className="row-action">
                  <PrintButton
                    printer={printer}
                    name={`inventory-${inventory.seq}`}
                    label={fr.inventory.print(inventory.seq)}
                    onClick={() => printInventory(printer, inventory)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

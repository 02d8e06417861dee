// The inventory's own edition, asked for by its form once recorded and by the list of past inventories.
import type { Printer } from '../editions/use-print';
import type { InventoryEvent } from './record-inventory';

export function printInventory(printer: Printer, inventory: Pick<InventoryEvent, 'seq' | 'operationDate'>): void {
  void printer.print(`inventory-${inventory.seq}`, {
    kind: 'inventory',
    inventory: inventory.seq,
    period: { from: inventory.operationDate, to: inventory.operationDate },
  });
}

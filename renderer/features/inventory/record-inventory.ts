// An inventory and its "écarts d'inventaire" are one act: the inventory is sealed, then
// one adjustment per variance, each naming it, in the same act of the write door
// (renderer/db/record-act.ts). A refusal of any of them writes nothing.
import type { AppError } from '../../../shared/errors';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import type { AdjustmentsStep } from '../../../shared/register/act';
import type { InventoryDraft } from '../../../shared/register/validate-inventory';
import type { Result } from '../../../shared/result';
import { recordAct } from '../../db/record-act';
import type { RegisterStore } from '../../db/register-store';

export interface InventoryRequest {
  operationDate: string;
  body: InventoryDraft;
  /** RPPS or Ordre number of who validates; the holder when absent. */
  validatedBy?: string;
}

export async function recordInventory(store: RegisterStore, request: InventoryRequest, now?: Date): Promise<Result<RegisterEvent[], AppError>> {
  const signed = request.validatedBy === undefined ? {} : { validatedBy: request.validatedBy };
  const inventory: Draft = { operationDate: request.operationDate, body: request.body, ...signed };
  // Said as data (shared/register/act.ts): decided where the register is kept, this PC's or the server's.
  const adjustments: AdjustmentsStep = { adjustmentsOf: 0, operationDate: request.operationDate, ...signed };
  return recordAct(store, [inventory, adjustments], now);
}

export type InventoryEvent = Extract<RegisterEvent, { type: 'inventory.taken' }>;

/** Every inventory of the register, oldest first. */
export async function listInventories(store: RegisterStore): Promise<InventoryEvent[]> {
  const events = await store.eventsOfTypes(['inventory.taken']);
  return events.filter((event): event is InventoryEvent => event.type === 'inventory.taken');
}

/** The day of the last inventory, if any. */
export async function lastInventoryDay(store: RegisterStore): Promise<string | null> {
  const last = (await store.eventsOfTypes(['inventory.taken'])).at(-1);
  return last?.operationDate ?? null;
}

/** The same day a year later (29 February: 1 March). */
function oneYearAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * Whether the annual inventory is due: the last one (or the opening, when there has been
 * none) is more than 12 months before today. Returns what the reminder names.
 */
export function inventoryDue(lastDay: string | null, openedOn: string, today: string): { since: 'opening' | 'inventory'; day: string } | null {
  const reference = lastDay ?? openedOn;
  if (today <= oneYearAfter(reference)) return null;
  return { since: lastDay === null ? 'opening' : 'inventory', day: reference };
}

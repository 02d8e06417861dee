// The small vocabulary validation is written in. The checks stop at the first refusal;
// a private exception keeps each kind of event a readable object literal instead of a
// ladder of early returns, and `collect` turns it back into a Result at the boundary.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import type { Counterparty } from './events';
import { optionalText, requiredText } from './fields';
import type { Milli } from './quantity';

export type Checked<T> = Result<T, AppError>;

export class Refusal {
  constructor(readonly error: AppError) {}
}

export function refuse(...args: Parameters<typeof appError>): never {
  throw new Refusal(appError(...args));
}

export function collect<T>(build: () => T): Checked<T> {
  try {
    return ok(build());
  } catch (thrown) {
    if (thrown instanceof Refusal) return err(thrown.error);
    throw thrown;
  }
}

export function take<T>(result: Checked<T>): T {
  if (!result.ok) throw new Refusal(result.error);
  return result.value;
}

export function text(value: unknown, field: string, label: string): string {
  return take(requiredText(value, field, label));
}

export function optionalField<K extends string>(key: K, value: unknown, field: string, label: string): Partial<Record<K, string>> {
  const checked = take(optionalText(value, field, label));
  return checked === undefined ? {} : ({ [key]: checked } as Record<K, string>);
}

export function positive(quantity: Milli, field = 'quantity'): Milli {
  if (!Number.isSafeInteger(quantity)) refuse('quantity.malformed', field);
  if (quantity <= 0) refuse('quantity.notPositive', field);
  return quantity;
}

/** One value of a closed list, for drafts that come from outside the app (CSV, IPC). */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], field: string, label: string): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  return refuse('field.invalidChoice', field, { label });
}

/** Name and address, both mandatory: the law asks for them for suppliers, patients, prescribers, owners. */
export function nameAndAddress(party: Partial<Counterparty> | undefined, field: string, whose: string): Counterparty {
  return {
    name: text(party?.name, `${field}.name`, `nom ${whose}`),
    address: text(party?.address, `${field}.address`, `adresse ${whose}`),
  };
}

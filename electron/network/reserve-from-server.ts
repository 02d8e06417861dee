// The second medium in network mode (art. R. 5132-36 du code de la santé publique: the
// register kept on two distinct media). The reserve journal is written exactly as on one
// PC, by the same append (electron/reserve/append-to-reserve.ts: each line must continue
// the reserve's own chain), but the events written are read from the server by this main
// process, never taken from the window: the reserve duplicates the register of record.
// The window only says how far its copy has seen (which order numbers to bring over);
// each call catches the reserve up from its own head to that number, page by page.
import { appError, type AppError } from '../../shared/errors';
import type { MainHandlers, ResponseOf } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import type pg from 'pg';
import { eventsAfter } from './server-state';

const PAGE = 500;

export type ReserveAppend = MainHandlers['reserve:append'];

/**
 * Appends to the reserve the server's events after `after` up to `through`, in order.
 * The answer is the reserve append's own: the reserve's head, or its refusal.
 */
export async function reserveFromServer(
  pool: pg.Pool,
  append: ReserveAppend,
  { registerId, after, through }: { registerId: string; after: number; through: number },
): Promise<Result<ResponseOf<'reserve:append'>, AppError>> {
  if (through <= after) return err(appError('ipc.badRequest'));
  let from = after;
  for (;;) {
    const page = (await eventsAfter(pool, from, Math.min(PAGE, through - from))).filter((event) => event.seq <= through);
    // The window has seen an event the server does not hold: nothing is written from here.
    if (page.length === 0) return err(appError('network.failed', undefined, { code: '', reason: `le serveur ne tient pas le n° d’ordre ${from + 1}` }));
    const appended = await append({ registerId, events: page });
    if (!appended.ok || appended.value.seq >= through) return appended;
    from = appended.value.seq;
  }
}

// The lots of every product, derived from the whole register (receipts name lots; see
// shared/stock/lots.ts for how exits that name none are attributed).
import { isMovement } from '../../shared/register/events';
import { lotStocks, type LotStock } from '../../shared/stock/lots';
import type { RegisterDatabase } from './database';

export async function registerLots(db: RegisterDatabase): Promise<LotStock[]> {
  const events = await db.events.toArray();
  return lotStocks(events.filter(isMovement));
}

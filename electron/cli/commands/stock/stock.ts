// stock <journal> [--at YYYY-MM-DD]: the stock of each product on that day, computed in
// the same pass that verifies the chain; a broken journal gives no figures at all.
import { EXIT_BROKEN, EXIT_OK, type CliIo, type ExitCode } from '../../common/io';
import { journalBreak } from '../../common/messages';
import { stockReport } from './messages';
import { verifyJournal } from '../../../files/verify-journal';
import { createStockOnDay } from './stock-on-day';

export async function stockCommand(journal: string, at: string | undefined, io: CliIo): Promise<ExitCode> {
  const stock = createStockOnDay(at ?? io.today);
  const verdict = await verifyJournal(journal, undefined, (event) => stock.add(event));
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return EXIT_BROKEN;
  }
  io.out(stockReport(stock.report()));
  return EXIT_OK;
}

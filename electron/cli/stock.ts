// stock <journal> [--at YYYY-MM-DD]: the stock of each product on that day, computed in
// the same pass that verifies the chain; a broken journal gives no figures at all.
import { EXIT_BROKEN, EXIT_OK, type CliIo, type ExitCode } from './io';
import { journalBreak, stockReport } from './messages';
import { readJournal } from './read-journal';
import { createStockTally } from './stock-tally';

export async function stockCommand(journal: string, at: string | undefined, io: CliIo): Promise<ExitCode> {
  const tally = createStockTally(at ?? io.today);
  const verdict = await readJournal(journal, (event) => tally.add(event));
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return EXIT_BROKEN;
  }
  io.out(stockReport(tally.report()));
  return EXIT_OK;
}

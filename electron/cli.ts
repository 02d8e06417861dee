// Command line over a journal file, for the pharmacist, an inspector or a support script:
//   npm run cli -- verify <journal>
//   npm run cli -- stock <journal> [--at YYYY-MM-DD]
//   npm run cli -- import <operations.csv> --out <folder | name.journal.jsonl>
//   npm run cli -- editions <journal> --out <folder> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--product <id>]
import { localDay } from '../shared/register/dates';
import { runCli } from './cli/run';
import { cliFailure } from './cli/unexpected';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: localDay(new Date()),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${cliFailure(error, process.argv[2] ?? '')}\n`);
    process.exitCode = 2;
  },
);

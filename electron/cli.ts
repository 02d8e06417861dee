// Command line over a journal file, for the pharmacist, an inspector or a support script:
//   npm run cli -- help               the commands of the table (electron/cli/commands.ts)
//   npm run cli -- <commande> --help  one command's usage, options and exit codes
// Built into dist/electron/cli.mjs by scripts/build-cli.mjs; `npm run cli` runs the build.
import { localDay } from '../shared/register/dates';
import { runCli } from './cli/run';
import { cliFailure } from './cli/common/unexpected';
import { askSecretOnTerminal } from './cli/common/ask-secret';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: localDay(new Date()),
  askSecret: askSecretOnTerminal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${cliFailure(error, process.argv[2] ?? '')}\n`);
    process.exitCode = 2;
  },
);

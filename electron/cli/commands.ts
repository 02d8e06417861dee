// The command table: every command of the command line, in the order the help lists
// them. A command exists only here; the help, each usage and the reading of the words
// are made from these entries (common/command.ts).
import { annualEntry } from './commands/annual/command';
import { editionsEntry } from './commands/editions/command';
import { importEntry } from './commands/import/command';
import { jareEntry } from './commands/jare/command';
import { stockEntry } from './commands/stock/command';
import { verifyEntry } from './commands/verify/command';
import type { CommandEntry } from './common/command';

export const COMMANDS: readonly CommandEntry[] = [verifyEntry, stockEntry, importEntry, editionsEntry, annualEntry, jareEntry];

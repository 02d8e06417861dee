// A drawing thread that plans as the real one does, then stops dead when asked for a
// document, as a thread does when it runs out of memory: editions-threads.test.ts checks
// that the command then writes nothing and says so in French.
import { parentPort } from 'node:worker_threads';
import { loadEditionFonts } from '../../../electron/cli/common/edition-fonts';
import { replan } from '../../../electron/cli/commands/editions/drawing';
import type { DrawingMessage } from '../../../electron/cli/commands/editions/drawing-thread';

parentPort!.on('message', (message: DrawingMessage) => {
  if (message.kind === 'job') replan(message.job, loadEditionFonts);
  else process.exit(3);
});

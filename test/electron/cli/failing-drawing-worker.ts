// A drawing thread that plans as the real one does, then stops dead when asked for a
// document, as a thread does when it runs out of memory: editions-threads.test.ts checks
// that the command then writes nothing and says so in French.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEditionFonts } from '../../../electron/cli/common/edition-fonts';
import { replan, type DrawingJob } from '../../../electron/cli/commands/editions/drawing';

replan(workerData as DrawingJob, loadEditionFonts);
parentPort!.on('message', () => process.exit(3));

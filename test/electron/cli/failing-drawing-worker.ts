// A drawing thread that stops dead when asked for its second document, as a thread does
// when it runs out of memory: the tests of editions-threads.test.ts check that the command
// then writes nothing and says so in French. It draws the first as the real one does.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEditionFonts } from '../../../electron/cli/common/edition-fonts';
import { drawOne, replan, type DrawingJob } from '../../../electron/cli/commands/editions/drawing';
import type { DrawRequest } from '../../../electron/cli/commands/editions/drawing-thread';

const port = parentPort!;
const editions = replan(workerData as DrawingJob, loadEditionFonts);
let asked = 0;
port.on('message', ({ index }: DrawRequest) => {
  asked += 1;
  if (asked === 2) process.exit(3);
  const answer = drawOne(editions[index]!);
  port.postMessage(answer, answer.ok ? [answer.bytes.buffer as ArrayBuffer] : []);
});

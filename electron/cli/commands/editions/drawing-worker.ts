// A drawing thread of `editions` (drawing-thread.ts), built as its own file beside the
// command line (scripts/build-cli.mjs): plans the editions again from the kept events it
// was given, then draws each document it is asked for and sends its bytes back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEditionFonts } from '../../common/edition-fonts';
import { drawOne, replan, type DrawingAnswer, type DrawingJob } from './drawing';
import type { DrawRequest } from './drawing-thread';
import type { EditionFonts } from '../../../../shared/editions/pdf/fonts';

const port = parentPort;
if (port === null) throw new Error('drawing-worker: à lancer comme fil de travail');
let fonts: EditionFonts | undefined;
const editions = replan(workerData as DrawingJob, () => (fonts ??= loadEditionFonts()));
port.on('message', ({ index }: DrawRequest) => {
  const answer: DrawingAnswer = drawOne(editions[index]!);
  // The bytes are moved to the main thread, not copied; each PDF owns its buffer.
  port.postMessage(answer, answer.ok ? [answer.bytes.buffer as ArrayBuffer] : []);
});

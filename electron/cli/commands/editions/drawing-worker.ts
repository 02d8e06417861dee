// A drawing thread of `editions` (drawing-thread.ts), built as its own file beside the
// command line (scripts/build-cli.mjs). Started while the journal is still being read, it
// first makes its fonts ready; then it plans the editions again from the kept events it
// is sent, and draws each document it is asked for, sending its bytes back.
import { parentPort } from 'node:worker_threads';
import { loadEditionFonts } from '../../common/edition-fonts';
import { drawOne, replan, type DrawingAnswer } from './drawing';
import type { DrawingMessage } from './drawing-thread';
import type { EditionFonts } from '../../../../shared/editions/pdf/fonts';
import { prepareEditionFonts } from '../../../../shared/editions/pdf/document';
import type { PlannedEdition } from './editions-plan';

const port = parentPort;
if (port === null) throw new Error('drawing-worker: à lancer comme fil de travail');
let fonts: EditionFonts | undefined;
const editionFonts = () => (fonts ??= loadEditionFonts());
try {
  prepareEditionFonts(editionFonts());
} catch {
  // Fonts missing or unreadable: the first document asking for them fails the same way, and says so in French.
}
let editions: readonly PlannedEdition[] = [];
port.on('message', (message: DrawingMessage) => {
  if (message.kind === 'job') {
    editions = replan(message.job, editionFonts);
    return;
  }
  const answer: DrawingAnswer = drawOne(editions[message.index]!);
  // The bytes are moved to the main thread, not copied; each PDF owns its buffer.
  port.postMessage(answer, answer.ok ? [answer.bytes.buffer as ArrayBuffer] : []);
});

// The archive verification thread (archive-verify-thread.ts): verifies one yearly
// archive's bytes, replaying its whole year (seconds for a busy year), away from the main
// process's thread, which keeps answering the window meanwhile. Built as its own file
// beside the main process (scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { archiveVerdictOf } from './archive-verdict';
import type { ArchiveVerifyAnswer } from './archive-verify-thread';

const port = parentPort;
if (port === null) throw new Error('archive-verify-worker: à lancer comme fil de travail');
const { bytes } = workerData as { bytes: Uint8Array };
let answer: ArchiveVerifyAnswer;
try {
  answer = { verdict: archiveVerdictOf(bytes) };
} catch (error: unknown) {
  answer = { failed: error instanceof Error ? error.message : String(error) };
}
port.postMessage(answer);

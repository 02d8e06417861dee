// For editions-threads.test.ts: the drawing thread that stops (failing-drawing-worker.ts), from its TypeScript source. A thread does not
// inherit the test's loader, so this file registers tsx in it first.
import { register } from 'tsx/esm/api';

register();
await import('./failing-drawing-worker.ts');

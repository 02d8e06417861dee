// For editions-threads.test.ts: the real drawing thread, from its TypeScript source. A thread does not
// inherit the test's loader, so this file registers tsx in it first.
import { register } from 'tsx/esm/api';

register();
await import('../../../electron/cli/commands/editions/drawing-worker.ts');

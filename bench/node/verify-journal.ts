// Child process of the benchmark: verifies one journal file with the command line's
// reader and reports its time and peak memory (measured in its own process).
import { readJournal } from '../../electron/files/read-journal';

const path = process.argv[2];
if (!path) throw new Error('usage: verify-journal <journal>');
const start = performance.now();
const verdict = await readJournal(path);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ok: verdict.ok, events: verdict.ok ? verdict.events : 0, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));

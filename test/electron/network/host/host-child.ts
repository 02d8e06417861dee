// A host PC's app in a process of its own, for the crash tests: it starts the bundled
// server of the data folder given, says so, then waits to be killed.
import { createHostService } from '../../../../electron/network/host/host-service';

const [dataFolder = ''] = process.argv.slice(2);
const server = await createHostService({ dataFolder }).start();
process.stdout.write(`ready ${server?.port ?? 0}\n`);
setInterval(() => undefined, 60_000);

// A host PC's app in a process of its own, for the crash tests: it starts the bundled
// server of the data folder given, says so, then waits to be killed.
import { createHostService } from '../../../../electron/network/host/host-service';
import { stubSecretBox } from '../../../support/stub-secret-box';

const [dataFolder = ''] = process.argv.slice(2);
const server = await createHostService({ dataFolder, secretBox: stubSecretBox() }).start();
process.stdout.write(`ready ${server?.port ?? 0}\n`);
setInterval(() => undefined, 60_000);

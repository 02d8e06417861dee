// With plain Node, runs the bundled PostgreSQL from a packaged app's files: the library
// imported from the path given (resources/app.asar.unpacked/…, as the main process imports
// it), which then finds and starts the programs of its own platform package. Creates a
// cluster, starts it, connects with the library's own client, stops it, and prints what it
// saw as one line of JSON. Usage: node start-packaged-cluster.mjs <library entry> <data folder> <port>
import { createRequire } from 'node:module';
import { readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, dataDir, port] = process.argv.slice(2);
if (!entry || !dataDir || !port) throw new Error('usage: start-packaged-cluster.mjs <library entry> <data folder> <port>');

const { default: EmbeddedPostgres } = await import(pathToFileURL(entry).href);
const errors = [];
const cluster = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'registre_admin',
  password: 'mot-de-passe-du-test',
  authMethod: 'scram-sha-256',
  persistent: true,
  initdbFlags: ['--encoding=UTF8', '--no-locale'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  createPostgresUser: false,
  onLog: () => undefined,
  onError: (error) => errors.push(String(error)),
});

await cluster.initialise();
await cluster.start();
const postmaster = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
// The program the system runs for the server: where it was really started from.
const program = await readlink(`/proc/${postmaster}/exe`);
const client = cluster.getPgClient('postgres', '127.0.0.1');
await client.connect();
const { rows } = await client.query("select version() as version, current_setting('data_directory') as directory");
await client.end();
await cluster.stop();
let running = true;
try {
  process.kill(postmaster, 0);
} catch {
  running = false;
}
// The CommonJS modules this process loaded (pg and its parts): where they were read from.
const modules = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ version: rows[0].version, directory: rows[0].directory, program, runningAfterStop: running, modules, errors }));
// The library's exit hooks would otherwise keep waiting on a server already stopped.
process.exit(0);

// The bundled server's port, chosen once at set-up: PostgreSQL's usual 5432 when it is
// free, else the next free one (a PostgreSQL installed for something else keeps its own).
// Kept in the host's settings afterwards, and announced on the network (discovery/).
import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    // No address: every interface (IPv6 and IPv4 where the system has both), as the server will listen.
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

export const FIRST_PORT = 5432;

export async function firstFreePort(from = FIRST_PORT, tries = 20): Promise<number> {
  for (let port = from; port < from + tries; port += 1) if (await isFree(port)) return port;
  throw new Error(`aucun port libre entre ${from} et ${from + tries - 1}`);
}

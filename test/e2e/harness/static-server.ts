// Serves the built renderer on localhost through the same function as the app://
// protocol, so the pages carry the application's own CSP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAppFile } from '../../../electron/app-files';

export interface StaticServer {
  port: number;
  origin: string;
  close(): Promise<void>;
}

/** Port 0 picks a free port; reuse a port to keep the same origin, hence the same IndexedDB. */
export async function serveRenderer(rendererDir: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void readAppFile(rendererDir, request.url ?? '/').then((file) => {
      response.writeHead(file.status, file.headers);
      response.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    port: bound,
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

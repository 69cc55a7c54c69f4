import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NotFoundHosts {
  /** `http://127.0.0.1:<port>`, one per server: the poller counts each as a host of its own. */
  origins: string[];
  close: () => Promise<void>;
}

/**
 * Servers on loopback that answer every request "404 Not Found" at once, for feeds whose first fetch should cost
 * little. An answer, not a refused connection: refusals everywhere look to the app like the network gone, and it
 * would go offline rather than store each feed's failure.
 */
export async function startNotFoundHosts(count: number): Promise<NotFoundHosts> {
  const servers: Server[] = [];
  const origins: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const server = createServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/plain', connection: 'close' });
      response.end('no feed here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  const close = async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };
  return { origins, close };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served on loopback, as a static host would serve it. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(outDir: string): Promise<ServedSite> {
  const assets = sirv(outDir, { dev: false, etag: true });
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served on loopback, as a static host would serve it. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `outDir` below `base` (`/` or a sub-path such as `/klasteri/`), as GitHub Pages serves a project site. */
export async function serveSite(outDir: string, base = '/', headers: Record<string, string> = {}): Promise<ServedSite> {
  const assets = sirv(outDir, { dev: false, etag: true });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return notFound(res);
    req.url = `/${req.url.slice(base.length)}`;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    assets(req, res, () => notFound(res));
  });
  // No request or header timeouts: the link checker shares this process, and at 10,000
  // posts it kept the event loop busy long enough for Node's defaults to answer 408 to
  // requests for files that exist (seen in `verify`). A local check has no slow clients to fend off.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// The app sandbox origin: a second loopback listener whose only answer is the sandbox-proxy page
// (appSandboxPage.ts), with the app's CSP in its header. It is another origin than the inspector's
// (another port), so an app can reach neither the inspector's page, its storage nor its token. It
// serves no API and takes no token: there is nothing here to protect but the page itself.
import http from 'node:http';
import { appSandboxCsp } from '../../shared/apps/appSandboxCsp';
import { APP_SANDBOX_PATH, decodeSandboxCsp } from '../../shared/apps/appSandboxUrl';
import { LOOPBACK_HOST, listenOnLoopback } from './listenOnLoopback';
import { appSandboxPage } from './appSandboxPage';

export interface AppSandboxServer {
  /** `http://127.0.0.1:PORT`: the origin the UI frames apps from. */
  origin: string;
  close(): Promise<void>;
}

/** Starts the sandbox listener for an inspector that listens on `inspectorPort`. */
export async function startAppSandboxServer(inspectorPort: number): Promise<AppSandboxServer> {
  const hostOrigins = [`http://127.0.0.1:${inspectorPort}`, `http://localhost:${inspectorPort}`];
  const page = appSandboxPage(hostOrigins);
  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 10_000 });
  const port = await listenOnLoopback(server, 0, 0);
  const ownHost = `${LOOPBACK_HOST}:${port}`;
  server.on('request', (request, response) => {
    const refuse = (status: number, message: string) =>
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(`${message}\n`);
    // No DNS rebinding: only this exact loopback host.
    if (request.headers.host?.toLowerCase() !== ownHost) return refuse(403, 'Forbidden: wrong host');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    // Only ever loaded as a frame (browsers say so); a top-level visit gets nothing.
    const destination = request.headers['sec-fetch-dest'];
    if (destination !== undefined && destination !== 'iframe') return refuse(403, 'Forbidden: the sandbox is only served into a frame');
    const url = new URL(request.url ?? '/', `http://${ownHost}`);
    if (url.pathname !== APP_SANDBOX_PATH) return refuse(404, 'Not found');
    const declared = decodeSandboxCsp(url.searchParams.get('csp'));
    if (declared === null) return refuse(400, 'Bad request: the csp parameter does not parse');
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': appSandboxCsp(declared, hostOrigins),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    response.end(request.method === 'HEAD' ? undefined : page);
  });
  return {
    origin: `http://${ownHost}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}


// The HTTP side of the proxy: every request gets the security headers and passes the guard, then goes
// to /api (token required) or to the built UI. Plain node:http, so nothing heavy loads before the URL
// is printed; the express routes behind /api load on their first request (apiApp.ts).
// No cookie is set: the page holds the token in memory and sends it as a header (see README, Security).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OAUTH_CALLBACK_PATH, oauthCallbackRoute, type OAuthCallbackHandler } from './oauthCallbackRoute';
import { createRequestGuard } from './requestGuard';
import { applySecurityHeaders, securityHeaders } from './securityHeaders';
import { createStaticAssets } from './staticAssets';

/** What node:http calls per request (an express app is one too). */
export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface AppOptions {
  port: number;
  token: string;
  version: string;
  /** The built UI (`dist/client`); it may not exist in a source checkout that was not built. */
  clientDir: string;
  /** The other /api routes (e.g. the sessions folder's), behind the same guard, loaded on first use. */
  api?: () => Promise<RequestListener>;
  /** Completes an OAuth authorization the browser came back from (see proxy/auth/oauthCallbackRoute.ts). */
  oauthCallback?: OAuthCallbackHandler;
  /** The origin MCP Apps are framed from: the page's CSP allows framing it and nothing else. */
  appSandboxOrigin?: string;
}

export function createApp(options: AppOptions): RequestListener {
  const guard = createRequestGuard(options);
  const headers = securityHeaders(options.port, options.appSandboxOrigin);
  const callback = options.oauthCallback && oauthCallbackRoute(options.port, options.oauthCallback);
  const serveAsset = createStaticAssets(options.clientDir);

  return (request, response) => {
    applySecurityHeaders(response, headers);
    const target = request.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0]!;
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    // Before the guard: the authorization server's redirect cannot carry our token (see the route).
    if (callback && isRead && pathname === OAUTH_CALLBACK_PATH) return callback(request, response);

    // Host, Origin and a parseable target for everything; the token on /api (matched as express
    // matched its mount: any case, so `/API/x` is an API call too).
    const lowerPath = pathname.toLowerCase();
    const isApi = lowerPath === '/api' || lowerPath.startsWith('/api/');
    const verdict = guard({ headers: request.headers, url: target }, isApi ? 'http' : 'asset');
    if (!verdict.ok) return sendText(response, verdict.status, verdict.message);

    if (isApi && isRead && lowerPath.replace(/\/$/, '') === '/api/health') {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: true, version: options.version }));
      return;
    }
    if (isApi) return routeToApi(options.api, request, response);
    if (!isRead) return sendText(response, 404, 'Not found\n');
    void serveAsset(request, response);
  };
}

function routeToApi(api: AppOptions['api'], request: IncomingMessage, response: ServerResponse): void {
  if (!api) {
    response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Not found' }));
    return;
  }
  api().then(
    (listener) => listener(request, response),
    (error: unknown) => {
      console.error('mcp-inspect: could not load the API routes:', error);
      sendText(response, 500, 'Internal error\n');
    },
  );
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
}

// GET /oauth/callback on the proxy's own loopback port: where the authorization server sends the
// browser back with `code` and `state` (or `error`). It is served before the request guard, because
// that redirect comes from the authorization server's page (cross-site, no Origin we know) and cannot
// carry the inspector's token. What protects it instead: the Host must still name this loopback port
// (no DNS rebinding), and the `state` must be the one-time random value of an authorization this
// inspector started (OAuthCoordinator.handleCallback); anything else is refused without effect.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Inspector } from '../inspector/Inspector';
import type { CallbackOutcome } from '../auth/OAuthCoordinator';

/** Defined here, not beside the coordinator: the HTTP front loads at start-up, the OAuth client only with the core. */
export const OAUTH_CALLBACK_PATH = '/oauth/callback';

export type OAuthCallbackHandler = (params: URLSearchParams) => Promise<CallbackOutcome>;

/** The callback of the inspector's coordinator, or a clear refusal when OAuth is off. */
export function completeOAuthCallback(inspector: Inspector, params: URLSearchParams): Promise<CallbackOutcome> {
  if (!inspector.oauth) return Promise.resolve({ status: 404, title: 'OAuth is off', message: 'This inspector does not run OAuth flows.' });
  return inspector.oauth.handleCallback(params);
}

export function oauthCallbackRoute(port: number, handle: OAuthCallbackHandler) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (!hosts.has(request.headers.host?.toLowerCase() ?? '')) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: this inspector only answers to its own loopback address.\n');
      return;
    }
    const target = request.url ?? '';
    const query = target.indexOf('?');
    const params = new URLSearchParams(query === -1 ? '' : target.slice(query + 1));
    handle(params)
      .then((outcome) => sendPage(response, outcome))
      .catch((error: unknown) => sendPage(response, { status: 500, title: 'Authorization failed', message: String(error) }));
  };
}

function sendPage(response: ServerResponse, outcome: CallbackOutcome): void {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  response
    .writeHead(outcome.status, { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><meta charset="utf-8"><title>${escape(outcome.title)} · mcp-inspect</title><h1>${escape(outcome.title)}</h1><p>${escape(outcome.message)}</p>\n`);
}

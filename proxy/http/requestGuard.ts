// The one check every way in goes through (HTTP requests and the WebSocket upgrade alike). The proxy
// can start processes, so a web page must not be able to reach it: Host names this loopback origin
// (no DNS rebinding), Origin is this origin, the browser does not call it cross-site, and the request
// proves it holds the per-launch token. See MCP-NOTES.md, "Security history of inspectors".
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_QUERY_PARAM, tokenCookieName } from '../../shared/security';

export interface GuardOptions {
  port: number;
  token: string;
}

/** The parts of a request the guard reads (an express request and a raw upgrade request both fit). */
export interface GuardedRequest {
  headers: IncomingHttpHeaders;
  url?: string | undefined;
}

export type GuardVerdict =
  | { ok: true; /** The `?token=` query parameter held the right token (a page may then get the cookie). */ tokenInQuery: boolean }
  | { ok: false; status: 401 | 403; message: string };

export const UNAUTHORIZED_MESSAGE = 'Unauthorized: open the URL printed by mcp-inspect (it carries the access token).\n';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Judges one request; `kind` says whether it is a WebSocket upgrade. */
export type RequestGuard = (request: GuardedRequest, kind: 'http' | 'upgrade') => GuardVerdict;

/** Builds the guard for one listening port. */
export function createRequestGuard(options: GuardOptions): RequestGuard {
  const { port } = options;
  const tokenDigest = sha256(options.token);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  // Browsers leave the default port out of Host.
  if (port === 80) for (const host of ['127.0.0.1', 'localhost', '[::1]']) hosts.add(host);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const cookieName = tokenCookieName(port);
  // Hashing first gives equal lengths, which timingSafeEqual needs, and hides the token's length.
  const matches = (candidate: string | undefined) => candidate !== undefined && timingSafeEqual(sha256(candidate), tokenDigest);

  return (request, kind) => {
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !hosts.has(host)) return forbidden('Forbidden: this inspector only answers to its own loopback address.');
    const origin = request.headers.origin;
    if (origin === undefined ? kind === 'upgrade' : !origins.has(origin)) return forbidden('Forbidden: requests from other origins are refused.');
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') return forbidden('Forbidden: cross-site requests are refused.');

    const queryToken = readQueryToken(request.url);
    const tokenInQuery = matches(queryToken);
    if (tokenInQuery || matches(readBearerToken(request.headers.authorization)) || matches(readCookie(request.headers.cookie, cookieName))) {
      return { ok: true, tokenInQuery };
    }
    return { ok: false, status: 401, message: UNAUTHORIZED_MESSAGE };
  };
}

/** The cookie that lets a page that once proved the token reload (and open the socket) without it. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

function forbidden(message: string): GuardVerdict {
  return { ok: false, status: 403, message: `${message}\n` };
}

function readQueryToken(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  return new URLSearchParams(url.slice(query + 1)).get(TOKEN_QUERY_PARAM) ?? undefined;
}

function readBearerToken(authorization: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

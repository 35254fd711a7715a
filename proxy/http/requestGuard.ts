// The one check every way in goes through (HTTP requests and the WebSocket upgrade alike). The proxy
// can start processes, so a web page must not be able to reach it: the request target parses (else
// 400, before anything else reads it), Host names this loopback origin (no DNS rebinding), Origin is
// this origin, the browser does not call it cross-site, and the request proves it holds the
// per-launch token. No cookie is ever accepted: browsers send a 127.0.0.1 cookie to every port of
// 127.0.0.1, so any local server could collect it. See MCP-NOTES.md, "Security history of inspectors".
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_QUERY_PARAM } from '../../shared/security';

export interface GuardOptions {
  port: number;
  token: string;
}

/** The parts of a request the guard reads (an express request and a raw upgrade request both fit). */
export interface GuardedRequest {
  headers: IncomingHttpHeaders;
  url?: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 400 | 401 | 403; message: string };

export const UNAUTHORIZED_MESSAGE = 'Unauthorized: open the URL printed by mcp-inspect (it carries the access token).\n';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * What is asked for: an API request, the WebSocket upgrade, or a file of the built UI (`asset`: it
 * holds no secret, so it needs no token, which lets a page reload with the token only in its URL
 * fragment; Host and Origin are still checked), or the socket of a tap (`mcp-inspect tap` joining this
 * inspector: a program, so it must send no Origin, and it holds the token like a page).
 */
export type RequestKind = 'http' | 'upgrade' | 'asset' | 'tap';

/** Judges one request. */
export type RequestGuard = (request: GuardedRequest, kind: RequestKind) => GuardVerdict;

/** Builds the guard for one listening port. */
export function createRequestGuard(options: GuardOptions): RequestGuard {
  const { port } = options;
  const tokenDigest = sha256(options.token);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  // Browsers leave the default port out of Host.
  if (port === 80) for (const host of ['127.0.0.1', 'localhost', '[::1]']) hosts.add(host);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  // Hashing first gives equal lengths, which timingSafeEqual needs, and hides the token's length.
  const matches = (candidate: string | undefined) => candidate !== undefined && timingSafeEqual(sha256(candidate), tokenDigest);

  return (request, kind) => {
    if (!isOriginFormTarget(request.url)) return { ok: false, status: 400, message: BAD_REQUEST_MESSAGE };
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !hosts.has(host)) return forbidden('Forbidden: this inspector only answers to its own loopback address.');
    const origin = request.headers.origin;
    // A browser always sends Origin on a WebSocket upgrade, so a tap's socket without one comes from a program.
    if (kind === 'tap') {
      if (origin !== undefined) return forbidden('Forbidden: a tap joins from a program (mcp-inspect tap), not from a page.');
    } else if (origin === undefined ? kind === 'upgrade' : !origins.has(origin)) return forbidden('Forbidden: requests from other origins are refused.');
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') return forbidden('Forbidden: cross-site requests are refused.');

    if (kind === 'asset') return { ok: true };
    if (matches(readQueryToken(request.url)) || matches(readBearerToken(request.headers.authorization))) return { ok: true };
    return { ok: false, status: 401, message: UNAUTHORIZED_MESSAGE };
  };
}

export const BAD_REQUEST_MESSAGE = 'Bad request: the request target is not a path on this inspector.\n';

/**
 * Whether a request target is a plain path (`/…`) that URL parsing accepts. Anything else (an
 * absolute form such as `http://[/api/socket`, `*`, a missing target) is answered 400 at once, so no
 * later `new URL(...)` can throw on it.
 */
export function isOriginFormTarget(url: string | undefined): url is string {
  if (url === undefined || !url.startsWith('/') || url.startsWith('//')) return false;
  return URL.canParse(url, 'http://127.0.0.1');
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

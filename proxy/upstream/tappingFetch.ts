// The fetch the SDK's HTTP transports (and their OAuth client) use: each exchange becomes one `http`
// transport event (method, URL, status, time to the response headers, the session id the server gave,
// request and response headers, and the bodies of non-MCP exchanges such as OAuth discovery and token
// requests). Every credential is masked before the event exists (shared/session/redaction.ts): the event goes to the
// UI and to session files as it is.
import type { FetchLike } from '@modelcontextprotocol/client';
import { describeError } from './describeError';
import { maskBody, maskHeaders, redactUrl } from '../../shared/session/redaction';
import type { Tap } from './transportTypes';

/** Bodies longer than this are recorded cut (OAuth documents are far smaller). */
const MAX_BODY_CHARS = 32_000;

export function createTappingFetch(tap: Tap, fetchImpl: FetchLike = fetch): FetchLike {
  return async (url, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const shownUrl = redactUrl(String(url));
    const started = performance.now();
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      if (!isAbort(error)) tap({ kind: 'transport', event: { type: 'error', message: `${method} ${shownUrl} failed: ${describeError(error)}` } });
      throw error;
    }
    const durationMs = Math.round(performance.now() - started);
    const sessionId = response.headers.get('mcp-session-id') ?? undefined;
    const requestHeaders = maskHeaders(init?.headers);
    const requestText = bodyText(init?.body);
    const isMcpMessage = requestText !== undefined && looksLikeJsonRpc(requestText);
    const requestBody = requestText === undefined || isMcpMessage ? undefined : maskBody(clip(requestText), requestContentType(init, requestHeaders));
    const responseBody = isMcpMessage && response.ok ? undefined : await readSmallBody(response);
    tap({
      kind: 'transport',
      event: {
        type: 'http',
        method,
        url: shownUrl,
        status: response.status,
        durationMs,
        ...(sessionId === undefined ? {} : { sessionId }),
        requestHeaders,
        responseHeaders: maskHeaders(response.headers),
        ...(requestBody === undefined ? {} : { requestBody }),
        ...(responseBody === undefined ? {} : { responseBody }),
      },
    });
    return response;
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function clip(text: string): string {
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…` : text;
}

function bodyText(body: RequestInit['body']): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return undefined;
}

function requestContentType(init: RequestInit | undefined, headers: Record<string, string>): string | undefined {
  if (init?.body instanceof URLSearchParams) return 'application/x-www-form-urlencoded';
  return headers['content-type'];
}

function looksLikeJsonRpc(text: string): boolean {
  return /^\s*[[{]/.test(text) && text.includes('"jsonrpc"');
}

/**
 * A JSON or text response body, read from a clone so the SDK still reads the original. Event streams
 * are never read here (they stay open); neither are bodies the server says are large.
 */
async function readSmallBody(response: Response): Promise<string | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/json|text\/plain|text\/html/i.test(type) || /event-stream/i.test(type)) return undefined;
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_BODY_CHARS) return undefined;
  try {
    return maskBody(clip(await response.clone().text()), type);
  } catch {
    return undefined;
  }
}

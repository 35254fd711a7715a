// The fetch the SDK's HTTP transports use: each exchange becomes one `http` transport event (method,
// URL with secrets masked, status, time to the response headers, the session id the server gave).
// Request and response headers themselves are never recorded: they may carry credentials.
import type { FetchLike } from '@modelcontextprotocol/client';
import { describeError } from './describeError';
import { redactUrl } from './redact';
import type { Tap } from './transportTypes';

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
    const sessionId = response.headers.get('mcp-session-id') ?? undefined;
    tap({
      kind: 'transport',
      event: {
        type: 'http',
        method,
        url: shownUrl,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        ...(sessionId === undefined ? {} : { sessionId }),
      },
    });
    return response;
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

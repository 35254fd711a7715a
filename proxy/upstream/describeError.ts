// Turns an error from anywhere below (Node, fetch, the SDK) into one line a person can act on.
import { UnauthorizedError } from '@modelcontextprotocol/client';

/** How the description of a connection that needs OAuth authorization starts (the CLI keys on it). */
export const AUTHORIZATION_REQUIRED = 'Authorization required';

/**
 * The error's message followed by its causes, e.g. `fetch failed: connect ECONNREFUSED 127.0.0.1:3001`,
 * with the HTTP status in front when the SDK carried one (`HTTP 401: Error POSTing to endpoint: …`).
 */
export function describeError(error: unknown): string {
  if (error instanceof UnauthorizedError) {
    const detail = error.message && error.message !== 'Unauthorized' ? ` (${error.message})` : '';
    return `${AUTHORIZATION_REQUIRED}: the server answered 401${detail}; the Auth tab shows the OAuth steps and the page to authorize in`;
  }
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message && !parts.includes(message)) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  const text = parts.join(': ') || 'Unknown error';
  const status = (error as { data?: { status?: unknown } } | undefined)?.data?.status;
  return typeof status === 'number' && !text.includes(String(status)) ? `HTTP ${status}: ${text}` : text;
}

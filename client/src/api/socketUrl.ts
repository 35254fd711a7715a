// The proxy's WebSocket URL for this page (the token from pageToken.ts goes in its query: a browser
// cannot set headers on a WebSocket, and this URL is only ever sent to the proxy itself).
import { TOKEN_QUERY_PARAM } from '../../../shared/security';
import { SOCKET_PATH } from '../../../shared/inspectorProtocol';
import { SESSION_QUERY_PARAM } from '../../../shared/session/sessionLibraryConstants';

/**
 * The proxy's WebSocket URL for this page, with the token when we have one. A page at `?session=ID`
 * (a saved session opened from the Sessions page) attaches to that session instead of the live one.
 */
export function socketUrl(location: Pick<Location, 'host' | 'protocol'> & { search?: string }, token: string | undefined): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const session = new URLSearchParams(location.search ?? '').get(SESSION_QUERY_PARAM);
  const query = [
    ...(token === undefined ? [] : [`${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`]),
    ...(session === null ? [] : [`${SESSION_QUERY_PARAM}=${encodeURIComponent(session)}`]),
  ];
  return `${scheme}://${location.host}${SOCKET_PATH}${query.length === 0 ? '' : `?${query.join('&')}`}`;
}

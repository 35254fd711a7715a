// The per-launch token: taken from the address bar once, kept in sessionStorage, and put on the
// WebSocket URL. The proxy also sets a cookie on first load; the query parameter is belt and braces.
import { TOKEN_QUERY_PARAM } from '../../../shared/security';
import { SOCKET_PATH } from '../../../shared/inspectorProtocol';
import { SESSION_QUERY_PARAM } from '../../../shared/session/sessionLibraryConstants';

const STORAGE_KEY = 'mcp-inspect.token';

/** The parts of `window` this module touches, so tests can pass plain objects. */
export interface TokenEnvironment {
  location: Pick<Location, 'href' | 'host' | 'protocol'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Moves the token from the address bar into session storage (so it is not left in the history, in
 * bookmarks or on screen) and returns the token to use, if any.
 */
export function takeToken(env: TokenEnvironment): string | undefined {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY_PARAM);
  if (fromUrl !== null) {
    url.searchParams.delete(TOKEN_QUERY_PARAM);
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    try {
      env.storage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the cookie still authenticates this page.
    }
    return fromUrl;
  }
  try {
    return env.storage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

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

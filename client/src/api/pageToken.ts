// The per-launch token, as this page holds it. It arrives in the URL fragment (`/#token=…`, which
// browsers never send to a server) and stays there, so a reload still works; a `?token=` from an old
// link is moved into the fragment. It lives only in this module's memory and the address bar: no
// cookie (browsers send a 127.0.0.1 cookie to every port of 127.0.0.1), no session or local storage.
// It goes to the proxy as a Bearer header on fetch and on the socket URL. See README, "Security".
import { TOKEN_QUERY_PARAM } from '../../../shared/security';

/** The parts of `window` this module touches, so tests can pass plain objects. */
export interface TokenEnvironment {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

let pageToken: string | undefined;

/** Reads the token from the address bar (moving a `?token=` into the fragment) and keeps it for this page. */
export function takeToken(env: TokenEnvironment): string | undefined {
  const url = new URL(env.location.href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const fromQuery = url.searchParams.get(TOKEN_QUERY_PARAM);
  if (fromQuery !== null) {
    url.searchParams.delete(TOKEN_QUERY_PARAM);
    fragment.set(TOKEN_QUERY_PARAM, fromQuery);
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}#${fragment.toString()}`);
  }
  pageToken = fragment.get(TOKEN_QUERY_PARAM) ?? undefined;
  return pageToken;
}

/** Headers that authenticate a fetch to the proxy's `/api`. */
export function authorizationHeaders(): Record<string, string> {
  return pageToken === undefined ? {} : { Authorization: `Bearer ${pageToken}` };
}

/** A same-origin page path with the token in its fragment, for a link that opens another page of the inspector. */
export function withTokenFragment(pagePath: string): string {
  return pageToken === undefined ? pagePath : `${pagePath}#${TOKEN_QUERY_PARAM}=${encodeURIComponent(pageToken)}`;
}

// Names both sides agree on for the per-launch token, and how it travels (see README, "Security").

/**
 * The name of the token in the URL the CLI prints (`/#token=…`, a fragment: browsers never send it to
 * any server), on the socket URL (`?token=…`), and accepted as a query parameter by non-browser clients.
 */
export const TOKEN_QUERY_PARAM = 'token';

/** The environment variable that fixes the token instead of a random one. */
export const TOKEN_ENV_VAR = 'MCP_INSPECT_TOKEN';

/** The URL to open: the UI at `origin`, with the token in the fragment so reloads keep it. */
export function pageUrlWithToken(origin: string, token: string): string {
  return `${origin}/#${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`;
}

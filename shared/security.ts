// Names both sides agree on for the per-launch token.

/** The query parameter that carries the token in the URL the CLI prints (and on the socket URL). */
export const TOKEN_QUERY_PARAM = 'token';

/** The environment variable that fixes the token instead of a random one. */
export const TOKEN_ENV_VAR = 'MCP_INSPECT_TOKEN';

/**
 * The cookie the proxy sets once a page proved it holds the token, so that reloads and the socket
 * work after the token was removed from the address bar. Named per port because browsers share
 * cookies between ports of one host.
 */
export function tokenCookieName(port: number): string {
  return `mcp_inspect_token_${port}`;
}

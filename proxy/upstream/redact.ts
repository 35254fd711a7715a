// Secrets never reach the log or a session file: URLs are masked before they are written into a
// transport event. Header values and env values are never written into events at all; targets written
// to a session file are masked with redactTarget.
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { isStdioTarget } from '../../shared/isStdioTarget';

const MASK = '***';

/** Query parameters whose values are credentials by their usual names. */
const SECRET_PARAM = /(token|key|secret|password|passwd|auth|signature|sig|credential)/i;

/** A URL as it may be shown: user info and credential-like query values masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username) parsed.username = MASK;
  if (parsed.password) parsed.password = MASK;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, MASK);
  }
  return parsed.href;
}

/** A command line for display, each word quoted only when it needs to be. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(' ');
}

/** Header names whose values are not credentials; every other header value is masked in a session file. */
const HARMLESS_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'user-agent', 'mcp-protocol-version', 'cache-control']);

/**
 * A target as it may be written to a session file: every env value masked (names kept), every header
 * value masked unless harmless by name, URL credentials masked. Command and args are kept: a user who
 * puts a secret on the command line can see it in `ps` too.
 */
export function redactTarget(target: ConnectionTarget): ConnectionTarget {
  if (isStdioTarget(target)) return { ...target, env: Object.fromEntries(Object.keys(target.env).map((name) => [name, MASK])) };
  const headers = Object.fromEntries(Object.entries(target.headers).map(([name, value]) => [name, HARMLESS_HEADERS.has(name.toLowerCase()) ? value : MASK]));
  const oauth = target.oauth?.clientSecret === undefined ? target.oauth : { ...target.oauth, clientSecret: MASK };
  return { ...target, url: redactUrl(target.url), headers, ...(oauth === undefined ? {} : { oauth }) };
}

/**
 * The secret strings a target carries (env values, masked header values, URL credentials and
 * credential-like query values), so that a recorder can also scrub them from text a server echoes.
 */
export function targetSecrets(target: ConnectionTarget): string[] {
  if (isStdioTarget(target)) return Object.values(target.env);
  const secrets = Object.entries(target.headers)
    .filter(([name]) => !HARMLESS_HEADERS.has(name.toLowerCase()))
    .flatMap(([, value]) => [value, ...value.split(/\s+/)]);
  if (target.oauth?.clientSecret !== undefined) secrets.push(target.oauth.clientSecret);
  try {
    const url = new URL(target.url);
    secrets.push(decodeURIComponent(url.username), decodeURIComponent(url.password));
    for (const [name, value] of url.searchParams) if (SECRET_PARAM.test(name)) secrets.push(value);
  } catch {
    // A target that got this far has a valid URL; nothing to add otherwise.
  }
  return secrets;
}

// The one redaction of the inspector: what may be shown of a target, a URL, an HTTP exchange or a line
// of text, wherever it goes (session files, the Log export, the Network tab, the events sent to the page).
// Everything that may be a credential is masked: env values, header values (unless the header is on the
// known-safe list below), URL credentials, OAuth secrets and tokens, and any of those values a server
// echoes into a message or a stderr line.
import type { ConnectionSummary, ConnectionTarget } from '../connectionTypes';
import { isStdioTarget } from '../isStdioTarget';

/** What a secret is replaced with. A recorded target holding it needs the secret given again to run. */
export const MASK = '***';

/** Shorter values ("1", "yes") are too common to scrub from free text without mangling it. */
const MIN_SECRET_LENGTH = 4;

/** Query parameters whose values are credentials by their usual names. */
const SECRET_PARAM = /(token|key|secret|password|passwd|auth|signature|sig|credential)/i;

/** Fields of an OAuth form or JSON body (and URL query) whose values are secrets. */
const SECRET_FIELDS = new Set([
  'code',
  'code_verifier',
  'client_secret',
  'access_token',
  'refresh_token',
  'id_token',
  'client_assertion',
  'assertion',
  'subject_token',
  'actor_token',
  'password',
  'registration_access_token',
]);

/**
 * Headers whose values are never credentials: protocol and content negotiation, caching, the server's
 * challenge. Every other header value is masked, whatever its name: `X-Customer` may hold a secret too.
 */
const SAFE_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'accept-ranges',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-max-age',
  'age',
  'cache-control',
  'connection',
  'content-encoding',
  'content-language',
  'content-length',
  'content-type',
  'date',
  'etag',
  'expires',
  'host',
  'keep-alive',
  'last-event-id',
  'last-modified',
  'location',
  'mcp-method',
  'mcp-name',
  'mcp-protocol-version',
  'mcp-session-id',
  'pragma',
  'retry-after',
  'server',
  'transfer-encoding',
  'user-agent',
  'vary',
  'www-authenticate',
  'x-powered-by',
]);

/** Whether a header's value is shown as it is (everything else is masked). */
export function isSafeHeader(name: string): boolean {
  return SAFE_HEADERS.has(name.toLowerCase());
}

/** A URL as it may be shown: user info, credential-like query values and OAuth secrets (`code`, …) masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  if (parsed.username) parsed.username = MASK;
  if (parsed.password) parsed.password = MASK;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_PARAM.test(name) || SECRET_FIELDS.has(name)) {
      parsed.searchParams.set(name, MASK);
      changed = true;
    }
  }
  return changed || parsed.username || parsed.password ? parsed.href : url;
}

/** One header value as it may be shown: Authorization keeps its scheme, a Location its safe parts. */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'location') return redactUrl(value);
  if (SAFE_HEADERS.has(lower)) return value;
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^(\S+)\s+\S/.exec(value)?.[1];
    return scheme ? `${scheme} ${MASK}` : MASK;
  }
  return MASK;
}

/** Any HeadersInit (or Headers) as a plain object with lower-case names, values masked. */
export function maskHeaders(headers: HeadersInit | undefined): Record<string, string> {
  const masked: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (masked[name] = maskHeaderValue(name, value)));
  return masked;
}

/** A form-encoded or JSON body with its secret fields masked; other text is returned as is. */
export function maskBody(body: string, contentType: string | null | undefined): string {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    for (const name of [...new Set(form.keys())]) if (SECRET_FIELDS.has(name)) form.set(name, MASK);
    return form.toString();
  }
  try {
    return JSON.stringify(maskJson(JSON.parse(body)), null, 2);
  } catch {
    return type.includes('json') ? MASK : body;
  }
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_FIELDS.has(key) && typeof inner === 'string' ? MASK : maskJson(inner)]));
}

/**
 * A target as it may leave the proxy's memory (session file, page, export): every env value masked
 * (names kept), every header value masked unless safe by name, URL credentials and the OAuth client
 * secret masked. Command and args are kept: a user who puts a secret on the command line can see it
 * in `ps` too.
 */
export function redactTarget(target: ConnectionTarget): ConnectionTarget {
  if (isStdioTarget(target)) return { ...target, env: Object.fromEntries(Object.keys(target.env).map((name) => [name, MASK])) };
  const headers = Object.fromEntries(Object.entries(target.headers).map(([name, value]) => [name, maskHeaderValue(name, value)]));
  const oauth = target.oauth?.clientSecret === undefined ? target.oauth : { ...target.oauth, clientSecret: MASK };
  return { ...target, url: redactUrl(target.url), headers, ...(oauth === undefined ? {} : { oauth }) };
}

/** A connection summary as the page gets it: its target redacted (the page never holds a secret). */
export function redactSummary(summary: ConnectionSummary): ConnectionSummary {
  return { ...summary, target: redactTarget(summary.target) };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The values of `submitted` that are still the mask of the same entry in `stored`, given back. */
function restoreValues(submitted: Record<string, string>, stored: Record<string, string>, masked: (name: string, value: string) => string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(submitted).map(([name, value]) => {
      const original = Object.hasOwn(stored, name) ? stored[name] : undefined;
      return [name, original !== undefined && value !== original && value === masked(name, original) ? original : value];
    }),
  );
}

/**
 * A target the page sent back, with every value it left as the proxy showed it (`***`, `Bearer ***`, a
 * masked URL) replaced by the stored secret: the page edits a connection without ever holding its
 * secrets, and an unchanged field keeps its value. Fields the person changed are taken as typed. Only
 * for the same server (the same command, or the same URL origin).
 */
export function restoreMaskedSecrets(submitted: ConnectionTarget, stored: ConnectionTarget | undefined): ConnectionTarget {
  if (stored === undefined) return submitted;
  if (isStdioTarget(submitted)) {
    const sameServer = isStdioTarget(stored) && stored.command === submitted.command;
    return sameServer ? { ...submitted, env: restoreValues(submitted.env, stored.env, () => MASK) } : submitted;
  }
  // A secret goes back only to the server it was given for, never to another origin.
  if (isStdioTarget(stored) || originOf(stored.url) !== originOf(submitted.url)) return submitted;
  const headers = restoreValues(submitted.headers, stored.headers, maskHeaderValue);
  const url = submitted.url === redactUrl(stored.url) ? stored.url : submitted.url;
  const secret = stored.oauth?.clientSecret;
  const oauth = submitted.oauth?.clientSecret === MASK && secret !== undefined ? { ...submitted.oauth, clientSecret: secret } : submitted.oauth;
  return { ...submitted, url, headers, ...(oauth === undefined ? {} : { oauth }) };
}

/** An Authorization scheme is shown (`Bearer ***`), so it is not a secret to scrub from text. */
const AUTH_SCHEME = /^(Basic|Bearer|Digest|DPoP|Token)$/i;

/**
 * The secret strings a target carries (env values, masked header values and their words, URL
 * credentials, credential-like query values, the OAuth client secret), to scrub from text a server echoes.
 */
export function targetSecrets(target: ConnectionTarget): string[] {
  if (isStdioTarget(target)) return Object.values(target.env);
  const secrets = Object.entries(target.headers)
    .filter(([name]) => !SAFE_HEADERS.has(name.toLowerCase()))
    .flatMap(([, value]) => [value, ...value.split(/\s+/).filter((word) => !AUTH_SCHEME.test(word))]);
  if (target.oauth?.clientSecret !== undefined) secrets.push(target.oauth.clientSecret);
  try {
    const url = new URL(target.url);
    secrets.push(decodeURIComponent(url.username), decodeURIComponent(url.password));
    for (const [name, value] of url.searchParams) if (SECRET_PARAM.test(name) || SECRET_FIELDS.has(name)) secrets.push(value);
  } catch {
    // A target that got this far has a valid URL; nothing to add otherwise.
  }
  return secrets;
}

/** `Bearer <credential>` (or DPoP) anywhere in the text, e.g. an Authorization header a server echoes. */
const BEARER_VALUE = /\b((?:Bearer|DPoP)\s+)(?!\*\*\*)[A-Za-z0-9\-._~+/]{4,}=*/g;
/** OAuth credential fields of a JSON object (escaped or not), e.g. a token response a server echoes. */
const TOKEN_FIELD = /((?:\\)?"(?:access_token|refresh_token|id_token|client_secret|code_verifier)(?:\\)?"\s*:\s*(?:\\)?")(?!\*\*\*)(?:[^"\\]|\\[^"])*((?:\\)?")/g;

/** Object fields whose string values are OAuth credentials (what TOKEN_FIELD finds in text). */
const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'id_token', 'client_secret', 'code_verifier']);

/**
 * The second line of defence: the structured fields are masked by redactTarget, and this replaces any
 * known secret value wherever it appears, plus bearer credentials and OAuth token fields it never
 * learned (tokens obtained by OAuth are not known in advance). `scrubValue` does it on a parsed value
 * (each string once, the patterns only where a cheap look finds their words), `scrub` on JSON text.
 */
export class SecretScrubber {
  /** Each secret as it appears inside a JSON string (escaped). */
  private readonly secrets = new Set<string>();
  /** Each secret as it is. */
  private readonly rawSecrets = new Set<string>();

  learn(values: Iterable<string>): void {
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH || value === MASK) continue;
      this.secrets.add(JSON.stringify(value).slice(1, -1));
      this.rawSecrets.add(value);
    }
  }

  /** The JSON text with every known secret, bearer credential and OAuth token field masked. */
  scrub(json: string): string {
    return this.scrubKnown(json).replace(BEARER_VALUE, `$1${MASK}`).replace(TOKEN_FIELD, `$1${MASK}$2`);
  }

  /** The JSON text with every known secret masked (cheap: nothing to do until a secret is learned). */
  scrubKnown(json: string): string {
    let text = json;
    for (const secret of this.secrets) if (text.includes(secret)) text = text.replaceAll(secret, MASK);
    return text;
  }

  /**
   * A JSON value with what `scrub` masks in its text masked in its strings (keys included), and every
   * OAuth token field's string value masked. Copies only the objects on the way to a change: a value
   * with nothing to mask is returned as it is.
   */
  scrubValue<T>(value: T): T {
    return this.scrubAny(value) as T;
  }

  private scrubAny(value: unknown): unknown {
    if (typeof value === 'string') return this.scrubString(value);
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const scrubbed = this.scrubAny(item);
        if (scrubbed !== item) (copy ??= value.slice())[i] = scrubbed;
      }
      return copy ?? value;
    }
    return this.scrubObject(value as Record<string, unknown>);
  }

  private scrubObject(object: Record<string, unknown>): Record<string, unknown> {
    let copy: Record<string, unknown> | undefined;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      const inner = object[key];
      const scrubbed = TOKEN_FIELDS.has(key) && typeof inner === 'string' ? MASK : this.scrubAny(inner);
      const scrubbedKey = this.scrubString(key);
      if (scrubbed === inner && scrubbedKey === key) continue;
      // Rebuilt in order, so the JSON of the copy lists the fields as the original did.
      copy ??= { ...object };
      if (scrubbedKey !== key) {
        copy = renameKey(copy, key, scrubbedKey);
      }
      copy[scrubbedKey] = scrubbed;
    }
    return copy ?? object;
  }

  private scrubString(text: string): string {
    let out = text;
    for (const secret of this.rawSecrets) if (out.includes(secret)) out = out.replaceAll(secret, MASK);
    if (out.includes('Bearer') || out.includes('DPoP')) out = out.replace(BEARER_VALUE, `$1${MASK}`);
    if (out.includes('_token') || out.includes('client_secret') || out.includes('code_verifier')) out = out.replace(TOKEN_FIELD, `$1${MASK}$2`);
    return out;
  }
}

/** The object with one key renamed in place (same position), as a new object. */
function renameKey(object: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key === from ? to : key, value]));
}

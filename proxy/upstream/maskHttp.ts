// Masks the credentials of one HTTP exchange before it is recorded: header values that are credentials
// (Authorization keeps its scheme), and in URLs and bodies the OAuth secrets — authorization codes,
// PKCE verifiers, client secrets, tokens. What is left is what a person debugging a connection needs.
import { redactUrl } from './redact';

const MASK = '***';

/** Headers whose values are credentials. WWW-Authenticate is not one: it is the server's challenge. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'dpop']);
/** Other header names that usually carry a credential (x-api-key, x-auth-token, …). */
const CREDENTIAL_HEADER_NAME = /(token|key|secret|password|credential|session-?auth)/i;
/** Headers whose value is never a credential, whatever the pattern above says. */
const SAFE_HEADERS = new Set(['www-authenticate', 'mcp-session-id', 'mcp-protocol-version', 'content-type', 'accept']);

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

export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (SAFE_HEADERS.has(lower)) return value;
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^(\S+)\s+\S/.exec(value)?.[1];
    return scheme ? `${scheme} ${MASK}` : MASK;
  }
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_NAME.test(lower) ? MASK : value;
}

/** Any HeadersInit (or Headers) as a plain object, values masked. */
export function maskHeaders(headers: HeadersInit | undefined): Record<string, string> {
  const masked: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (masked[name] = maskHeaderValue(name, value)));
  return masked;
}

/** A URL with user info, credential-like query values and OAuth secrets (`code`, …) masked. */
export function maskUrl(url: string): string {
  const shown = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(shown);
  } catch {
    return shown;
  }
  let changed = false;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_FIELDS.has(name)) {
      parsed.searchParams.set(name, MASK);
      changed = true;
    }
  }
  return changed ? parsed.href : shown;
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

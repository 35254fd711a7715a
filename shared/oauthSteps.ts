// The steps of an MCP OAuth authorization (spec: basic/authorization), read from a connection's
// recorded events: which HTTP exchange was which step, and the `auth` events the proxy adds for the
// steps that are not one exchange (the person authorizing in a browser, the callback, a failure).
// Pure, so the live view and a reopened session show the same steps.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization
import type { RecordedEvent, TransportEvent } from './recordedEvent';

/** One HTTP exchange as recorded. */
export type HttpExchange = Extract<TransportEvent, { type: 'http' }>;

export const OAUTH_STEP_LABELS = {
  challenge: '401 + WWW-Authenticate',
  'resource-metadata': 'Protected resource metadata',
  'server-metadata': 'Authorization server metadata',
  registration: 'Client registration',
  authorize: 'Authorization in the browser',
  callback: 'Callback',
  token: 'Token request',
  refresh: 'Token refresh',
  failed: 'Failure',
} as const;
export type OAuthStepId = keyof typeof OAUTH_STEP_LABELS;

export interface OAuthStep {
  step: OAuthStepId;
  seq: number;
  time: number;
  ok: boolean;
  /** What happened, in plain words. */
  summary: string;
  exchange?: HttpExchange;
  /** For `authorize`: the URL to open (http(s) only is ever opened by the UI). */
  authorizationUrl?: string;
}

/** Which OAuth step an HTTP exchange is, if any. */
export function oauthStepOfExchange(exchange: HttpExchange): OAuthStepId | undefined {
  const path = pathOf(exchange.url);
  if (path.includes('/.well-known/oauth-protected-resource')) return 'resource-metadata';
  if (path.includes('/.well-known/oauth-authorization-server') || path.includes('/.well-known/openid-configuration')) return 'server-metadata';
  const body = exchange.requestBody ?? '';
  if (exchange.method === 'POST' && /(^|&)grant_type=refresh_token(&|$)/.test(body)) return 'refresh';
  if (exchange.method === 'POST' && /(^|&)grant_type=/.test(body)) return 'token';
  if (exchange.method === 'POST' && /"redirect_uris"|"client_name"/.test(body)) return 'registration';
  if ((exchange.status === 401 || exchange.status === 403) && headerOf(exchange.responseHeaders, 'www-authenticate') !== undefined) return 'challenge';
  return undefined;
}

/** Every OAuth step of one connection's events, in order. */
export function oauthSteps(events: Iterable<RecordedEvent>): OAuthStep[] {
  const steps: OAuthStep[] = [];
  for (const event of events) {
    if (event.kind !== 'transport') continue;
    const wire = event.event;
    if (wire.type === 'http') {
      const step = oauthStepOfExchange(wire);
      if (step) steps.push({ step, seq: event.seq, time: event.time, ok: isOk(step, wire), summary: summarizeExchange(step, wire), exchange: wire });
    } else if (wire.type === 'auth') {
      const step: OAuthStepId = wire.step === 'authorize' || wire.step === 'callback' || wire.step === 'failed' ? wire.step : wire.step === 'tokens' ? 'token' : 'challenge';
      if (step === 'challenge' || step === 'token') continue;
      steps.push({
        step,
        seq: event.seq,
        time: event.time,
        ok: step !== 'failed',
        summary: wire.message,
        ...(wire.authorizationUrl === undefined ? {} : { authorizationUrl: wire.authorizationUrl }),
      });
    }
  }
  return steps;
}

function isOk(step: OAuthStepId, exchange: HttpExchange): boolean {
  if (step === 'challenge') return true;
  return exchange.status >= 200 && exchange.status < 300;
}

/** What an exchange of a step says, in plain words (the spec's terms in parentheses). */
export function summarizeExchange(step: OAuthStepId, exchange: HttpExchange): string {
  const status = exchange.status;
  const error = oauthErrorOf(exchange.responseBody);
  const failed = (what: string) => `${what} failed with HTTP ${status}${error ? `: ${error}` : ''}`;
  switch (step) {
    case 'challenge': {
      const challenge = headerOf(exchange.responseHeaders, 'www-authenticate') ?? '';
      const scope = /scope="([^"]*)"/.exec(challenge)?.[1];
      if (status === 403 && /insufficient_scope/.test(challenge)) return `The server needs more scope${scope ? ` (${scope})` : ''}: the inspector asks for it again (step-up)`;
      const metadata = /resource_metadata="([^"]*)"/.exec(challenge)?.[1];
      return `The server requires authorization${metadata ? `; it points to its resource metadata at ${metadata}` : '; it names no resource metadata, so the well-known URLs are tried'}`;
    }
    case 'resource-metadata':
      if (status === 404) return 'No protected resource metadata at this URL (RFC 9728); the next candidate is tried';
      return status < 300 ? `The server names its authorization server${authServersOf(exchange.responseBody)}` : failed('Reading the protected resource metadata');
    case 'server-metadata':
      if (status === 404) return 'No authorization server metadata at this URL; the next candidate (OpenID configuration) is tried';
      return status < 300 ? 'Authorization server metadata read (endpoints, PKCE methods, registration)' : failed('Reading the authorization server metadata');
    case 'registration':
      return status < 300 ? 'The client registered dynamically (RFC 7591)' : failed('Dynamic client registration');
    case 'token':
      return status < 300 ? 'The authorization code was exchanged for tokens' : failed('Exchanging the authorization code for tokens');
    case 'refresh':
      return status < 300 ? 'The access token was refreshed' : failed('Refreshing the access token');
    default:
      return `HTTP ${status}`;
  }
}

function authServersOf(body: string | undefined): string {
  try {
    const servers = (JSON.parse(body ?? '') as { authorization_servers?: unknown }).authorization_servers;
    return Array.isArray(servers) && servers.length > 0 ? `: ${servers.join(', ')}` : '';
  } catch {
    return '';
  }
}

/** `error: description` of an OAuth error response body (RFC 6749 §5.2), if it is one. */
export function oauthErrorOf(body: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { error?: unknown; error_description?: unknown };
    if (typeof parsed.error !== 'string') return undefined;
    return typeof parsed.error_description === 'string' ? `${parsed.error} (${parsed.error_description})` : parsed.error;
  } catch {
    return undefined;
  }
}

export function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

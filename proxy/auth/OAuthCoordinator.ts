// OAuth across the inspector's connections: one InspectorOAuthProvider per remote connection (so
// tokens survive reconnects), the callback that completes an authorization the person approved in a
// browser, and the headless variant for `--cli` and the conformance suite, where the authorization
// URL is fetched and its redirect read instead of shown. Each step is recorded on the connection as an
// `auth` event; its HTTP exchanges are recorded by the tapping fetch like every other.
import { auth, type OAuthClientProvider } from '@modelcontextprotocol/client';
import type { RemoteTarget } from '../../shared/connectionTypes';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { describeError } from '../upstream/describeError';
import { createTappingFetch } from '../upstream/tappingFetch';
import { InspectorOAuthProvider } from './InspectorOAuthProvider';
import type { TokenFile } from './tokenFile';

/** Headless authorizations per connection before giving up: a server that never accepts the tokens must not loop us. */
const MAX_HEADLESS_AUTHORIZATIONS = 3;

export interface OAuthCoordinatorOptions {
  /** `browser`: the UI opens the authorization URL; `headless`: it is fetched and its redirect followed. */
  mode: 'browser' | 'headless';
  /** Where the authorization server sends the browser back: the proxy's own callback route. */
  redirectUrl: string;
  tokenFile?: TokenFile;
}

/** What a connection gives the coordinator. */
export interface ConnectionHooks {
  record(event: UnstampedEvent): void;
  /** Opens the connection again (after tokens arrived). */
  reconnect(): void;
}

/** The page the callback answers with, and its status. */
export interface CallbackOutcome {
  status: number;
  title: string;
  message: string;
}

interface ConnectionOAuth {
  provider: InspectorOAuthProvider;
  target: RemoteTarget;
  hooks: ConnectionHooks;
  /** Headless authorizations started so far. */
  headlessAttempts: number;
}

export class OAuthCoordinator {
  private readonly byConnection = new Map<string, ConnectionOAuth>();

  constructor(private readonly options: OAuthCoordinatorOptions) {}

  /** The provider for a connection's current target (a new one when the target or its settings changed). */
  providerFor(connectionId: string, target: RemoteTarget, hooks: ConnectionHooks): OAuthClientProvider {
    const existing = this.byConnection.get(connectionId);
    if (existing && existing.target.url === target.url && JSON.stringify(existing.target.oauth) === JSON.stringify(target.oauth)) {
      existing.hooks = hooks;
      return existing.provider;
    }
    const entry: ConnectionOAuth = {
      target,
      hooks,
      headlessAttempts: 0,
      provider: new InspectorOAuthProvider({
        serverUrl: target.url,
        redirectUrl: this.options.redirectUrl,
        settings: target.oauth,
        ...(this.options.tokenFile === undefined ? {} : { tokenFile: this.options.tokenFile }),
        authorizationNeeded: (url) => this.authorizationNeeded(entry, url),
      }),
    };
    this.byConnection.set(connectionId, entry);
    return entry.provider;
  }

  /** Whether the connection holds tokens (e.g. the headless flow just obtained them). */
  hasTokens(connectionId: string): boolean {
    return this.byConnection.get(connectionId)?.provider.hasTokens() ?? false;
  }

  forget(connectionId: string): void {
    this.byConnection.delete(connectionId);
  }

  /**
   * The authorization server sent the browser back. Which authorization this completes is found by
   * its `state`, which the provider made at random for it: the callback carries no inspector token
   * (the authorization server cannot know it), so `state` is what proves the request belongs to a flow
   * this inspector started (RFC 6749 §10.12), and it is used up at once so it cannot be replayed.
   */
  async handleCallback(params: URLSearchParams): Promise<CallbackOutcome> {
    const state = params.get('state');
    const entry = [...this.byConnection.values()].find((candidate) => candidate.provider.takeState(state));
    if (!entry) {
      return { status: 400, title: 'Unknown authorization', message: 'This callback does not belong to an authorization this inspector started (its state is unknown or was already used).' };
    }
    const ok = await this.complete(entry, params);
    if (ok) entry.hooks.reconnect();
    return ok
      ? { status: 200, title: 'Authorized', message: 'mcp-inspect received the tokens and is reconnecting. You can close this tab.' }
      : { status: 400, title: 'Authorization failed', message: 'The authorization did not complete; the Auth tab of the connection says why.' };
  }

  private async authorizationNeeded(entry: ConnectionOAuth, authorizationUrl: URL): Promise<void> {
    const url = authorizationUrl.href;
    if (this.options.mode === 'browser') {
      entry.hooks.record({
        kind: 'transport',
        event: {
          type: 'auth',
          step: 'authorize',
          message: `Open the authorization page to sign in and approve; the inspector reconnects when the browser comes back to ${this.options.redirectUrl} (a pre-registered client must list that redirect URI)`,
          authorizationUrl: url,
        },
      });
      return;
    }
    if (++entry.headlessAttempts > MAX_HEADLESS_AUTHORIZATIONS) {
      this.fail(entry, `Gave up after ${MAX_HEADLESS_AUTHORIZATIONS} authorizations: the server keeps refusing the tokens it was given`);
      return;
    }
    entry.hooks.record({ kind: 'transport', event: { type: 'auth', step: 'authorize', message: 'Following the authorization URL without a browser (headless)' } });
    const callback = await this.followHeadless(entry, authorizationUrl);
    if (callback && entry.provider.takeState(callback.get('state'))) await this.complete(entry, callback);
    else if (callback) this.fail(entry, 'The authorization server redirected back with a state that does not match the one sent');
  }

  /** Fetches the authorization URL and reads the redirect to our callback: the code, or an error. */
  private async followHeadless(entry: ConnectionOAuth, authorizationUrl: URL): Promise<URLSearchParams | undefined> {
    const fetchFn = createTappingFetch((event) => entry.hooks.record(event));
    let url = authorizationUrl;
    for (let hop = 0; hop < 5; hop++) {
      let response: Response;
      try {
        response = await fetchFn(url, { redirect: 'manual' });
      } catch (error) {
        this.fail(entry, `Could not open the authorization URL: ${describeError(error)}`);
        return undefined;
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        this.fail(entry, `The authorization page answered HTTP ${response.status} instead of redirecting back: it needs a person (run the inspector with its UI, or pass a token with --header "Authorization: Bearer …")`);
        return undefined;
      }
      const next = new URL(location, url);
      if (next.href.startsWith(this.options.redirectUrl)) return next.searchParams;
      url = next;
    }
    this.fail(entry, 'The authorization URL redirected too many times without coming back');
    return undefined;
  }

  /** Exchanges the code of a callback for tokens (the SDK's auth()); false with the reason recorded. */
  private async complete(entry: ConnectionOAuth, params: URLSearchParams): Promise<boolean> {
    const error = params.get('error');
    if (error !== null) {
      const description = params.get('error_description');
      this.fail(entry, `The authorization server refused the authorization: ${error}${description ? ` (${description})` : ''}${hintFor(error)}`);
      return false;
    }
    const code = params.get('code');
    if (code === null) {
      this.fail(entry, 'The callback carried neither a code nor an error');
      return false;
    }
    entry.hooks.record({ kind: 'transport', event: { type: 'auth', step: 'callback', message: 'The authorization server sent the browser back with a code' } });
    try {
      const iss = params.get('iss');
      await auth(entry.provider, {
        serverUrl: entry.target.url,
        authorizationCode: code,
        ...(iss === null ? {} : { iss }),
        ...(entry.target.oauth?.scope === undefined ? {} : { scope: entry.target.oauth.scope }),
        fetchFn: createTappingFetch((event) => entry.hooks.record(event)),
      });
    } catch (cause) {
      this.fail(entry, `Exchanging the code for tokens failed: ${describeError(cause)}`);
      return false;
    }
    entry.hooks.record({ kind: 'transport', event: { type: 'auth', step: 'tokens', message: 'Tokens received' } });
    return true;
  }

  private fail(entry: ConnectionOAuth, message: string): void {
    entry.hooks.record({ kind: 'transport', event: { type: 'auth', step: 'failed', message } });
  }
}

/** What a person can do about an OAuth error code of the authorization response (RFC 6749 §4.1.2.1). */
function hintFor(error: string): string {
  switch (error) {
    case 'invalid_scope':
      return '. Check the scope in the connection\'s OAuth settings against the scopes the server supports (its metadata lists them).';
    case 'access_denied':
      return '. The authorization was declined.';
    case 'unauthorized_client':
      return '. This client may not use the authorization code grant; check its registration.';
    default:
      return '';
  }
}

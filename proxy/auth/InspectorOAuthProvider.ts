// The inspector as an OAuth client of one remote server: the SDK's OAuthClientProvider contract, with
// tokens and the registered client kept in memory (and, if the user asked, in a 0600 file). The SDK's
// auth() does every step of the flow (discovery, registration, PKCE, token exchange, refresh,
// step-up); this only stores what it hands over and says where the person must go to authorize.
import { randomBytes } from 'node:crypto';
import {
  validateClientMetadataUrl,
  type OAuthClientInformationContext,
  type OAuthClientMetadata,
  type OAuthDiscoveryState,
  type OAuthClientProvider,
  type StoredOAuthClientInformation,
  type StoredOAuthTokens,
} from '@modelcontextprotocol/client';
import type { OAuthClientSettings } from '../../shared/connectionTypes';
import type { TokenFile } from './tokenFile';

export interface InspectorOAuthProviderOptions {
  /** The MCP server's URL: the key under which a token file keeps this server's credentials. */
  serverUrl: string;
  /** The proxy's callback URL (browser flow) or the one the headless flow intercepts. */
  redirectUrl: string;
  settings: OAuthClientSettings | undefined;
  /** Called with the authorization URL the person (or the headless flow) must open, and its state. */
  authorizationNeeded(authorizationUrl: URL, state: string): void | Promise<void>;
  tokenFile?: TokenFile;
}

export class InspectorOAuthProvider implements OAuthClientProvider {
  readonly clientMetadataUrl: string | undefined;
  private storedTokens: StoredOAuthTokens | undefined;
  private registered: StoredOAuthClientInformation | undefined;
  private verifier: string | undefined;
  /** What discovery found at redirect time, so the callback leg is bound to the same authorization server. */
  private discovery: OAuthDiscoveryState | undefined;
  /** The `state` of the authorization now under way; the callback must bring it back. */
  private pendingState: string | undefined;

  constructor(private readonly options: InspectorOAuthProviderOptions) {
    this.clientMetadataUrl = options.settings?.clientMetadataUrl;
    validateClientMetadataUrl(this.clientMetadataUrl);
    const saved = options.tokenFile?.read(options.serverUrl);
    this.storedTokens = saved?.tokens;
    this.registered = saved?.client;
  }

  get redirectUrl(): string {
    return this.options.redirectUrl;
  }

  get clientMetadata(): OAuthClientMetadata {
    const secret = this.options.settings?.clientSecret;
    return {
      client_name: 'mcp-inspect',
      redirect_uris: [this.options.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: secret === undefined ? 'none' : 'client_secret_post',
      ...(this.options.settings?.scope === undefined ? {} : { scope: this.options.settings.scope }),
    };
  }

  state(): string {
    this.pendingState = randomBytes(24).toString('base64url');
    return this.pendingState;
  }

  /** Whether `state` is the one of the authorization under way (then it is used up). */
  takeState(state: string | null): boolean {
    if (this.pendingState === undefined || state !== this.pendingState) return false;
    this.pendingState = undefined;
    return true;
  }

  clientInformation(ctx?: OAuthClientInformationContext): StoredOAuthClientInformation | undefined {
    const { clientId, clientSecret } = this.options.settings ?? {};
    // A pre-registered client is the user's statement that it belongs to this server's authorization server.
    const issuer = ctx?.issuer === undefined ? {} : { issuer: ctx.issuer };
    if (clientId !== undefined) return { client_id: clientId, ...(clientSecret === undefined ? {} : { client_secret: clientSecret }), ...issuer };
    // A registration belongs to the authorization server that issued it: when the server's protected
    // resource metadata moves to another one, the client registers there anew (SEP-2352).
    const registeredElsewhere = this.registered?.issuer !== undefined && ctx?.issuer !== undefined && this.registered.issuer !== ctx.issuer;
    return registeredElsewhere ? undefined : this.registered;
  }

  saveClientInformation(client: StoredOAuthClientInformation, ctx?: OAuthClientInformationContext): void {
    this.registered = client.issuer === undefined && ctx?.issuer !== undefined ? { ...client, issuer: ctx.issuer } : client;
    this.persist();
  }

  tokens(): StoredOAuthTokens | undefined {
    return this.storedTokens;
  }

  saveTokens(tokens: StoredOAuthTokens): void {
    this.storedTokens = tokens;
    // The discovery served this authorization; the next one (a refused token, a refresh) reads the
    // server's protected resource metadata again, which may name another authorization server (SEP-2352).
    this.discovery = undefined;
    this.persist();
  }

  hasTokens(): boolean {
    return this.storedTokens !== undefined;
  }

  async redirectToAuthorization(authorizationUrl: URL): Promise<void> {
    // The SDK picks the scope from the server's challenge or metadata; a scope the user set wins.
    const scope = this.options.settings?.scope;
    if (scope !== undefined) authorizationUrl.searchParams.set('scope', scope);
    await this.options.authorizationNeeded(authorizationUrl, this.pendingState ?? '');
  }

  saveCodeVerifier(codeVerifier: string): void {
    this.verifier = codeVerifier;
  }

  codeVerifier(): string {
    if (this.verifier === undefined) throw new Error('No authorization is under way (no PKCE code verifier was saved)');
    return this.verifier;
  }

  saveDiscoveryState(state: OAuthDiscoveryState): void {
    this.discovery = state;
  }

  discoveryState(): OAuthDiscoveryState | undefined {
    return this.discovery;
  }

  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery'): void {
    if (scope === 'all' || scope === 'tokens') this.storedTokens = undefined;
    if (scope === 'all' || scope === 'client') this.registered = undefined;
    if (scope === 'all' || scope === 'verifier') this.verifier = undefined;
    if (scope === 'all' || scope === 'discovery') this.discovery = undefined;
    this.persist();
  }

  private persist(): void {
    this.options.tokenFile?.write(this.options.serverUrl, { tokens: this.storedTokens, client: this.registered });
  }
}

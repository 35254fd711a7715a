// A fixture MCP server behind a real OAuth 2.1 authorization server, both on one loopback port:
// the SDK's server-side auth (v1 `@modelcontextprotocol/sdk`: mcpAuthRouter with its discovery,
// dynamic registration, authorize and token handlers, and requireBearerAuth in front of /mcp) over an
// in-memory provider that approves every authorization at once (no login page), and an SDK v2
// McpServer over Streamable HTTP. Prints `listening <mcp url>` on stdout when ready.
// Options: --port N, --token-ttl SECONDS (short, to exercise refresh), --client-id ID --client-secret S
// --redirect-uri URI (a pre-registered client), --scopes "a b" (supported; the first is required
// unless --required-scope names another, e.g. one the authorization server refuses).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { McpServer } from '@modelcontextprotocol/server';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { OAuthClientInformationFull, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { AuthorizationParams, OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { InvalidGrantError, InvalidScopeError, InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { mcpAuthRouter, getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import express, { type Response } from 'express';
import { z } from 'zod';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '0' },
    'token-ttl': { type: 'string', default: '3600' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'redirect-uri': { type: 'string' },
    scopes: { type: 'string', default: 'mcp:tools mcp:admin' },
    'required-scope': { type: 'string' },
  },
});
const tokenTtlSeconds = Number(options['token-ttl']);
const supportedScopes = options.scopes.split(' ').filter(Boolean);
/** The scope /mcp requires; one the authorization server does not support makes every authorization fail. */
const requiredScope = options['required-scope'] ?? supportedScopes[0]!;

interface IssuedToken {
  clientId: string;
  scopes: string[];
  expiresAt: number;
  resource?: URL;
}

class InMemoryProvider implements OAuthServerProvider {
  private readonly clients = new Map<string, OAuthClientInformationFull>();
  private readonly codes = new Map<string, { client: OAuthClientInformationFull; params: AuthorizationParams }>();
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, IssuedToken>();

  readonly clientsStore = {
    getClient: (id: string) => this.clients.get(id),
    registerClient: (client: OAuthClientInformationFull) => {
      this.clients.set(client.client_id, client);
      return client;
    },
  };

  /** Approves at once, as if the person clicked "Allow"; unknown scopes are refused (RFC 6749 §4.1.2.1). */
  async authorize(client: OAuthClientInformationFull, params: AuthorizationParams, res: Response): Promise<void> {
    const unknown = (params.scopes ?? []).filter((scope) => !supportedScopes.includes(scope));
    if (unknown.length > 0) throw new InvalidScopeError(`Unknown scope: ${unknown.join(' ')}`);
    const code = randomUUID();
    this.codes.set(code, { client, params });
    const target = new URL(params.redirectUri);
    target.searchParams.set('code', code);
    if (params.state !== undefined) target.searchParams.set('state', params.state);
    res.redirect(target.href);
  }

  async challengeForAuthorizationCode(_client: OAuthClientInformationFull, code: string): Promise<string> {
    const issued = this.codes.get(code);
    if (!issued) throw new InvalidGrantError('Unknown authorization code');
    return issued.params.codeChallenge;
  }

  async exchangeAuthorizationCode(client: OAuthClientInformationFull, code: string): Promise<OAuthTokens> {
    const issued = this.codes.get(code);
    if (!issued || issued.client.client_id !== client.client_id) throw new InvalidGrantError('The authorization code is unknown or not this client\'s');
    this.codes.delete(code);
    const scopes = issued.params.scopes?.length ? issued.params.scopes : [requiredScope];
    return this.issue({ clientId: client.client_id, scopes, expiresAt: 0, ...(issued.params.resource ? { resource: issued.params.resource } : {}) });
  }

  async exchangeRefreshToken(client: OAuthClientInformationFull, refreshToken: string): Promise<OAuthTokens> {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== client.client_id) throw new InvalidGrantError('Unknown refresh token');
    this.refreshTokens.delete(refreshToken);
    return this.issue(grant);
  }

  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const issued = this.accessTokens.get(token);
    if (!issued || issued.expiresAt < Date.now()) throw new InvalidTokenError('The access token is unknown or expired');
    return { token, clientId: issued.clientId, scopes: issued.scopes, expiresAt: Math.floor(issued.expiresAt / 1000), ...(issued.resource ? { resource: issued.resource } : {}) };
  }

  private issue(grant: IssuedToken): OAuthTokens {
    const accessToken = `at-${randomUUID()}`;
    const refreshToken = `rt-${randomUUID()}`;
    this.accessTokens.set(accessToken, { ...grant, expiresAt: Date.now() + tokenTtlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, grant);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: tokenTtlSeconds, refresh_token: refreshToken, scope: grant.scopes.join(' ') };
  }
}

function createMcpServer(clientId: string): McpServer {
  const server = new McpServer({ name: 'oauth-fixture', version: '1.0.0' });
  server.registerTool('whoami', { description: 'Says which OAuth client called it.', inputSchema: z.object({}) }, () => ({
    content: [{ type: 'text', text: `client ${clientId}` }],
  }));
  return server;
}

const provider = new InMemoryProvider();
const app = express();
const listener = app.listen(Number(options.port), '127.0.0.1', () => {
  const { port } = listener.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  const mcpUrl = new URL(`${origin}/mcp`);
  if (options['client-id']) {
    provider.clientsStore.registerClient({
      client_id: options['client-id'],
      ...(options['client-secret'] ? { client_secret: options['client-secret'] } : {}),
      redirect_uris: [options['redirect-uri'] ?? 'http://127.0.0.1/unused'],
      token_endpoint_auth_method: options['client-secret'] ? 'client_secret_post' : 'none',
    });
  }
  app.use(mcpAuthRouter({ provider, issuerUrl: new URL(origin), resourceServerUrl: mcpUrl, scopesSupported: supportedScopes, resourceName: 'OAuth fixture' }));
  const bearer = requireBearerAuth({ verifier: provider, requiredScopes: [requiredScope], resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpUrl) });
  app.all('/mcp', express.json(), bearer, async (request, response) => {
    // Stateless: one server and transport per request, so nothing outlives a request.
    const transport = new NodeStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    const server = createMcpServer((request as { auth?: AuthInfo }).auth?.clientId ?? 'unknown');
    response.on('close', () => void server.close());
    await server.connect(transport);
    await transport.handleRequest(request, response, request.body);
  });
  process.stdout.write(`listening ${mcpUrl.href}\n`);
});

// OAuth against a real authorization server (the SDK's, in e2e/servers/oauthServer.ts) without a
// browser: the flow of `--cli` and the conformance client. The browser flow is e2e/oauth.spec.ts.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthSteps } from '../../shared/oauthSteps';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { startOAuthServer } from '../../e2e/fixtures/oauthServer';
import type { RunningHttpServer } from '../../e2e/fixtures/everythingServer';
import { runCliRequest } from '../cliMode/runCliRequest';
import { Inspector } from '../inspector/Inspector';
import { observeInspector } from '../inspector/observeInspector';
import { createOAuthCoordinator } from './createOAuthCoordinator';

const REDIRECT = 'http://127.0.0.1/mcp-inspect/oauth/callback';
const ofConnection = (events: RecordedEvent[], id: string) => events.filter((event) => event.connectionId === id);

describe('headless OAuth against the SDK authorization server', () => {
  let server: RunningHttpServer;
  beforeAll(async () => (server = await startOAuthServer(['--token-ttl', '2'])), 30_000);
  afterAll(() => server?.stop());

  it('goes 401 → metadata → registration → authorize → token, connects, refreshes an expired token, and records no token', async () => {
    const inspector = new Inspector({ inspectorVersion: 't', isDemo: false }, createOAuthCoordinator({ mode: 'headless', redirectUrl: REDIRECT }));
    const seen = observeInspector(inspector);
    try {
      const { id } = inspector.connect({ transport: 'streamable-http', url: server.url, headers: {} });
      expect(await seen.state(id, ['connected', 'failed'])).toMatchObject({ state: 'failed', error: expect.stringMatching(/^Authorization required/) });
      expect(inspector.oauth?.hasTokens(id)).toBe(true);
      await inspector.get(id).reconnect();
      expect((await seen.state(id, ['connected', 'failed'])).state).toBe('connected');
      expect(await inspector.get(id).request('tools/call', { name: 'whoami', arguments: {} })).toMatchObject({ ok: true });

      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(await inspector.get(id).request('tools/list', undefined)).toMatchObject({ ok: true, result: { tools: [{ name: 'whoami' }] } });

      const steps = oauthSteps(ofConnection(seen.events, id)).map((step) => `${step.step}:${step.ok}`);
      expect(steps.slice(0, 7)).toEqual([
        'challenge:true',
        'resource-metadata:true',
        'server-metadata:true',
        'registration:true',
        'authorize:true',
        'callback:true',
        // The code exchange reuses what discovery found (saved with the PKCE verifier).
        'token:true',
      ]);
      expect(steps).toContain('refresh:true');
      const token = oauthSteps(ofConnection(seen.events, id)).find((step) => step.step === 'token')!;
      expect(token.exchange?.requestBody).toMatch(/code=\*\*\*&code_verifier=\*\*\*|code_verifier=\*\*\*.*code=\*\*\*/);
      expect(JSON.parse(token.exchange?.responseBody ?? '{}')).toMatchObject({ access_token: '***', refresh_token: '***' });
      const recorded = JSON.stringify(seen.events);
      // The fixture's tokens are `at-<uuid>` and `rt-<uuid>`: none may be in any event.
      expect(recorded).not.toMatch(/(at|rt)-[0-9a-f]{8}-[0-9a-f]{4}/);
    } finally {
      await inspector.closeAll();
    }
  }, 40_000);

  it('says in plain words why an authorization was refused (a scope the server does not support)', async () => {
    const inspector = new Inspector({ inspectorVersion: 't', isDemo: false }, createOAuthCoordinator({ mode: 'headless', redirectUrl: REDIRECT }));
    const seen = observeInspector(inspector);
    try {
      const { id } = inspector.connect({ transport: 'streamable-http', url: server.url, headers: {}, oauth: { scope: 'mcp:nope' } });
      await seen.state(id, ['connected', 'failed']);
      const failed = oauthSteps(ofConnection(seen.events, id)).find((step) => step.step === 'failed');
      expect(failed?.summary).toMatch(/refused the authorization: invalid_scope \(Unknown scope: mcp:nope\)\. Check the scope/);
      expect(inspector.oauth?.hasTokens(id)).toBe(false);
    } finally {
      await inspector.closeAll();
    }
  }, 30_000);
});

describe('--cli against a server that requires OAuth', () => {
  let server: RunningHttpServer;
  beforeAll(async () => (server = await startOAuthServer()), 30_000);
  afterAll(() => server?.stop());
  const request = { method: 'tools/list' as const };
  const base = { request, inspectorVersion: 't', timeoutMs: 10_000 };

  it('completes the flow headlessly, keeps tokens in a 0600 file, and a token given as a header works', async () => {
    const tokenFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-oauth-')), 'tokens.json');
    const run = await runCliRequest({ ...base, target: { transport: 'auto', url: server.url, headers: {} }, oauthTokenFile: tokenFile });
    expect(run).toMatchObject({ outcome: 'answered', result: { tools: [{ name: 'whoami' }] } });
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(tokenFile, 'utf8')) as Record<string, { tokens: { access_token: string } }>;
    const accessToken = saved[server.url]!.tokens.access_token;

    const withHeader = await runCliRequest({ ...base, target: { transport: 'auto', url: server.url, headers: { Authorization: `Bearer ${accessToken}` } } });
    expect(withHeader).toMatchObject({ outcome: 'answered' });
  }, 40_000);

  it('ends with auth-required (exit 4) when a wrong client cannot be authorized without a browser', async () => {
    const run = await runCliRequest({ ...base, target: { transport: 'auto', url: server.url, headers: {}, oauth: { clientId: 'not-registered' } } });
    expect(run).toMatchObject({ outcome: 'auth-required', authFailure: expect.stringMatching(/answered HTTP 400 instead of redirecting back/) });
  }, 30_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSandboxServer, type AppSandboxServer } from './appSandboxServer';
import http from 'node:http';
import { appSandboxUrl } from '../../shared/apps/appSandboxUrl';

/** A raw GET, so the Host header can be anything. */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { 'sec-fetch-dest': 'iframe', ...headers } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
  });
}

describe('the app sandbox listener', () => {
  let sandbox: AppSandboxServer;
  beforeAll(async () => {
    sandbox = await startAppSandboxServer(6274);
  });
  afterAll(() => sandbox.close());

  it('serves the sandbox page into a frame of the inspector, under the strict CSP', async () => {
    const page = await get(sandbox.origin, '/sandbox');
    expect(page.status).toBe(200);
    expect(page.body).toContain('ui/notifications/sandbox-proxy-ready');
    expect(page.headers['content-security-policy']).toContain("connect-src 'none'");
    expect(page.headers['content-security-policy']).toContain('frame-ancestors http://127.0.0.1:6274 http://localhost:6274');
    expect(sandbox.origin).not.toBe('http://127.0.0.1:6274');
  });

  it('serves nothing else, to no other host, and not as a top-level page', async () => {
    expect((await get(sandbox.origin, '/api/health')).status).toBe(404);
    expect((await get(sandbox.origin, '/')).status).toBe(404);
    expect((await get(sandbox.origin, '/sandbox', { host: `localhost:${new URL(sandbox.origin).port}` })).status).toBe(403);
    expect((await get(sandbox.origin, '/sandbox', { host: 'evil.example' })).status).toBe(403);
    expect((await get(sandbox.origin, '/sandbox', { 'sec-fetch-dest': 'document' })).status).toBe(403);
    expect((await get(sandbox.origin, '/sandbox?csp=%25%25')).status).toBe(400);
  });

  it('widens the CSP by exactly the domains the resource declared, dropping what is not an origin', async () => {
    const declared = { connectDomains: ['https://api.example.com', "https://x.example; script-src 'unsafe-eval'"], resourceDomains: ['https://cdn.example.com'] };
    const page = await get(sandbox.origin, new URL(appSandboxUrl(sandbox.origin, declared)).pathname + new URL(appSandboxUrl(sandbox.origin, declared)).search);
    const csp = page.headers['content-security-policy']!;
    expect(csp).toContain('connect-src https://api.example.com;');
    expect(csp).toContain("script-src 'unsafe-inline' https://cdn.example.com;");
    expect(csp).not.toContain('unsafe-eval');
  });
});


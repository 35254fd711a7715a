import { describe, expect, it } from 'vitest';
import { createRequestGuard, isOriginFormTarget, type GuardedRequest, type RequestKind } from './requestGuard';

const port = 6280;
const token = 'the-right-token_123';
const guard = createRequestGuard({ port, token });
const host = `127.0.0.1:${port}`;

function check(headers: GuardedRequest['headers'], url = '/api/health', kind: RequestKind = 'http') {
  return guard({ headers, url }, kind);
}

describe('requestGuard: Host (DNS rebinding)', () => {
  it('accepts the loopback names with this port', () => {
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect(check({ host: name, authorization: `Bearer ${token}` })).toEqual({ ok: true });
    }
  });

  it('refuses any other Host, a missing one, or another port, even with the token', () => {
    for (const name of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `0.0.0.0:${port}`, undefined]) {
      expect(check({ host: name, authorization: `Bearer ${token}` })).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('accepts a Host without port only when the port is 80', () => {
    const guard80 = createRequestGuard({ port: 80, token });
    expect(guard80({ headers: { host: 'localhost', authorization: `Bearer ${token}` }, url: '/api/health' }, 'http')).toMatchObject({ ok: true });
  });
});

describe('requestGuard: Origin and Sec-Fetch-Site', () => {
  it('accepts this origin and requests without Origin', () => {
    expect(check({ host, origin: `http://127.0.0.1:${port}`, authorization: `Bearer ${token}` })).toMatchObject({ ok: true });
    expect(check({ host, origin: `http://localhost:${port}`, authorization: `Bearer ${token}` })).toMatchObject({ ok: true });
    expect(check({ host, authorization: `Bearer ${token}` })).toMatchObject({ ok: true });
  });

  it('refuses a foreign, look-alike or null Origin', () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port}/`, 'null']) {
      expect(check({ host, origin, authorization: `Bearer ${token}` })).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses a WebSocket upgrade without Origin', () => {
    expect(check({ host, authorization: `Bearer ${token}` }, '/api/socket', 'upgrade')).toMatchObject({ ok: false, status: 403 });
    expect(check({ host, origin: `http://127.0.0.1:${port}` }, `/api/socket?token=${token}`, 'upgrade')).toMatchObject({ ok: true });
  });

  it('refuses what the browser calls cross-site or same-site', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(check({ host, 'sec-fetch-site': site, authorization: `Bearer ${token}` })).toMatchObject({ ok: false, status: 403 });
    }
    for (const site of ['same-origin', 'none']) {
      expect(check({ host, 'sec-fetch-site': site, authorization: `Bearer ${token}` })).toMatchObject({ ok: true });
    }
  });

  it('checks Host and Origin before the token (403 wins over 401)', () => {
    expect(check({ host: 'evil.example' })).toMatchObject({ status: 403 });
  });
});

describe('requestGuard: token', () => {
  it('refuses a request without a token, with a hint to open the printed URL', () => {
    const verdict = check({ host });
    expect(verdict).toMatchObject({ ok: false, status: 401 });
    expect(!verdict.ok && verdict.message).toMatch(/open the URL printed by mcp-inspect/);
  });

  it('accepts the token as a Bearer header or query parameter', () => {
    expect(check({ host, authorization: `bearer ${token}` })).toEqual({ ok: true });
    expect(check({ host }, `/?token=${encodeURIComponent(token)}`)).toEqual({ ok: true });
  });

  it('never accepts a cookie: browsers send 127.0.0.1 cookies to every port, so other local servers would get it', () => {
    expect(check({ host, cookie: `mcp_inspect_token_${port}=${token}` })).toMatchObject({ ok: false, status: 401 });
    expect(check({ host, cookie: `token=${token}` }, '/api/socket', 'upgrade')).toMatchObject({ ok: false, status: 403 });
    expect(check({ host, origin: `http://127.0.0.1:${port}`, cookie: `token=${token}` }, '/api/socket', 'upgrade')).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses wrong, prefixed, or other-port tokens', () => {
    const wrong = [
      { headers: { host, authorization: 'Bearer not-it' }, url: '/api/health' },
      { headers: { host, authorization: `Bearer ${token}x` }, url: '/api/health' },
      { headers: { host, authorization: `Basic ${token}` }, url: '/api/health' },
      { headers: { host }, url: `/?token=${token.slice(0, -1)}` },
      { headers: { host }, url: '/?token=' },
    ];
    for (const request of wrong) expect(guard(request, 'http')).toMatchObject({ ok: false, status: 401 });
  });

  it('accepts a request if any one of the places holds the right token', () => {
    expect(check({ host, authorization: 'Bearer stale' }, `/api/health?token=${token}`)).toMatchObject({ ok: true });
  });
});

describe('requestGuard: UI files', () => {
  it('serves them without the token (they hold no secret), still only to this Host and Origin', () => {
    expect(check({ host }, '/assets/index.js', 'asset')).toEqual({ ok: true });
    expect(check({ host: 'evil.example' }, '/', 'asset')).toMatchObject({ ok: false, status: 403 });
    expect(check({ host, origin: 'http://127.0.0.1:1' }, '/', 'asset')).toMatchObject({ ok: false, status: 403 });
  });
});

describe('requestGuard: request targets', () => {
  it('answers 400 first to a target that is not a parseable path, whatever else the request holds', () => {
    for (const url of ['http://[/api/socket', 'http://127.0.0.1/api/health', '*', '//evil.example/x', '', undefined]) {
      for (const kind of ['http', 'upgrade', 'asset'] as const) {
        expect(guard({ headers: { host: 'evil.example', authorization: `Bearer ${token}` }, url }, kind)).toMatchObject({ ok: false, status: 400 });
      }
    }
  });

  it('accepts ordinary paths', () => {
    for (const url of ['/', '/api/socket?token=x&session=a%20b', '/connections/c1#x']) expect(isOriginFormTarget(url)).toBe(true);
    expect(isOriginFormTarget('/[')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { maskBody, maskHeaders, redactTarget, redactUrl, restoreMaskedSecrets, SecretScrubber, targetSecrets } from './redaction';

describe('redactUrl', () => {
  it('masks user info, credential-like query values and OAuth secrets, keeping the rest', () => {
    expect(redactUrl('https://user:pa55@example.com/mcp?api_key=abc&page=2&access_token=x&sig=y')).toBe(
      'https://***:***@example.com/mcp?api_key=***&page=2&access_token=***&sig=***',
    );
    expect(redactUrl('http://127.0.0.1:1/oauth/callback?code=c-1&state=s&iss=http%3A%2F%2Fas')).toBe('http://127.0.0.1:1/oauth/callback?code=***&state=s&iss=http%3A%2F%2Fas');
  });

  it('leaves a URL without secrets as it is, and text that is not a URL unchanged', () => {
    expect(redactUrl('http://127.0.0.1:3001/message?sessionId=abc')).toBe('http://127.0.0.1:3001/message?sessionId=abc');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('maskHeaders', () => {
  it('masks every header value not on the safe list, whatever its name; keeps the Authorization scheme', () => {
    const headers = maskHeaders({
      Authorization: 'Bearer abc.def',
      Cookie: 'sid=1',
      'X-API-Key': 'k-1',
      'X-Customer': 'secret-value',
      'WWW-Authenticate': 'Bearer resource_metadata="http://x/.well-known/oauth-protected-resource"',
      'Content-Type': 'application/json',
      'Mcp-Session-Id': 'session-1',
      Location: 'http://127.0.0.1/cb?code=c-123&state=s',
    });
    expect(headers).toEqual({
      authorization: 'Bearer ***',
      cookie: '***',
      'x-api-key': '***',
      'x-customer': '***',
      'www-authenticate': 'Bearer resource_metadata="http://x/.well-known/oauth-protected-resource"',
      'content-type': 'application/json',
      'mcp-session-id': 'session-1',
      location: 'http://127.0.0.1/cb?code=***&state=s',
    });
  });
});

describe('maskBody', () => {
  it('masks OAuth secrets in form and JSON bodies', () => {
    expect(maskBody('grant_type=authorization_code&code=c-1&code_verifier=v-1&client_secret=cs&client_id=id', 'application/x-www-form-urlencoded')).toBe(
      'grant_type=authorization_code&code=***&code_verifier=***&client_secret=***&client_id=id',
    );
    expect(JSON.parse(maskBody('{"access_token":"a","refresh_token":"r","token_type":"Bearer"}', 'application/json'))).toEqual({
      access_token: '***',
      refresh_token: '***',
      token_type: 'Bearer',
    });
  });
});

describe('redactTarget and targetSecrets (what may leave the proxy)', () => {
  it('masks every env value, keeping the names', () => {
    const target = { transport: 'stdio' as const, command: 'node', args: ['s.js'], env: { API_KEY: 'sk-123456', DEBUG: '1' } };
    expect(redactTarget(target)).toEqual({ ...target, env: { API_KEY: '***', DEBUG: '***' } });
    expect(targetSecrets(target)).toEqual(['sk-123456', '1']);
  });

  it('masks every header value but the safe ones, URL credentials and the OAuth client secret', () => {
    const target = {
      transport: 'auto' as const,
      url: 'https://user:pw@example.com/mcp?api_key=k123&page=2',
      headers: { Authorization: 'Bearer tok-987654', 'X-Api-Key': 'key-555555', 'X-Customer': 'secret-value', Accept: 'application/json' },
      oauth: { clientId: 'my-client', clientSecret: 'client-secret-42' },
    };
    expect(redactTarget(target)).toEqual({
      transport: 'auto',
      url: 'https://***:***@example.com/mcp?api_key=***&page=2',
      headers: { Authorization: 'Bearer ***', 'X-Api-Key': '***', 'X-Customer': '***', Accept: 'application/json' },
      oauth: { clientId: 'my-client', clientSecret: '***' },
    });
    expect(targetSecrets(target)).toEqual(expect.arrayContaining(['Bearer tok-987654', 'tok-987654', 'key-555555', 'secret-value', 'client-secret-42', 'user', 'pw', 'k123']));
    expect(targetSecrets(target)).not.toContain('application/json');
  });
});

describe('SecretScrubber', () => {
  it('masks the secrets it learned, wherever they appear', () => {
    const scrubber = new SecretScrubber();
    scrubber.learn(['sk-live-123456', 'x']);
    expect(scrubber.scrub(JSON.stringify({ text: 'key sk-live-123456 and x' }))).toBe('{"text":"key *** and x"}');
  });

  it('masks bearer credentials and OAuth token fields it never learned (tokens obtained by OAuth)', () => {
    const scrubber = new SecretScrubber();
    const echoed = JSON.stringify({ headers: 'Authorization: Bearer eyJhbGciOi.abc-123_x' });
    expect(scrubber.scrub(echoed)).toBe('{"headers":"Authorization: Bearer ***"}');
    const tokenResponse = JSON.stringify({ access_token: 'at-secret-1', refresh_token: 'rt-secret-2', token_type: 'Bearer', scope: 'mcp' });
    const scrubbed = scrubber.scrub(tokenResponse);
    expect(scrubbed).not.toMatch(/at-secret-1|rt-secret-2/);
    expect(JSON.parse(scrubbed)).toEqual({ access_token: '***', refresh_token: '***', token_type: 'Bearer', scope: 'mcp' });
  });

  it('masks token fields inside a JSON string (a body recorded as text) and keeps the line valid JSON', () => {
    const scrubber = new SecretScrubber();
    const line = JSON.stringify({ responseBody: JSON.stringify({ access_token: 'at-secret-1', expires_in: 60 }) });
    const scrubbed = scrubber.scrub(line);
    expect(scrubbed).not.toContain('at-secret-1');
    expect(JSON.parse(JSON.parse(scrubbed).responseBody)).toEqual({ access_token: '***', expires_in: 60 });
  });
});

describe('SecretScrubber.scrubValue (structured, once per event)', () => {
  const scrubber = new SecretScrubber();
  scrubber.learn(['sk-live-123456', 'quote"d-secret']);
  const cases = [
    { text: 'key sk-live-123456 and x', 'sk-live-123456': 'as a key too', n: 123456 },
    { headers: 'Authorization: Bearer eyJhbGciOi.abc-123_x', nested: [{ access_token: 'at-secret-1', token_type: 'Bearer' }] },
    { responseBody: JSON.stringify({ access_token: 'at-secret-1', expires_in: 60 }), stderr: 'got quote"d-secret' },
    { result: { content: [{ type: 'text', text: 'nothing to hide' }] } },
  ];

  it('masks exactly what scrub masks in the JSON text, in strings and keys, never a number', () => {
    for (const value of cases) expect(scrubber.scrubValue(value)).toEqual(JSON.parse(scrubber.scrub(JSON.stringify(value))));
    expect(scrubber.scrubValue(cases[0])).toEqual({ text: 'key *** and x', '***': 'as a key too', n: 123456 });
    expect(JSON.stringify(scrubber.scrubValue(cases[2]))).not.toMatch(/at-secret-1|quote/);
  });

  it('copies only what changed: a value with nothing to mask is the same object, siblings are shared', () => {
    expect(scrubber.scrubValue(cases[3])).toBe(cases[3]);
    const event = { kind: 'message', message: { a: cases[3], b: { secret: 'sk-live-123456' } } };
    const scrubbed = scrubber.scrubValue(event);
    expect(scrubbed.message.a).toBe(cases[3]);
    expect(scrubbed.message.b).toEqual({ secret: '***' });
    expect(event.message.b.secret).toBe('sk-live-123456');
  });
});

describe('restoreMaskedSecrets (the page edits a connection without holding its secrets)', () => {
  it('gives back the env values the page left masked, and takes the changed ones as typed', () => {
    const stored = { transport: 'stdio' as const, command: 'node', args: ['s.js'], env: { API_KEY: 'sk-123456', MODE: 'a' } };
    expect(restoreMaskedSecrets({ ...stored, env: { API_KEY: '***', MODE: 'b', NEW: 'n' } }, stored)).toEqual({ ...stored, env: { API_KEY: 'sk-123456', MODE: 'b', NEW: 'n' } });
  });

  it('gives back masked header values, the URL and the client secret of a remote target', () => {
    const stored = {
      transport: 'auto' as const,
      url: 'https://user:pw@example.com/mcp?api_key=k123',
      headers: { Authorization: 'Bearer tok-987654', 'X-Customer': 'secret-value', Accept: 'application/json' },
      oauth: { clientId: 'c', clientSecret: 'client-secret-42' },
    };
    expect(restoreMaskedSecrets(redactTarget(stored), stored)).toEqual(stored);
    const edited = { ...redactTarget(stored), url: 'https://example.com/other', headers: { Authorization: 'Bearer new-token' } };
    expect(restoreMaskedSecrets(edited, stored)).toEqual({ ...edited, oauth: stored.oauth });
  });

  it('changes nothing without a stored target, for another server, or across transports', () => {
    const shown = { transport: 'stdio' as const, command: 'node', args: [], env: { API_KEY: '***' } };
    expect(restoreMaskedSecrets(shown, undefined)).toEqual(shown);
    expect(restoreMaskedSecrets(shown, { ...shown, command: 'python', env: { API_KEY: 'sk-123456' } })).toEqual(shown);
    const remote = { transport: 'auto' as const, url: 'https://example.com/mcp', headers: { 'X-Customer': 'secret-value' } };
    const elsewhere = { ...redactTarget(remote), url: 'https://attacker.example/mcp' };
    expect(restoreMaskedSecrets(elsewhere, remote)).toEqual(elsewhere);
    expect(restoreMaskedSecrets(shown, { transport: 'auto', url: 'https://x.example/mcp', headers: {} })).toEqual(shown);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCommandLine, redactTarget, redactUrl, targetSecrets } from './redact';

describe('redactUrl', () => {
  it('masks user info and credential-like query values, keeping the rest', () => {
    expect(redactUrl('https://user:pa55@example.com/mcp?api_key=abc&page=2&access_token=x&sig=y')).toBe(
      'https://***:***@example.com/mcp?api_key=***&page=2&access_token=***&sig=***',
    );
  });

  it('leaves a URL without secrets as it is', () => {
    expect(redactUrl('http://127.0.0.1:3001/message?sessionId=abc')).toBe('http://127.0.0.1:3001/message?sessionId=abc');
  });

  it('returns text that is not a URL unchanged', () => {
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('formatCommandLine', () => {
  it('quotes only the words that need it', () => {
    expect(formatCommandLine('node', ['server.js', '--name', "it's here", '@scope/pkg'])).toBe("node server.js --name 'it'\\''s here' @scope/pkg");
  });
});

describe('redactTarget and targetSecrets (what a session file may hold)', () => {
  it('masks every env value, keeping the names', () => {
    const target = { transport: 'stdio' as const, command: 'node', args: ['s.js'], env: { API_KEY: 'sk-123456', DEBUG: '1' } };
    expect(redactTarget(target)).toEqual({ ...target, env: { API_KEY: '***', DEBUG: '***' } });
    expect(targetSecrets(target)).toEqual(['sk-123456', '1']);
  });

  it('masks credential headers (all but the harmless ones) and URL credentials', () => {
    const target = {
      transport: 'auto' as const,
      url: 'https://user:pw@example.com/mcp?api_key=k123&page=2',
      headers: { Authorization: 'Bearer tok-987654', 'X-Api-Key': 'key-555555', Accept: 'application/json' },
    };
    expect(redactTarget(target)).toEqual({
      transport: 'auto',
      url: 'https://***:***@example.com/mcp?api_key=***&page=2',
      headers: { Authorization: '***', 'X-Api-Key': '***', Accept: 'application/json' },
    });
    expect(targetSecrets(target)).toEqual(expect.arrayContaining(['Bearer tok-987654', 'tok-987654', 'key-555555', 'user', 'pw', 'k123']));
    expect(targetSecrets(target)).not.toContain('application/json');
  });
});

import { describe, expect, it } from 'vitest';
import { formatCommandLine, redactUrl } from './redact';

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

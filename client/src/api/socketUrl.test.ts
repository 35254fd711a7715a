import { describe, expect, it } from 'vitest';
import { socketUrl, takeToken, type TokenEnvironment } from './socketUrl';

function fakeEnv(href: string, stored?: string) {
  const items = new Map<string, string>(stored === undefined ? [] : [['mcp-inspect.token', stored]]);
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { href, host: new URL(href).host, protocol: new URL(href).protocol },
    history: { state: null, replaceState: (_s, _t, url) => void replaced.push(String(url)) },
    storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) },
  };
  return { env, items, replaced };
}

describe('takeToken', () => {
  it('removes the token from the address bar and keeps it in session storage', () => {
    const { env, items, replaced } = fakeEnv('http://127.0.0.1:6274/?token=abc&x=1#log');
    expect(takeToken(env)).toBe('abc');
    expect(replaced).toEqual(['/?x=1#log']);
    expect(items.get('mcp-inspect.token')).toBe('abc');
  });

  it('falls back to the stored token after a reload', () => {
    const { env, replaced } = fakeEnv('http://127.0.0.1:6274/', 'stored');
    expect(takeToken(env)).toBe('stored');
    expect(replaced).toEqual([]);
  });

  it('returns undefined when there is no token anywhere', () => {
    expect(takeToken(fakeEnv('http://127.0.0.1:6274/').env)).toBeUndefined();
  });
});

describe('socketUrl', () => {
  it('builds the socket URL on the same host with the token encoded', () => {
    expect(socketUrl({ host: '127.0.0.1:6274', protocol: 'http:' }, 'a b')).toBe(
      'ws://127.0.0.1:6274/api/socket?token=a%20b',
    );
    expect(socketUrl({ host: 'h:1', protocol: 'https:' }, undefined)).toBe('wss://h:1/api/socket');
  });

  it('carries the saved session a page shows (?session=ID) to the socket', () => {
    expect(socketUrl({ host: 'h:1', protocol: 'http:', search: '?session=a%20b.jsonl&x=1' }, 't')).toBe('ws://h:1/api/socket?token=t&session=a%20b.jsonl');
    expect(socketUrl({ host: 'h:1', protocol: 'http:', search: '?session=s.jsonl' }, undefined)).toBe('ws://h:1/api/socket?session=s.jsonl');
  });
});

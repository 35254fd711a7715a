import { describe, expect, it } from 'vitest';
import { socketUrl } from './socketUrl';

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

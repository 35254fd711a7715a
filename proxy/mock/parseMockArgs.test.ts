import { describe, expect, it } from 'vitest';
import { parseMockArgs } from './parseMockArgs';

describe('parseMockArgs', () => {
  it('reads the file and the options in any order', () => {
    expect(parseMockArgs(['s.jsonl'])).toEqual({ kind: 'run', options: { file: 's.jsonl', connectionId: undefined, listen: undefined } });
    expect(parseMockArgs(['--url-listen', 'localhost:8080', 's.jsonl', '--connection', 'c2'])).toEqual({
      kind: 'run',
      options: { file: 's.jsonl', connectionId: 'c2', listen: { host: '127.0.0.1', port: 8080 } },
    });
    expect(parseMockArgs(['s.jsonl', '--url-listen=[::1]:0'])).toMatchObject({ options: { listen: { host: '::1', port: 0 } } });
    expect(parseMockArgs(['s.jsonl', '-h'])).toEqual({ kind: 'help' });
  });

  it('refuses what is not a loopback HOST:PORT, with why', () => {
    expect(parseMockArgs(['s.jsonl', '--url-listen', '192.168.1.2:80'])).toEqual({
      kind: 'error',
      message: '--url-listen: listens on loopback only (127.0.0.1, localhost or [::1]), never on "192.168.1.2": any machine on the network could reach it there',
    });
    expect(parseMockArgs(['s.jsonl', '--url-listen', '3000'])).toMatchObject({ message: '--url-listen needs HOST:PORT, e.g. 127.0.0.1:3000 (got "3000")' });
    expect(parseMockArgs(['s.jsonl', '--url-listen', '127.0.0.1:70000'])).toMatchObject({ kind: 'error' });
  });

  it('refuses the options of commands that run a server or a UI, saying why', () => {
    expect(parseMockArgs(['s.jsonl', '--port', '3'])).toEqual({ kind: 'error', message: '--port does not apply to mock (it starts no inspector UI)' });
    expect(parseMockArgs(['s.jsonl', '-e', 'A=1'])).toMatchObject({ message: '-e does not apply to mock (it runs no server: it answers from the session file)' });
    expect(parseMockArgs(['--record', 'x', 's.jsonl'])).toMatchObject({ message: expect.stringContaining('it records no session') });
  });
});

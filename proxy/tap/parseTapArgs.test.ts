import { describe, expect, it } from 'vitest';
import { parseTapArgs } from './parseTapArgs';

describe('mcp-inspect tap arguments', () => {
  it('takes the server command after -- (or after its options), with the port and token', () => {
    const parsed = parseTapArgs(['--port', '7001', '--token', 'abc', '--no-open', '--', 'node', 'server.js', '--port', '9']);
    expect(parsed).toMatchObject({ kind: 'run', options: { port: 7001, token: 'abc', open: false, record: true, tapped: { kind: 'stdio', target: { command: 'node', args: ['server.js', '--port', '9'], env: {} } } } });
    expect(parseTapArgs(['npx', '-y', 'some-server'])).toMatchObject({ kind: 'run', options: { port: 6280, tapped: { target: { command: 'npx', args: ['-y', 'some-server'] } } } });
  });

  it('takes --url with --listen on loopback', () => {
    expect(parseTapArgs(['--url', 'https://example.com/mcp', '--listen', 'localhost:0'])).toMatchObject({
      kind: 'run',
      options: { tapped: { kind: 'http', target: { url: 'https://example.com/mcp', transport: 'auto' }, listen: { host: '127.0.0.1', port: 0 } } },
    });
  });

  it.each([
    [[], /needs the server's command/],
    [['--url', 'https://example.com/mcp'], /--url needs --listen/],
    [['--listen', '127.0.0.1:1', '--', 'node'], /--listen is for --url/],
    [['--url', 'https://example.com/mcp', '--listen', '0.0.0.0:80'], /loopback only/],
    [['--url', 'https://example.com/mcp', '--listen', '127.0.0.1:1', 'node'], /a command or a URL, not both/],
    [['-e', 'A=1', '--', 'node'], /the environment and working directory the host gave the tap/],
    [['--no-record', '--record', 'x.jsonl', '--', 'node'], /--no-record cannot be combined/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseTapArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});

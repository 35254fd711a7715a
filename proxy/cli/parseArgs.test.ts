import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseArgs, type CliOptions } from './parseArgs';

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseArgs: targets', () => {
  it('has defaults: no target (the demo), port 6280 not explicit, auto transport, open', () => {
    expect(options([])).toEqual({
      target: undefined,
      transport: 'auto',
      env: {},
      headers: {},
      port: DEFAULT_PORT,
      portExplicit: false,
      token: undefined,
      open: true,
      cwd: undefined,
      record: true,
      recordFile: undefined,
      sessionsDir: undefined,
      era: undefined,
      oauth: {},
      oauthTokenFile: undefined,
      faults: [],
    });
    expect(DEFAULT_PORT).toBe(6280);
  });

  it('collects repeated --fault rules, and refuses a bad one with the parser\'s words', () => {
    expect(options(['--fault', 'delay 2s on tools/call', '--fault=kill on tools/call after 3', 'node', 's.js']).faults).toEqual(['delay 2s on tools/call', 'kill on tools/call after 3']);
    const parsed = parseArgs(['--fault', 'delay soon', 'node', 's.js']);
    expect(parsed.kind === 'error' && parsed.message).toContain('"delay" needs a duration such as 700ms or 2s, got "soon"');
  });

  it('takes --era legacy, auto or modern for the launch connection', () => {
    expect(options(['--era', 'modern', '--url', 'http://127.0.0.1:3011/mcp']).era).toBe('modern');
    expect(options(['--era=auto', 'node', 'server.js']).era).toBe('auto');
    expect(error(['--era', 'future'])).toBe('--era must be legacy, auto or modern (got "future")');
  });

  it('stops at the first positional: the rest belongs to the server', () => {
    expect(options(['--no-open', 'node', 'server.js', '--port', '3', '-e', 'X=1']).target).toEqual({
      kind: 'command',
      command: 'node',
      args: ['server.js', '--port', '3', '-e', 'X=1'],
    });
    expect(options(['node', 'server.js', '--port', '3']).port).toBe(DEFAULT_PORT);
  });

  it('stops at --, even before something that looks like an option', () => {
    expect(options(['--port', '0', '--', '--weird-command', '--help']).target).toEqual({
      kind: 'command',
      command: '--weird-command',
      args: ['--help'],
    });
    expect(error(['--'])).toBe('Expected a command after --');
  });

  it('takes --url with http or https only', () => {
    expect(options(['--url', 'https://example.com/mcp']).target).toEqual({ kind: 'url', url: 'https://example.com/mcp' });
    expect(options(['--url=http://127.0.0.1:3001/sse']).target).toEqual({ kind: 'url', url: 'http://127.0.0.1:3001/sse' });
    expect(error(['--url', 'file:///etc/passwd'])).toMatch(/--url must start with http:\/\/ or https:\/\//);
    expect(error(['--url', 'javascript:alert(1)'])).toMatch(/--url must start with http/);
    expect(error(['--url', 'example.com'])).toMatch(/--url must be a full http:\/\/ or https:\/\/ URL/);
    expect(error(['--url'])).toBe('--url needs a value');
    expect(error(['--url', 'http://x/mcp', 'node'])).toMatch(/either a command or --url, not both/);
  });

  it('maps --transport (http means Streamable HTTP) and only with --url', () => {
    expect(options(['--url', 'http://h/mcp', '--transport', 'http']).transport).toBe('streamable-http');
    expect(options(['--url', 'http://h/sse', '--transport=sse']).transport).toBe('sse');
    expect(options(['--url', 'http://h/mcp', '--transport', 'auto']).transport).toBe('auto');
    expect(error(['--url', 'http://h/mcp', '--transport', 'websocket'])).toBe('--transport must be auto, http, streamable-http, sse or stdio (got "websocket")');
    expect(error(['--transport', 'sse', 'node', 'x.js'])).toBe('--transport only applies with --url');
  });
});

describe('parseArgs: server options', () => {
  it('collects repeated -e/--env, keeping = in values', () => {
    expect(options(['-e', 'A=1', '--env', 'B=x=y', '--env=C=', 'node']).env).toEqual({ A: '1', B: 'x=y', C: '' });
    expect(error(['-e', 'NOVALUE', 'node'])).toMatch(/-e\/--env needs KEY=VALUE/);
    expect(error(['-e', '=1', 'node'])).toMatch(/needs KEY=VALUE/);
    expect(error(['--url', 'http://h/mcp', '-e', 'A=1'])).toMatch(/only applies to a command/);
  });

  it('collects repeated --header "Name: Value", only with --url', () => {
    expect(options(['--url', 'http://h/mcp', '--header', 'Authorization: Bearer abc', '--header', 'X-Trace:1']).headers).toEqual({
      Authorization: 'Bearer abc',
      'X-Trace': '1',
    });
    expect(error(['--url', 'http://h/mcp', '--header', 'no colon'])).toMatch(/--header needs "Name: Value"/);
    expect(error(['--url', 'http://h/mcp', '--header', 'Bad Name: x'])).toMatch(/--header needs "Name: Value"/);
    expect(error(['--header', 'A: b', 'node'])).toBe('--header only applies with --url');
  });

  it('takes --cwd for a command, not for --url', () => {
    expect(options(['--cwd', '/tmp', 'node', 'x.js']).cwd).toBe('/tmp');
    expect(error(['--url', 'http://h/mcp', '--cwd', '/tmp'])).toMatch(/--cwd only applies to a command/);
  });
});

describe('parseArgs: inspector options', () => {
  it('takes --port 0..65535 and marks it explicit', () => {
    expect(options(['--port', '0'])).toMatchObject({ port: 0, portExplicit: true });
    expect(options(['--port=7000'])).toMatchObject({ port: 7000, portExplicit: true });
    for (const bad of ['65536', '-1', 'abc', '3.5', '']) expect(error(['--port', bad])).toMatch(/--port must be a number from 0 to 65535/);
    expect(error(['--port'])).toBe('--port needs a value');
    expect(error(['--port', '--no-open'])).toBe('--port needs a value');
  });

  it('takes a printable token without spaces', () => {
    expect(options(['--token', 'abc.DEF-123_~']).token).toBe('abc.DEF-123_~');
    expect(error(['--token', 'has space'])).toMatch(/--token must be non-empty printable ASCII/);
    expect(error(['--token='])).toMatch(/--token must be non-empty/);
  });

  it('takes --no-open', () => {
    expect(options(['--no-open']).open).toBe(false);
    expect(error(['--no-open=yes'])).toBe('--no-open takes no value');
  });

  it('answers -h/--help and -v/--version before anything else', () => {
    for (const flag of ['-h', '--help']) expect(parseArgs(['--port', '1', flag, '--bogus'])).toEqual({ kind: 'help' });
    for (const flag of ['-v', '--version']) expect(parseArgs([flag])).toEqual({ kind: 'version' });
    // After the command, --help is the server's.
    expect(options(['node', '--help']).target).toEqual({ kind: 'command', command: 'node', args: ['--help'] });
  });

  it('refuses unknown options, and offers no --host', () => {
    expect(error(['--bogus'])).toBe('Unknown option --bogus');
    expect(error(['--host', '0.0.0.0'])).toBe('Unknown option --host');
    expect(error(['-x', 'node'])).toBe('Unknown option -x');
  });
});

describe('parseArgs: recording options', () => {
  it('takes --record FILE, --sessions-dir DIR or --no-record, one at a time', () => {
    expect(options(['--record', 's.jsonl', 'node'])).toMatchObject({ record: true, recordFile: 's.jsonl' });
    expect(options(['--sessions-dir=/tmp/s', 'node'])).toMatchObject({ record: true, sessionsDir: '/tmp/s' });
    expect(options(['--no-record', 'node']).record).toBe(false);
    expect(error(['--no-record', '--record', 's.jsonl'])).toMatch(/--no-record cannot be combined/);
    expect(error(['--record', 'a', '--sessions-dir', 'b'])).toBe('Give either --record FILE or --sessions-dir DIR, not both');
    expect(error(['--record'])).toBe('--record needs a value');
  });
});

describe('parseArgs: --config', () => {
  it('takes a config file and an optional server name as the target', () => {
    expect(options(['--config', 'mcp.json', '--server', 'everything']).target).toEqual({ kind: 'config', file: 'mcp.json', server: 'everything' });
    expect(options(['--config=mcp.json', '-e', 'A=1']).target).toEqual({ kind: 'config', file: 'mcp.json', server: undefined });
  });

  it('refuses a config file with another target, --server without a file, and --transport', () => {
    expect(error(['--config', 'mcp.json', 'node', 'server.js'])).toBe('Give either --config or a server (command or --url), not both (got --config and "node")');
    expect(error(['--config', 'mcp.json', '--url', 'http://127.0.0.1:1/mcp'])).toMatch(/^Give either --config or a server/);
    expect(error(['--server', 'a', 'node'])).toBe('--server names a server of a config file: give the file with --config');
    expect(error(['--config', 'mcp.json', '--transport', 'sse'])).toMatch(/^--transport does not apply with --config/);
    expect(error(['--config'])).toBe('--config needs a value');
  });
});

describe('parseArgs: OAuth options', () => {
  it('reads the OAuth client options with --url, and refuses them without it', () => {
    const parsed = parseArgs(['--url', 'https://x.test/mcp', '--client-id', 'id-1', '--client-secret', 's-1', '--oauth-scope', 'a b', '--oauth-token-file', 't.json']);
    expect(parsed).toMatchObject({ kind: 'run', options: { oauth: { clientId: 'id-1', clientSecret: 's-1', scope: 'a b' }, oauthTokenFile: 't.json' } });
    expect(parseArgs(['--client-metadata-url', 'http://x.test/c', '--url', 'https://x.test/mcp'])).toEqual({ kind: 'error', message: '--client-metadata-url must be an https:// URL (got "http://x.test/c")' });
    expect(parseArgs(['--client-id', 'id-1', 'node', 's.js'])).toEqual({ kind: 'error', message: 'The OAuth options only apply with --url' });
  });
});

describe('parseArgs: one table', () => {
  it('reads options in any order and glued values, and points a --cli option to --cli', () => {
    const a = options(['--url', 'http://h/mcp', '--client-id', 'X', '--no-open', '--era=auto']);
    const b = options(['--era', 'auto', '--no-open', '--client-id=X', '--server-url', 'http://h/mcp']);
    expect(b).toEqual(a);
    expect(error(['--method', 'ping', 'node', 's.js'])).toBe('--method does not apply to mcp-inspect (it is an option of CLI mode: add --cli)');
    expect(error(['--no-opn'])).toBe('Unknown option --no-opn (did you mean --no-open?)');
  });
});

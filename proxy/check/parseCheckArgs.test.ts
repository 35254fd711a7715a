import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_TIMEOUT_MS, parseCheckArgs } from './parseCheckArgs';

const run = (argv: string[]) => {
  const parsed = parseCheckArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(parsed)}`);
  return parsed.options;
};

describe('parseCheckArgs', () => {
  it('takes a server command, with the check flags before it and the server flags of the main CLI', () => {
    const options = run(['--json', '-e', 'KEY=v', '--call-tools', '--cwd', '/tmp', '--timeout', '500', 'node', 'server.js', '--json']);
    expect(options).toMatchObject({ format: 'json', callTools: true, timeoutMs: 500, target: { kind: 'command', command: 'node', args: ['server.js', '--json'] } });
    expect(options.server.env).toEqual({ KEY: 'v' });
    expect(options.server.cwd).toBe('/tmp');
  });

  it('takes --url with its transport and headers, and -- before a command', () => {
    const options = run(['--url', 'http://127.0.0.1:3001/sse', '--transport=sse', '--header', 'Authorization: Bearer x', '--timeout=20']);
    expect(options).toMatchObject({ format: 'text', callTools: false, timeoutMs: 20, target: { kind: 'url', url: 'http://127.0.0.1:3001/sse' } });
    expect(options.server).toMatchObject({ transport: 'sse', headers: { Authorization: 'Bearer x' } });
    expect(run(['--', '--weird-name']).target).toEqual({ kind: 'command', command: '--weird-name', args: [] });
    expect(run(['node', 's.js']).timeoutMs).toBe(DEFAULT_CHECK_TIMEOUT_MS);
  });

  it('reports usage errors in plain words', () => {
    const message = (argv: string[]) => {
      const parsed = parseCheckArgs(argv);
      return parsed.kind === 'error' ? parsed.message : parsed.kind;
    };
    expect(message([])).toBe('check needs a server: a command to run, or --url');
    expect(message(['--port', '1', 'node'])).toBe('--port does not apply to check (it starts no inspector UI)');
    expect(message(['--no-open', 'node'])).toContain('--no-open does not apply');
    expect(message(['--record', 'x.jsonl', 'node'])).toBe('--record does not apply to check (it records no session)');
    expect(message(['--no-record', 'node'])).toBe('--no-record does not apply to check (it records no session)');
    expect(message(['--timeout', 'soon', 'node'])).toBe('--timeout needs a number of milliseconds (got "soon")');
    expect(message(['--json=yes', 'node'])).toBe('--json takes no value');
    expect(message(['--frobnicate', 'node'])).toBe('Unknown option --frobnicate');
    expect(message(['--url', 'http://x/mcp', 'node'])).toContain('Give either a command or --url');
    expect(message(['--help'])).toBe('help');
  });
});

describe('parseCheckArgs: options in any order (one table)', () => {
  it('reads --client-id X --json --url U the same as in any other order', () => {
    const orders = [
      ['--client-id', 'X', '--json', '--url', 'http://127.0.0.1:3001/mcp'],
      ['--json', '--url', 'http://127.0.0.1:3001/mcp', '--client-id', 'X'],
      ['--url=http://127.0.0.1:3001/mcp', '--client-id=X', '--json'],
    ];
    for (const argv of orders) {
      const options = run(argv);
      expect(options).toMatchObject({ format: 'json', target: { kind: 'url', url: 'http://127.0.0.1:3001/mcp' } });
      expect(options.server.oauth).toEqual({ clientId: 'X' });
    }
  });

  it('takes --era and the official spellings --server-url and --protocol-era', () => {
    expect(run(['--era', 'modern', 'node', 's.js']).server.era).toBe('modern');
    expect(run(['--server-url', 'http://h/mcp', '--protocol-era', 'auto']).server).toMatchObject({ era: 'auto', target: { kind: 'url', url: 'http://h/mcp' } });
  });

  it('names the option meant when one is mistyped', () => {
    expect(parseCheckArgs(['--jsn', 'node'])).toEqual({ kind: 'error', message: 'Unknown option --jsn (did you mean --json?)' });
    expect(parseCheckArgs(['--call-tool', 'node'])).toEqual({ kind: 'error', message: 'Unknown option --call-tool (did you mean --call-tools?)' });
    expect(parseCheckArgs(['--era', 'future', 'node'])).toEqual({ kind: 'error', message: '--era must be legacy, auto or modern (got "future")' });
    expect(parseCheckArgs(['--client-id', '--json', '--url', 'http://h/mcp'])).toEqual({ kind: 'error', message: '--client-id needs a value' });
  });

  it('reads the report format and the assertions, in any order, and refuses two formats at once', () => {
    const options = run(['--format', 'junit', '--expect-tool', 'echo', '--fail-on', 'warning', '--expect-tool', 'add', '--max-duration', '800', '--expect-prompt', 'greet', '--expect-resource', 'demo://1', '--sarif-artifact', 'src/index.ts', 'node', 's.js']);
    expect(options).toMatchObject({ format: 'junit', sarifArtifact: 'src/index.ts', policy: { failOn: 'warning', maxDurationMs: 800, expectTools: ['echo', 'add'], expectPrompts: ['greet'], expectResources: ['demo://1'] } });
    expect(run(['node', 's.js'])).toMatchObject({ format: 'text', sarifArtifact: undefined, policy: { failOn: 'error', expectTools: [], expectPrompts: [], expectResources: [] } });
    expect(run(['--json', '--format', 'json', 'node'])).toMatchObject({ format: 'json' });
    expect(parseCheckArgs(['--json', '--format', 'sarif', 'node'])).toEqual({ kind: 'error', message: '--json and --format sarif ask for two formats: give one' });
    expect(parseCheckArgs(['--format', 'xml', 'node'])).toEqual({ kind: 'error', message: '--format must be text, json, junit or sarif (got "xml")' });
    expect(parseCheckArgs(['--fail-on', 'fatal', 'node'])).toEqual({ kind: 'error', message: '--fail-on must be error, warning or info (got "fatal")' });
    expect(run(['--report', 'sarif=out/check.sarif', '--report', 'junit=a=b.xml', 'node'])).toMatchObject({ format: 'text', reports: [{ format: 'sarif', file: 'out/check.sarif' }, { format: 'junit', file: 'a=b.xml' }] });
    expect(parseCheckArgs(['--report', 'xml=out.xml', 'node'])).toEqual({ kind: 'error', message: '--report needs FORMAT=FILE with FORMAT one of text, json, junit, sarif (got "xml=out.xml")' });
    expect(parseCheckArgs(['--report', 'sarif=', 'node'])).toEqual({ kind: 'error', message: '--report needs a file after "sarif="' });
  });
});

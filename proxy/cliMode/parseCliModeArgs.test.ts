import { describe, expect, it } from 'vitest';
import { cliArgvFor } from '../../shared/cliCommand';
import { cliModeArgv, parseCliModeArgs, type CliModeOptions } from './parseCliModeArgs';

function run(argv: string[]): CliModeOptions {
  const parsed = parseCliModeArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function usageError(argv: string[]): string {
  const parsed = parseCliModeArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected a usage error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('cliModeArgv', () => {
  it('finds --cli among the options before the command and removes it', () => {
    expect(cliModeArgv(['--cli', 'node', 's.js'])).toEqual(['node', 's.js']);
    expect(cliModeArgv(['-e', 'K=V', '--cli', 'node'])).toEqual(['-e', 'K=V', 'node']);
    expect(cliModeArgv(['--method', 'ping', '--cli', 'node'])).toEqual(['--method', 'ping', 'node']);
  });

  it('leaves a --cli after the command (or after --) to the server', () => {
    expect(cliModeArgv(['node', 's.js', '--cli'])).toBeUndefined();
    expect(cliModeArgv(['--', 'node', '--cli'])).toBeUndefined();
    expect(cliModeArgv(['--port', '3000', 'node'])).toBeUndefined();
  });
});

describe('parseCliModeArgs', () => {
  it('takes the request flags after the server command and leaves the server its other arguments', () => {
    const options = run(['-e', 'K=V', 'npx', '-y', 'some-server', 'stdio', '--method', 'tools/list']);
    expect(options.target).toEqual({ kind: 'command', command: 'npx', args: ['-y', 'some-server', 'stdio'] });
    expect(options.server.env).toEqual({ K: 'V' });
    expect(options.request).toEqual({ method: 'tools/list' });
  });

  it('takes the request flags before the command too, and leaves everything after -- to the server', () => {
    const options = run(['--method', 'tools/call', '--tool-name', 'echo', '--', 'node', 's.js', '--method', 'x']);
    expect(options.target).toEqual({ kind: 'command', command: 'node', args: ['s.js', '--method', 'x'] });
    expect(options.request).toEqual({ method: 'tools/call', params: { name: 'echo', arguments: {} } });
  });

  it('parses --tool-arg values as JSON when they parse, else keeps the text', () => {
    const options = run(['node', '--method', 'tools/call', '--tool-name', 't', '--tool-arg', 'n=42', '--tool-arg', 'b=true', '--tool-arg', 'o={"x":[1]}', '--tool-arg', 's=hello world', '--tool-arg', 'eq=a=b', '--tool-arg', 'empty=']);
    expect(options.request.params).toEqual({ name: 't', arguments: { n: 42, b: true, o: { x: [1] }, s: 'hello world', eq: 'a=b', empty: '' } });
  });

  it('merges --tool-args-json with --tool-arg (which wins on a shared key)', () => {
    const options = run(['node', '--method=tools/call', '--tool-name=t', '--tool-args-json', '{"message":"42","keep":1}', '--tool-arg', 'keep=2']);
    expect(options.request.params).toEqual({ name: 't', arguments: { message: '42', keep: 2 } });
  });

  it('reads --prompt-args as variadic and repeatable string pairs, then the command may follow', () => {
    const options = run(['--method', 'prompts/get', '--prompt-name', 'p', '--prompt-args', 'city=Paris', 'n=42', '--prompt-args', 'state=Île de France', 'node', 's.js']);
    expect(options.request.params).toEqual({ name: 'p', arguments: { city: 'Paris', n: '42', state: 'Île de France' } });
    expect(options.target).toEqual({ kind: 'command', command: 'node', args: ['s.js'] });
  });

  it('builds resources/read, logging/setLevel and the methods without params', () => {
    expect(run(['node', '--method', 'resources/read', '--uri', 'demo://a b']).request).toEqual({ method: 'resources/read', params: { uri: 'demo://a b' } });
    expect(run(['node', '--method', 'logging/setLevel', '--log-level', 'debug']).request).toEqual({ method: 'logging/setLevel', params: { level: 'debug' } });
    for (const method of ['ping', 'resources/list', 'resources/templates/list', 'prompts/list']) expect(run(['node', '--method', method]).request).toEqual({ method });
  });

  it('reads a URL in the command place as the server address, with the options after it', () => {
    const options = run(['http://127.0.0.1:3001/mcp', '--transport', 'http', '--header', 'X-Key: 1', '--method', 'ping']);
    expect(options.target).toEqual({ kind: 'url', url: 'http://127.0.0.1:3001/mcp' });
    expect(options.server.transport).toBe('streamable-http');
    expect(options.server.headers).toEqual({ 'X-Key': '1' });
    expect(run(['--url', 'http://h/sse', '--transport', 'sse', '--method', 'ping']).server.transport).toBe('sse');
  });

  it('says what is wrong with the request flags', () => {
    expect(usageError(['node'])).toMatch(/--cli needs --method/);
    expect(usageError(['node', '--method', 'completion/complete'])).toMatch(/--method must be tools\/list, .* or ping \(got "completion\/complete"\)/);
    expect(usageError(['node', '--method', 'tools/call'])).toBe('--method tools/call needs --tool-name');
    expect(usageError(['node', '--method', 'resources/read'])).toBe('--method resources/read needs --uri');
    expect(usageError(['node', '--method', 'prompts/get'])).toBe('--method prompts/get needs --prompt-name');
    expect(usageError(['node', '--method', 'logging/setLevel', '--log-level', 'loud'])).toBe('--log-level must be debug, info, notice, warning, error, critical, alert or emergency (got "loud")');
    expect(usageError(['node', '--method', 'tools/list', '--uri', 'x'])).toBe('--uri only applies to --method resources/read');
    // As in the official CLI (commander), a value option given twice keeps the last value.
    expect(run(['node', '--method', 'tools/list', '--method', 'ping']).request).toEqual({ method: 'ping' });
    expect(usageError(['node', '--method', 'tools/call', '--tool-name', 't', '--tool-arg', 'novalue'])).toBe('--tool-arg needs key=value (got "novalue")');
    expect(usageError(['node', '--method', 'tools/call', '--tool-name', 't', '--tool-arg', '=1'])).toMatch(/needs key=value/);
    expect(usageError(['node', '--method', 'tools/call', '--tool-name', 't', '--tool-args-json', '{nope'])).toMatch(/--tool-args-json is not valid JSON/);
    expect(usageError(['node', '--method', 'tools/call', '--tool-name', 't', '--tool-args-json', '[1]'])).toMatch(/must be a JSON object/);
    expect(usageError(['node', '--method', 'prompts/get', '--prompt-name', 'p', '--prompt-args'])).toBe('--prompt-args needs a value');
    expect(usageError(['node', '--method'])).toBe('--method needs a value');
  });

  it('says what is wrong with the server part', () => {
    expect(usageError(['--method', 'ping'])).toBe('--cli needs a server: a command to run, or --url');
    expect(usageError(['--port', '3000', 'node', '--method', 'ping'])).toMatch(/--port does not apply to --cli/);
    expect(usageError(['--no-record', 'node', '--method', 'ping'])).toMatch(/--no-record does not apply to --cli/);
    expect(usageError(['--bogus', 'node', '--method', 'ping'])).toBe('Unknown option --bogus');
    expect(usageError(['http://h/mcp', 'extra', '--method', 'ping'])).toMatch(/either a command or --url/);
    expect(usageError(['--url', 'ftp://h', '--method', 'ping'])).toMatch(/--url must start with http/);
    expect(parseCliModeArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('"Copy as CLI" round-trips through the --cli parser', () => {
  const stdio = { transport: 'stdio' as const, command: 'node', args: ['s.js', '--uri', 'x'], env: { API_KEY: 'secret' }, cwd: '/srv' };
  const remote = { transport: 'sse' as const, url: 'http://127.0.0.1:3001/sse', headers: {} };
  const requests = [
    { method: 'tools/call', params: { name: 'add', arguments: { a: 1, note: "it's", deep: { x: [1] } } } },
    { method: 'tools/call', params: { name: 'echo', arguments: { message: '42' }, _meta: { trace: 'abc' } } },
    { method: 'resources/read', params: { uri: 'demo://a b' } },
    { method: 'prompts/get', params: { name: 'p', arguments: { city: 'Lyon', state: 'Rhône' } } },
    { method: 'logging/setLevel', params: { level: 'warning' } },
    ...['tools/list', 'resources/list', 'resources/templates/list', 'prompts/list', 'ping'].map((method) => ({ method })),
  ];

  it.each(requests)('$method: the built command parses back to the same request and server', (request) => {
    for (const target of [stdio, remote]) {
      const argv = cliArgvFor(request, target)!;
      const options = run(cliModeArgv(argv)!);
      expect(options.request).toEqual(request);
      if (target.transport === 'stdio') {
        expect(options.target).toEqual({ kind: 'command', command: 'node', args: ['s.js', '--uri', 'x'] });
        // Env values are left to the shell ("$NAME"), never copied.
        expect(options.server).toMatchObject({ env: { API_KEY: '$API_KEY' }, cwd: '/srv' });
      } else {
        expect(options.target).toEqual({ kind: 'url', url: remote.url });
        expect(options.server.transport).toBe('sse');
      }
    }
  });
});

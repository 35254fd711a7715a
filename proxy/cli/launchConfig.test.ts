import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT_ATTEMPTS, resolveLaunchConfig } from './launchConfig';
import { parseArgs } from './parseArgs';

function resolve(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error('expected options');
  return resolveLaunchConfig(parsed.options, env);
}

describe('resolveLaunchConfig', () => {
  it('inspects the bundled demo server when no target is given', () => {
    const config = resolve(['-e', 'A=1']);
    expect(config).toMatchObject({ isDemo: true, target: { transport: 'stdio', command: process.execPath, env: { A: '1' } } });
    const args = 'target' in config && config.target.transport === 'stdio' ? config.target.args : [];
    expect(args[1]).toBe('stdio');
    expect(args[0]).toMatch(/server-everything[/\\]dist[/\\]index\.js$/);
    expect(existsSync(args[0]!)).toBe(true);
  });

  it('builds a stdio target with env and an absolute cwd', () => {
    expect(resolve(['-e', 'K=v', '--cwd', os.tmpdir(), 'python', 'server.py'])).toMatchObject({
      isDemo: false,
      target: { transport: 'stdio', command: 'python', args: ['server.py'], env: { K: 'v' }, cwd: os.tmpdir() },
    });
    expect(resolve(['--cwd', '/no/such/dir', 'node'])).toEqual({ error: '--cwd: /no/such/dir is not a directory' });
  });

  it('builds a remote target with transport and headers', () => {
    expect(resolve(['--url', 'http://h/sse', '--transport', 'sse', '--header', 'A: b'])).toMatchObject({
      isDemo: false,
      target: { transport: 'sse', url: 'http://h/sse', headers: { A: 'b' } },
    });
  });

  it('takes the token from --token, else the environment, else a random one', () => {
    expect(resolve(['--token', 'flag-token'], { MCP_INSPECT_TOKEN: 'env-token' })).toMatchObject({ token: 'flag-token' });
    expect(resolve([], { MCP_INSPECT_TOKEN: 'env-token' })).toMatchObject({ token: 'env-token' });
    expect(resolve([], { MCP_INSPECT_TOKEN: 'bad token' })).toEqual({ error: '$MCP_INSPECT_TOKEN must be non-empty printable ASCII without spaces' });
    expect(resolve([], { MCP_INSPECT_TOKEN: '' })).toMatchObject({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const first = resolve([]);
    const second = resolve([]);
    expect('token' in first && first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect('token' in first && 'token' in second && first.token !== second.token).toBe(true);
  });

  it('tries the next ports only for the default port', () => {
    expect(resolve([])).toMatchObject({ port: 6280, tryNextPorts: DEFAULT_PORT_ATTEMPTS });
    expect(resolve(['--port', '6280'])).toMatchObject({ port: 6280, tryNextPorts: 0 });
    expect(resolve(['--port', '0'])).toMatchObject({ port: 0, tryNextPorts: 0 });
  });
});

describe('resolveLaunchConfig: recording', () => {
  const now = new Date('2026-11-23T12:34:56.789Z');
  const recording = (argv: string[]) => {
    const parsed = parseArgs(argv);
    if (parsed.kind !== 'run') throw new Error('expected options');
    const config = resolveLaunchConfig(parsed.options, {}, now);
    return 'error' in config ? config : config.recording;
  };

  it('records to a new dated file in ~/.mcp-inspect/sessions by default, or in --sessions-dir', () => {
    expect(recording([])).toEqual({ kind: 'file', file: path.join(os.homedir(), '.mcp-inspect', 'sessions', `session-2026-11-23T12-34-56-789Z-${process.pid}.jsonl`) });
    expect(recording(['--sessions-dir', 'rel/dir'])).toEqual({ kind: 'file', file: path.resolve('rel/dir', `session-2026-11-23T12-34-56-789Z-${process.pid}.jsonl`) });
  });

  it('records to exactly --record FILE (made absolute), or not at all with --no-record', () => {
    expect(recording(['--record', 'out.jsonl'])).toEqual({ kind: 'file', file: path.resolve('out.jsonl') });
    expect(recording(['--no-record'])).toEqual({ kind: 'off' });
  });
});

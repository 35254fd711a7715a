import { describe, expect, it } from 'vitest';
import type { ConnectionTarget } from '../connectionTypes';
import { configEntryOf, configFileTextFor, configServerName } from './configEntry';
import { inputVariableName, parseConfigFile, pickServer } from './parseConfigFile';

const claudeDesktop = JSON.stringify({
  mcpServers: {
    everything: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-everything'], env: { API_KEY: '${env:KEY}', DEBUG: 1 }, cwd: '/srv' },
    plain: { command: 'node' },
  },
});
const cursorRemote = JSON.stringify({
  mcpServers: {
    remote: { url: 'http://127.0.0.1:3001/mcp', headers: { Authorization: 'Bearer t' } },
    streamable: { type: 'http', url: 'https://example.com/mcp' },
    legacy: { type: 'sse', url: 'https://example.com/sse' },
  },
});
const vscode = JSON.stringify({
  inputs: [{ type: 'promptString', id: 'api-key', description: 'API key', password: true }],
  servers: {
    local: { type: 'stdio', command: 'uvx', args: ['my-server', '--key', '${input:api-key}'] },
    web: { type: 'http', url: 'https://example.com/mcp', headers: { 'X-Key': '${input:api-key}' } },
    old: { type: 'sse', url: 'https://example.com/sse' },
  },
});

describe('parseConfigFile', () => {
  it('reads the mcpServers shape with stdio servers (Claude Desktop), filling ${env:…}', () => {
    const result = parseConfigFile(claudeDesktop, { env: { KEY: 'secret' } });
    expect(result).toEqual({
      ok: true,
      shape: 'mcpServers',
      servers: [
        {
          name: 'everything',
          target: { transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-everything'], env: { API_KEY: 'secret', DEBUG: '1' }, cwd: '/srv' },
        },
        { name: 'plain', target: { transport: 'stdio', command: 'node', args: [], env: {} } },
      ],
    });
  });

  it('reads the mcpServers shape with remote servers (Cursor, Claude Code): url, headers, type', () => {
    const result = parseConfigFile(cursorRemote);
    expect(result.ok && result.servers.map((s) => ('target' in s ? s.target : s.error))).toEqual([
      { transport: 'auto', url: 'http://127.0.0.1:3001/mcp', headers: { Authorization: 'Bearer t' } },
      { transport: 'streamable-http', url: 'https://example.com/mcp', headers: {} },
      { transport: 'sse', url: 'https://example.com/sse', headers: {} },
    ]);
  });

  it("reads VS Code's servers shape, taking ${input:…} from MCP_INPUT_… since nobody is asked", () => {
    const result = parseConfigFile(vscode, { env: { MCP_INPUT_API_KEY: 'k-123' } });
    expect(result).toMatchObject({ ok: true, shape: 'vscode' });
    expect(result.ok && result.servers.map((s) => ('target' in s ? s.target : s.error))).toEqual([
      { transport: 'stdio', command: 'uvx', args: ['my-server', '--key', 'k-123'], env: {} },
      { transport: 'streamable-http', url: 'https://example.com/mcp', headers: { 'X-Key': 'k-123' } },
      { transport: 'sse', url: 'https://example.com/sse', headers: {} },
    ]);
    expect(parseConfigFile(JSON.stringify({ mcp: JSON.parse(vscode) }), { env: { MCP_INPUT_API_KEY: 'k' } })).toMatchObject({ ok: true, shape: 'vscode' });
    expect(inputVariableName('api-key')).toBe('MCP_INPUT_API_KEY');
    const kept = parseConfigFile(vscode, {}, { keepUnresolved: true });
    expect(kept.ok && kept.servers[0]).toEqual({
      name: 'local',
      target: { transport: 'stdio', command: 'uvx', args: ['my-server', '--key', '${input:api-key}'], env: {} },
      needs: { '${input:api-key}': 'an input VS Code would ask you for ("API key")' },
    });
  });

  it('explains what is wrong, precisely', () => {
    // A trailing comma is fine (JSONC); a missing value is not.
    expect(parseConfigFile('{\n  "mcpServers": {\n    "a": { "command": "x", "args": [,] }\n  }\n}')).toEqual({
      ok: false,
      error: 'The config file is not valid JSON (comments and trailing commas are fine) at line 3, column 37: expected a value',
    });
    // A variable nobody set spoils only its own server.
    const unset = parseConfigFile(vscode);
    const servers = unset.ok ? unset.servers : [];
    expect(pickServer(servers, 'local')).toEqual({
      error: 'Server "local", args[2] uses ${input:api-key} ("API key"), which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_API_KEY in the environment to its value.',
    });
    expect(pickServer(servers, 'old')).toMatchObject({ name: 'old', target: { transport: 'sse' } });
    const claude = parseConfigFile(claudeDesktop);
    expect(pickServer(claude.ok ? claude.servers : [], 'everything')).toEqual({ error: 'Server "everything", env.API_KEY uses ${env:KEY}, but KEY is not set' });
    expect(parseConfigFile('[]')).toMatchObject({ ok: false, error: expect.stringContaining('"mcpServers" or "servers"') });
    expect(parseConfigFile('{"servers":{}}')).toEqual({ ok: false, error: 'The config file\'s "servers" object is empty' });
    const only = (text: string) => {
      const result = parseConfigFile(text);
      return result.ok ? pickServer(result.servers, undefined) : result;
    };
    expect(only('{"mcpServers":{"a":{"args":[]}}}')).toEqual({ error: 'Server "a" needs a "command" (stdio) or a "url" (remote)' });
    expect(only('{"servers":{"a":{"type":"ws","url":"https://x"}}}')).toEqual({ error: 'Server "a": unknown "type" "ws" (expected stdio, http or sse)' });
    expect(only('{"servers":{"a":{"type":"http"}}}')).toEqual({ error: 'Server "a" has type "http" but no "url"' });
    expect(only('{"mcpServers":{"a":{"url":"file:///x"}}}')).toMatchObject({ error: expect.stringContaining('must start with http://') });
  });
});

describe("VS Code's envFile", () => {
  it('is passed on, variables expanded, for a stdio server for the caller to read', () => {
    const text = JSON.stringify({ servers: { a: { type: 'stdio', command: 'node', envFile: '${workspaceFolder}/.env' }, b: { type: 'http', url: 'https://x/mcp', envFile: '.env' } } });
    const result = parseConfigFile(text, { workspaceFolder: '/w' });
    expect(result.ok && result.servers).toEqual([
      { name: 'a', target: { transport: 'stdio', command: 'node', args: [], env: {} }, envFile: '/w/.env' },
      { name: 'b', target: { transport: 'streamable-http', url: 'https://x/mcp', headers: {} } },
    ]);
    expect(parseConfigFile(JSON.stringify({ servers: { a: { command: 'node', envFile: 3 } } }))).toMatchObject({ ok: true, servers: [{ error: 'Server "a": "envFile" must be a file path' }] });
  });
});

describe('pickServer', () => {
  const result = parseConfigFile(cursorRemote);
  const servers = result.ok ? result.servers : [];
  it('takes the named server, or the only one, and lists the names otherwise', () => {
    expect(pickServer(servers, 'legacy')).toMatchObject({ name: 'legacy' });
    expect(pickServer(servers.slice(0, 1), undefined)).toMatchObject({ name: 'remote' });
    expect(pickServer(servers, undefined)).toEqual({ error: 'The config file has 3 servers ("remote", "streamable", "legacy"): choose one with --server NAME' });
    expect(pickServer(servers, 'nope')).toEqual({ error: 'No server "nope" in the config file; it has "remote", "streamable", "legacy"' });
  });
});

describe('configEntryOf', () => {
  it('writes entries that read back as the same target, in both shapes', () => {
    const targets: ConnectionTarget[] = [
      { transport: 'stdio' as const, command: 'node', args: ['server.js'], env: { A: '1' }, cwd: '/srv' },
      { transport: 'stdio' as const, command: 'uvx', args: [], env: {} },
      { transport: 'streamable-http' as const, url: 'https://example.com/mcp', headers: { Authorization: 'Bearer x' } },
      { transport: 'sse' as const, url: 'https://example.com/sse', headers: {} },
      { transport: 'auto' as const, url: 'https://example.com/mcp', headers: {} },
    ];
    for (const shape of ['mcpServers', 'vscode'] as const) {
      for (const target of targets) {
        const back = parseConfigFile(configFileTextFor(target, shape, 'mine'));
        const expected = shape === 'vscode' && target.transport === 'auto' ? { ...target, transport: 'streamable-http' } : target;
        expect(back).toEqual({ ok: true, shape, servers: [{ name: 'mine', target: expected }] });
      }
    }
    expect(configEntryOf(targets[3]!, 'mcpServers')).toEqual({ type: 'sse', url: 'https://example.com/sse' });
  });

  it('names a server after its handshake name, else its command or host', () => {
    expect(configServerName({ transport: 'stdio', command: '/usr/bin/node', args: [], env: {} })).toBe('node');
    expect(configServerName({ transport: 'auto', url: 'https://api.example.com/mcp', headers: {} })).toBe('api.example.com');
    expect(configServerName({ transport: 'auto', url: 'https://x/mcp', headers: {} }, 'Everything Reference Server')).toBe('everything-reference-server');
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetFromConfigFile, workspaceFolderOf } from './configFileTarget';

const dir = mkdtempSync(path.join(tmpdir(), 'mcp-inspect-config-'));
function file(name: string, content: unknown): string {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  return full;
}
const none = { env: {}, headers: {} };

describe('targetFromConfigFile', () => {
  const config = file('claude.json', {
    mcpServers: { local: { command: 'node', args: ['s.js'], env: { A: '1' }, cwd: 'srv' }, remote: { url: 'http://127.0.0.1:1/mcp', headers: { X: 'file' } } },
  });

  it('reads the chosen server, resolving its cwd against the file and adding the command line on top', () => {
    expect(targetFromConfigFile(config, 'local', { env: { B: '2' }, headers: {} }, undefined, {})).toEqual({
      transport: 'stdio',
      command: 'node',
      args: ['s.js'],
      env: { A: '1', B: '2' },
      cwd: path.join(dir, 'srv'),
    });
    expect(targetFromConfigFile(config, 'remote', { env: {}, headers: { Y: 'cli' } }, undefined, {})).toEqual({
      transport: 'auto',
      url: 'http://127.0.0.1:1/mcp',
      headers: { X: 'file', Y: 'cli' },
    });
  });

  it('says clearly what is wrong: a missing file, bad JSON with its position, an unknown or unnamed server, misplaced options', () => {
    expect(targetFromConfigFile(path.join(dir, 'nope.json'), undefined, none, undefined, {})).toEqual({ error: `--config: no such file: ${path.join(dir, 'nope.json')}` });
    const bad = file('bad.json', '{\n  "mcpServers": }');
    expect(targetFromConfigFile(bad, undefined, none, undefined, {})).toEqual({ error: `--config ${bad}: The config file is not valid JSON (comments and trailing commas are fine) at line 2, column 17: expected a value` });
    expect(targetFromConfigFile(config, 'other', none, undefined, {})).toEqual({ error: `--config ${config}: No server "other" in the config file; it has "local", "remote"` });
    expect(targetFromConfigFile(config, undefined, none, undefined, {})).toEqual({ error: `--config ${config}: The config file has 2 servers ("local", "remote"): choose one with --server NAME` });
    expect(targetFromConfigFile(config, 'local', { env: {}, headers: { X: '1' } }, undefined, {})).toEqual({ error: '--header only applies to a remote server; "local" is a command' });
    expect(targetFromConfigFile(config, 'remote', { env: { A: '1' }, headers: {} }, undefined, {})).toEqual({ error: '-e/--env and --cwd only apply to a command; "remote" is a remote server' });
  });
});

describe('a VS Code .vscode/mcp.json (JSONC, predefined variables)', () => {
  const project = path.join(dir, 'my-project');
  const config = file(
    'my-project/.vscode/mcp.json',
    `{
      // comments and trailing commas, as VS Code writes them
      "inputs": [{ "type": "promptString", "id": "token", "description": "Token" },],
      "servers": {
        "app": {
          "type": "stdio",
          "command": "node",
          "args": ["\${workspaceFolder}\${/}server.js", "\${workspaceFolderBasename}"],
          "env": { "HOME_DIR": "\${userHome}", "TOKEN": "\${input:token}", "SHARED": "from env" },
          "envFile": "\${workspaceFolder}/.env",
          "cwd": "tools",
        },
      },
    }`,
  );

  file('my-project/.env', '# read through envFile; the entry\'s own env wins\nFROM_FILE=yes\nSHARED=from the file\n');

  it('takes the folder holding .vscode/ as the workspace folder, for variables, a relative cwd and its envFile', () => {
    expect(workspaceFolderOf(config)).toBe(project);
    expect(workspaceFolderOf(path.join(dir, 'claude.json'))).toBe(dir);
    expect(workspaceFolderOf(path.join(dir, 'p', '.cursor', 'mcp.json'))).toBe(path.join(dir, 'p'));
    expect(targetFromConfigFile(config, undefined, none, undefined, { MCP_INPUT_TOKEN: 't' })).toEqual({
      transport: 'stdio',
      command: 'node',
      args: [path.join(project, 'server.js'), 'my-project'],
      env: { FROM_FILE: 'yes', HOME_DIR: homedir(), TOKEN: 't', SHARED: 'from env' },
      cwd: path.join(project, 'tools'),
    });
  });

  it('refuses an input nobody set, naming it', () => {
    expect(targetFromConfigFile(config, undefined, none, undefined, {})).toEqual({
      error: `--config ${config}: Server "app", env.TOKEN uses \${input:token} ("Token"), which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_TOKEN in the environment to its value.`,
    });
  });
});

describe('envFile', () => {
  it('names a missing or malformed envFile', () => {
    const missing = file('env-missing/mcp.json', { servers: { a: { type: 'stdio', command: 'node', envFile: 'nope.env' } } });
    expect(targetFromConfigFile(missing, undefined, none, undefined, {})).toEqual({
      error: `--config ${missing}: Server "a", envFile: no such file: ${path.join(dir, 'env-missing', 'nope.env')}`,
    });
    const bad = file('env-bad/mcp.json', { servers: { a: { type: 'stdio', command: 'node', envFile: '.env' } } });
    file('env-bad/.env', 'A=1\nnot a pair\n');
    expect(targetFromConfigFile(bad, undefined, none, undefined, {})).toEqual({
      error: `--config ${bad}: Server "a", envFile: ${path.join(dir, 'env-bad', '.env')}: line 2 is not KEY=value`,
    });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetFromConfigFile } from './configFileTarget';

const dir = mkdtempSync(path.join(tmpdir(), 'mcp-inspect-config-'));
function file(name: string, content: unknown): string {
  const full = path.join(dir, name);
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
    expect(targetFromConfigFile(bad, undefined, none, undefined, {})).toEqual({ error: expect.stringMatching(/^--config .*bad\.json: The config file is not valid JSON at line 2, column 17: /) });
    expect(targetFromConfigFile(config, 'other', none, undefined, {})).toEqual({ error: `--config ${config}: No server "other" in the config file; it has "local", "remote"` });
    expect(targetFromConfigFile(config, undefined, none, undefined, {})).toEqual({ error: `--config ${config}: The config file has 2 servers ("local", "remote"): choose one with --server NAME` });
    expect(targetFromConfigFile(config, 'local', { env: {}, headers: { X: '1' } }, undefined, {})).toEqual({ error: '--header only applies to a remote server; "local" is a command' });
    expect(targetFromConfigFile(config, 'remote', { env: { A: '1' }, headers: {} }, undefined, {})).toEqual({ error: '-e/--env and --cwd only apply to a command; "remote" is a remote server' });
  });
});
